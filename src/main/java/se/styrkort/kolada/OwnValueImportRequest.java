package se.styrkort.kolada;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Kolada key figure that measures a point, whose municipality values become its outcomes. */
@Schema(name = "KoladaOwnValueImportRequest")
public record OwnValueImportRequest(
    @Schema(example = "N15419", description = "The Kolada KPI id that measures the point.")
        @NotNull
        @Size(max = 32)
        @Pattern(regexp = "[A-Za-z0-9_]+", message = "must be a Kolada KPI id such as N15419")
        String koladaKpi) {}
