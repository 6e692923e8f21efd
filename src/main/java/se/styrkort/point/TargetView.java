package se.styrkort.point;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.Comparator;

/** One year's target of a measurement point, as the API shows it. */
@Schema(
    name = "Target",
    description =
        "A comparator and exactly one reference: value (a literal), referenceYear (that year's"
            + " outcome) or previousYear (the outcome of the year before); value is null"
            + " unless the target is a literal.")
public record TargetView(
    @Schema(example = "2024") int year,
    @Schema(example = "GE") Comparator comparator,
    @Schema(ref = "Value") Object value,
    @Schema(
            nullable = true,
            example = "2023",
            description = "The year whose outcome is the target, if it is one.")
        Integer referenceYear,
    @Schema(
            example = "false",
            description = "Whether the outcome of the year before is the target.")
        boolean previousYear,
    @Schema(nullable = true, example = "≥ 2023", description = "As the plan document wrote it.")
        String written,
    @Schema(
            readOnly = true,
            example = "0",
            description = "The target's own version: its ETag for PUT and DELETE.")
        long version) {

  public static TargetView from(Target target) {
    return new TargetView(
        target.year,
        target.comparator,
        PointValues.toJson(target.literal),
        target.referenceYear,
        target.previousYear,
        target.written,
        target.version);
  }
}
