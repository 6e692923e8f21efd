package se.styrkort.point;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.Comparator;

/**
 * A target given together with a new measurement point, so that a whole row of the plan document is
 * created in one call. The same fields as {@link TargetRequest}, plus its year.
 */
@Schema(name = "YearTargetRequest")
public record YearTargetRequest(
    @Schema(example = "2024", description = "Within the plan's startYear..endYear.")
        @NotNull
        @Min(1900)
        @Max(2200)
        Integer year,
    @Schema(example = "GE") @NotNull Comparator comparator,
    @Schema(ref = "Value") JsonNode value,
    @Schema(nullable = true, example = "2023") @Min(1900) @Max(2200) Integer referenceYear,
    @Schema(nullable = true, example = "false") Boolean previousYear,
    @Schema(nullable = true, example = "≥ 2023") @Size(max = 200) String written) {

  TargetRequest withoutYear() {
    return new TargetRequest(comparator, value, referenceYear, previousYear, written);
  }
}
