package se.styrkort.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.styrkort.common.DomainException;
import se.styrkort.common.ProblemCode;

/**
 * Which reporting period a follow-up value, assessment or analysis belongs to, and the lock a
 * closed period puts on them.
 *
 * <p>A value of year Y as of date D belongs to the first period of Y (in the same plan) whose asOf
 * is on or after D; a value dated after the year's last period (an outcome known in February)
 * belongs to that last period. A plan without periods for Y keeps working as before: nothing is
 * locked.
 *
 * <p>Writers read the periods they check with a shared lock, and closing takes an exclusive one, so
 * a write in flight finishes before the period closes, and one that comes later sees it closed.
 */
@ApplicationScoped
public class PeriodCalendar {

  @Inject EntityManager em;

  /** A year and date something is recorded for. */
  public record Dated(int year, LocalDate asOf) {}

  /** The period of a plan that a value of {@code year} as of {@code asOf} belongs to. */
  public Optional<ReportingPeriod> periodOf(long planId, int year, LocalDate asOf) {
    return periodOf(periods(planId, List.of(year), false), year, asOf);
  }

  /** As {@link #periodOf(long, int, LocalDate)}, among periods already loaded. */
  public static Optional<ReportingPeriod> periodOf(
      List<ReportingPeriod> periods, int year, LocalDate asOf) {
    List<ReportingPeriod> ofYear =
        periods.stream()
            .filter(p -> p.year == year)
            .sorted(Comparator.comparing(p -> p.asOf))
            .toList();
    if (ofYear.isEmpty()) {
      return Optional.empty();
    }
    return ofYear.stream()
        .filter(p -> !p.asOf.isBefore(asOf))
        .findFirst()
        .or(() -> Optional.of(ofYear.get(ofYear.size() - 1)));
  }

  /** Every period of the plan, oldest first. */
  public List<ReportingPeriod> ofPlan(long planId) {
    return em.createQuery(
            "from ReportingPeriod p where p.planId = :plan order by p.asOf", ReportingPeriod.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  /**
   * Refuses a write of something recorded for these years and dates of the plan when the period it
   * belongs to is closed (409 PERIOD_CLOSED, naming the period). One statement, whatever the number
   * of values.
   */
  public void requireOpen(long planId, Collection<Dated> written) {
    if (written.isEmpty()) {
      return;
    }
    List<ReportingPeriod> periods =
        periods(planId, written.stream().map(Dated::year).distinct().toList(), true);
    if (periods.isEmpty()) {
      return;
    }
    for (Dated dated : written) {
      periodOf(periods, dated.year(), dated.asOf())
          .filter(p -> p.state == PeriodState.CLOSED)
          .ifPresent(
              p -> {
                throw closed(p);
              });
    }
  }

  public void requireOpen(long planId, int year, LocalDate asOf) {
    requireOpen(planId, List.of(new Dated(year, asOf)));
  }

  /** The refusal of a write into a closed period. */
  public static DomainException closed(ReportingPeriod period) {
    return new DomainException(
        ProblemCode.PERIOD_CLOSED,
        "The reporting period "
            + period.describe()
            + " is closed: its follow-up values, assessments and analyses are locked. An approver"
            + " may reopen it, with a reason, by POST /api/v1/reporting-periods/"
            + period.id
            + "/reopening.");
  }

  private List<ReportingPeriod> periods(long planId, List<Integer> years, boolean lock) {
    var query =
        em.createQuery(
                "from ReportingPeriod p where p.planId = :plan and p.year in :years",
                ReportingPeriod.class)
            .setParameter("plan", planId)
            .setParameter("years", years);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_READ);
    }
    return query.getResultList();
  }
}
