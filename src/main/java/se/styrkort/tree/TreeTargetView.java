package se.styrkort.tree;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.point.Target;

/** One year's target: a comparator and exactly one of value, referenceYear and previousYear. */
@Schema(name = "PlanTreeTarget")
public record TreeTargetView(
    @Schema(example = "2024") int year,
    @Schema(example = "GE") Comparator comparator,
    @Schema(ref = "Value", nullable = true) Object value,
    @Schema(
            nullable = true,
            example = "2023",
            description = "Compare with that year's outcome, as in \"≥ 2023\".")
        Integer referenceYear,
    @Schema(example = "false", description = "Compare with the outcome of the year before.")
        boolean previousYear,
    @Schema(nullable = true, example = "≥ 2023", description = "As the plan document writes it.")
        String written) {

  static TreeTargetView from(Target target) {
    return new TreeTargetView(
        target.year,
        target.comparator,
        target.literal == null ? null : target.literal.toJson(),
        target.referenceYear,
        target.previousYear,
        target.written);
  }
}
