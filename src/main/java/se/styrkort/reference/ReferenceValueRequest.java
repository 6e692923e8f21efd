package se.styrkort.reference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One year's reference value; a null value is a missing figure, never 0. */
@Schema(name = "ReferenceValueRequest")
public record ReferenceValueRequest(
    @Schema(example = "2023", description = "Within the plan's startYear..endYear.")
        @NotNull
        @Min(1900)
        @Max(2200)
        Integer year,
    @Schema(
            nullable = true,
            example = "84.5",
            description = "The figure; null when the source has none (missing, not 0).")
        BigDecimal value,
    @Schema(nullable = true, example = "false", description = "Whether the figure is preliminary.")
        Boolean preliminary) {}
