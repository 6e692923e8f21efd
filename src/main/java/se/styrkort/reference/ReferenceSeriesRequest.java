package se.styrkort.reference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference series as a client writes it: its values replace all earlier ones. */
@Schema(
    name = "ReferenceSeriesRequest",
    description =
        "A series of reference values beside the point's own: source KOLADA needs koladaKpi and"
            + " areaCode (\"0000\" riket, \"00\" + county code for a region).")
public record ReferenceSeriesRequest(
    @Schema(example = "NATIONAL") @NotNull ReferenceLevel level,
    @Schema(example = "Riket", description = "What a reader sees beside the value.")
        @NotBlank
        @Size(max = 200)
        String label,
    @Schema(example = "KOLADA") @NotNull ReferenceSource source,
    @Schema(nullable = true, example = "N15419", description = "The Kolada KPI id.")
        @Size(max = 32)
        @Pattern(regexp = "[A-Za-z0-9_]+", message = "must be a Kolada KPI id such as N15419")
        String koladaKpi,
    @Schema(nullable = true, example = "0000", description = "The Kolada area code.")
        @Pattern(regexp = "\\d{4}", message = "must be a four-digit Kolada area code")
        String areaCode,
    @Schema(nullable = true, description = "The values by year; each year at most once.")
        @Size(max = 300)
        List<@Valid @NotNull ReferenceValueRequest> values) {}
