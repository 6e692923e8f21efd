package se.styrkort.point;

import java.util.ArrayList;
import java.util.List;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.StoredValue;
import se.styrkort.plan.Plan;

/**
 * What makes a target valid for its point and plan, checked the same way whether it comes alone
 * (PUT .../targets/{year}) or with a new point. Field names carry a prefix so that errors point at
 * the right place in either body.
 */
public final class TargetRules {

  private TargetRules() {}

  /** Every reason the target cannot be stored; empty when it can. */
  public static List<FieldError> check(
      String prefix, int year, TargetRequest target, MeasurementPoint point, Plan plan) {
    List<FieldError> errors = new ArrayList<>();
    String yearField = prefix.isEmpty() ? "year" : prefix + "year";
    if (year < plan.startYear || year > plan.endYear) {
      errors.add(
          new FieldError(
              yearField, "must be within the plan's years " + plan.startYear + "–" + plan.endYear));
    }
    if (target.comparator() != null && !point.valueType.supports(target.comparator())) {
      errors.add(
          new FieldError(prefix + "comparator", "must be EQ for a " + point.valueType + " point"));
    }
    checkReference(prefix, year, target, point, plan, errors);
    return errors;
  }

  private static void checkReference(
      String prefix,
      int year,
      TargetRequest target,
      MeasurementPoint point,
      Plan plan,
      List<FieldError> errors) {
    boolean literal = !PointValues.isAbsent(target.value());
    boolean referenceYear = target.referenceYear() != null;
    boolean previousYear = Boolean.TRUE.equals(target.previousYear());
    int references = (literal ? 1 : 0) + (referenceYear ? 1 : 0) + (previousYear ? 1 : 0);
    if (references == 0) {
      errors.add(
          new FieldError(
              prefix + "value", "give exactly one of value, referenceYear or previousYear: true"));
      return;
    }
    if (references > 1) {
      String reason = "only one of value, referenceYear and previousYear: true may be given";
      if (literal) {
        errors.add(new FieldError(prefix + "value", reason));
      }
      if (referenceYear) {
        errors.add(new FieldError(prefix + "referenceYear", reason));
      }
      if (previousYear) {
        errors.add(new FieldError(prefix + "previousYear", reason));
      }
      return;
    }
    if (literal) {
      String problem = PointValues.problemWith(target.value(), point.valueType, point.scale);
      if (problem != null) {
        errors.add(new FieldError(prefix + "value", problem));
      }
    }
    // An outcome the plan cannot record would leave the target forever unresolved.
    int first = plan.firstRecordedYear();
    if (referenceYear) {
      if (target.referenceYear() >= year) {
        errors.add(
            new FieldError(prefix + "referenceYear", "must be before the target's year " + year));
      } else if (target.referenceYear() < first) {
        errors.add(
            new FieldError(
                prefix + "referenceYear",
                "must not be before " + first + ", the first year the plan records values for"));
      }
    }
    if (previousYear && year - 1 < first) {
      errors.add(
          new FieldError(
              prefix + "previousYear",
              "cannot be used for " + year + ": the plan records no values before " + first));
    }
  }

  /** Writes a checked request into the entity. */
  public static void apply(TargetRequest request, Target target) {
    target.comparator = request.comparator();
    target.literal = StoredValue.of(PointValues.toValue(request.value()));
    target.referenceYear = request.referenceYear();
    target.previousYear = Boolean.TRUE.equals(request.previousYear());
    target.written =
        request.written() == null || request.written().isBlank() ? null : request.written();
  }
}
