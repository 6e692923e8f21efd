package se.styrkort.fulfilment;

import java.util.Objects;

/**
 * A measurement point's target for one year: a comparator and exactly one reference, either a
 * literal, the outcome of {@code referenceYear} ("≥ 2023") or the outcome of the year before
 * ("lower than the previous year").
 */
public record TargetSpec(
    int year, Comparator comparator, Value literal, Integer referenceYear, boolean previousYear) {

  public TargetSpec {
    Objects.requireNonNull(comparator, "comparator");
    int references = (literal != null ? 1 : 0) + (referenceYear != null ? 1 : 0);
    references += previousYear ? 1 : 0;
    if (references != 1) {
      throw new IllegalArgumentException(
          "a target needs exactly one of literal, referenceYear and previousYear, year " + year);
    }
  }

  public static TargetSpec literal(int year, Comparator comparator, Value literal) {
    return new TargetSpec(year, comparator, literal, null, false);
  }

  public static TargetSpec outcomeOf(int year, Comparator comparator, int referenceYear) {
    return new TargetSpec(year, comparator, null, referenceYear, false);
  }

  public static TargetSpec previousYear(int year, Comparator comparator) {
    return new TargetSpec(year, comparator, null, null, true);
  }

  /** The year whose outcome is the target level, or null for a literal target. */
  public Integer referencedOutcomeYear() {
    return previousYear ? Integer.valueOf(year - 1) : referenceYear;
  }
}
