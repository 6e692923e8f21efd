package se.styrkort.bi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.styrkort.common.DomainException;
import se.styrkort.common.Problem;

/**
 * Which rows a BI request reads: one plan or every plan the caller may read, and a range of years.
 * A range outside a plan's years is not an error but an empty result, since Power BI's incremental
 * refresh asks for ranges of its own choosing and expects the same columns back.
 *
 * @param readablePlanIds the plans the caller may read; empty means every plan
 * @param authorship whether rows say who recorded them (signed-in readers only)
 */
public record BiFilter(
    Long planId,
    Integer fromYear,
    Integer toYear,
    Optional<Set<Long>> readablePlanIds,
    boolean authorship) {

  /** A filter whose rows leave authorship out (null); {@link #withAuthorship} adds it. */
  public BiFilter(
      Long planId, Integer fromYear, Integer toYear, Optional<Set<Long>> readablePlanIds) {
    this(planId, fromYear, toYear, readablePlanIds, false);
  }

  /** This filter, with recordedBy in its rows when {@code shown} (a signed-in reader). */
  public BiFilter withAuthorship(boolean shown) {
    return new BiFilter(planId, fromYear, toYear, readablePlanIds, shown);
  }

  public static BiFilter of(
      Long planId, Integer fromYear, Integer toYear, Optional<Set<Long>> readablePlanIds) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (planId != null && planId < 1) {
      errors.add(new Problem.FieldError("planId", "must be a positive id"));
    }
    if (fromYear != null && toYear != null && fromYear > toYear) {
      errors.add(new Problem.FieldError("toYear", "must not be before fromYear"));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    return new BiFilter(planId, fromYear, toYear, readablePlanIds);
  }

  int firstYear() {
    return fromYear == null ? Integer.MIN_VALUE : fromYear;
  }

  int lastYear() {
    return toYear == null ? Integer.MAX_VALUE : toYear;
  }

  /**
   * The conditions on the column naming a row's plan (JPQL or SQL); the parameters are bound by
   * {@link #bind}.
   */
  String planConditions(String planColumn) {
    return (planId == null ? "" : " and " + planColumn + " = :plan")
        + (readablePlanIds.isPresent() ? " and " + planColumn + " in (:readable)" : "");
  }

  void bind(jakarta.persistence.Query query) {
    if (planId != null) {
      query.setParameter("plan", planId);
    }
    readablePlanIds.ifPresent(
        ids -> query.setParameter("readable", ids.isEmpty() ? Set.of(-1L) : ids));
  }
}
