package se.styrkort.fulfilment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One follow-up value (prognos or utfall) of a measurement point.
 *
 * @param value null where only a note was recorded; such an entry counts as no value
 * @param approved whether the entry is approved; only approved ones count for approvedOnly
 */
public record Observation(
    long evaluationId,
    int year,
    EvaluationKind kind,
    LocalDate asOf,
    Value value,
    boolean approved) {

  public Observation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Whether this entry describes a later moment than {@code other}. Equal dates go to the higher
   * evaluation id (the later entry), so the choice never depends on the order of the input.
   */
  boolean isLaterThan(Observation other) {
    int byDate = asOf.compareTo(other.asOf);
    return byDate != 0 ? byDate > 0 : evaluationId > other.evaluationId;
  }
}
