package se.styrkort.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.ProblemCode;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanService;
import se.styrkort.security.CallerAccess;
import se.styrkort.security.Role;

/**
 * A plan's calendar of reporting periods: created by a planner (one by one, or the default calendar
 * in one call), closed and reopened by an approver. Every change is in the period's history.
 */
@ApplicationScoped
@Transactional
public class ReportingPeriodService {

  @Inject PlanService plans;
  @Inject CallerAccess caller;
  @Inject PeriodCalendar calendar;

  /** One period of the default calendar (Falkenberg, Alvesta, Hallsberg). */
  private record Default(
      String code,
      String label,
      int asOfMonth,
      int asOfDay,
      int deadlineMonthsAfter,
      int deadlineDay,
      EvaluationKind kind,
      boolean analyses) {}

  private static final List<Default> DEFAULT_CALENDAR =
      List.of(
          new Default("T1", "Tertial 1", 4, 30, 1, 31, EvaluationKind.FORECAST, false),
          new Default("DELAR", "Delår", 8, 31, 1, 30, EvaluationKind.FORECAST, true),
          new Default("HELAR", "Helår", 12, 31, 2, 15, EvaluationKind.OUTCOME, true));

  public List<ReportingPeriod> list(long planId, Integer year) {
    plans.get(planId);
    return calendar.ofPlan(planId).stream().filter(p -> year == null || p.year == year).toList();
  }

  public ReportingPeriod get(long id) {
    ReportingPeriod period = ReportingPeriod.findById(id);
    if (period == null) {
      throw DomainException.notFound("reporting period", id);
    }
    return period;
  }

  public ReportingPeriod create(long planId, ReportingPeriodRequest request) {
    Plan plan = plans.get(planId);
    List<FieldError> errors = problems(request, plan);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    ReportingPeriod period = periodOf(planId, request);
    refuseDuplicate(period);
    try {
      period.persistAndFlush();
    } catch (ConstraintViolationException e) {
      if (e.getConstraintName() == null || !e.getConstraintName().contains("reporting_period")) {
        throw e;
      }
      throw new DomainException(
          ProblemCode.DUPLICATE,
          "Another request created a period with the code "
              + period.code
              + " or as of "
              + period.asOf
              + " just now.");
    }
    ReportingPeriodEvent.of(period, ReportingPeriodEvent.Type.CREATED, null, caller.identity())
        .persist();
    return period;
  }

  /**
   * What is wrong with a new period of the plan, field by field (the rules that span fields; the
   * single-field limits are on the request); shared with plan import.
   */
  public static List<FieldError> problems(ReportingPeriodRequest request, Plan plan) {
    List<FieldError> errors = new ArrayList<>();
    if (request.year() < plan.firstRecordedYear() || request.year() > plan.endYear) {
      errors.add(
          new FieldError(
              "year",
              "must be within "
                  + plan.firstRecordedYear()
                  + "–"
                  + plan.endYear
                  + ", the years the plan records"));
    }
    if (request.asOf().getYear() != request.year()) {
      errors.add(new FieldError("asOf", "must lie in " + request.year()));
    }
    if (request.deadline().isBefore(request.asOf())) {
      errors.add(new FieldError("deadline", "must be on or after asOf (" + request.asOf() + ")"));
    }
    return errors;
  }

  private static ReportingPeriod periodOf(long planId, ReportingPeriodRequest request) {
    ReportingPeriod period = new ReportingPeriod();
    period.planId = planId;
    period.year = request.year();
    period.code = request.code().strip();
    period.label = request.label().strip();
    period.asOf = request.asOf();
    period.deadline = request.deadline();
    period.expectedKind = request.expectedKind();
    period.expectsAssessments = request.expectsAssessments();
    period.expectsAnalyses = request.expectsAnalyses();
    return period;
  }

  /**
   * Writes a checked period of a new plan (an import), created by {@code by} now, with its history;
   * open, so that its assessments can be written before {@link #closeImported} closes it.
   */
  public static ReportingPeriod writeImported(
      long planId, ReportingPeriodRequest request, String by) {
    ReportingPeriod period = periodOf(planId, request);
    period.persist();
    ReportingPeriodEvent.of(period, ReportingPeriodEvent.Type.CREATED, null, by).persist();
    return period;
  }

  /** Closes an imported period as {@code by}, now, as closing it by the API would. */
  public static void closeImported(ReportingPeriod period, String by) {
    period.state = PeriodState.CLOSED;
    period.closedBy = by;
    period.closedAt = Instant.now();
    ReportingPeriod.getEntityManager().flush();
    ReportingPeriodEvent.of(period, ReportingPeriodEvent.Type.CLOSED, null, by).persist();
  }

  /**
   * Adopts the default calendar for a year, or for every year of the plan: Tertial 1 as of 30 April
   * (forecasts, due 31 May), Delår as of 31 August (forecasts and analyses, due 30 September),
   * Helår as of 31 December (outcomes and analyses, due 15 February). Periods the plan has already
   * (by code or date) are kept as they are. Answers the years' periods.
   */
  public List<ReportingPeriod> adoptDefaultCalendar(long planId, DefaultCalendarRequest request) {
    Plan plan = plans.get(planId);
    Integer only = request == null ? null : request.year();
    if (only != null && (only < plan.firstRecordedYear() || only > plan.endYear)) {
      throw DomainException.invalid(
          "year",
          "must be within "
              + plan.firstRecordedYear()
              + "–"
              + plan.endYear
              + ", the years the plan records");
    }
    int from = only == null ? plan.startYear : only;
    int to = only == null ? plan.endYear : only;
    List<ReportingPeriod> existing = calendar.ofPlan(planId);
    for (int year = from; year <= to; year++) {
      for (Default d : DEFAULT_CALENDAR) {
        String code = year + "-" + d.code();
        LocalDate asOf = LocalDate.of(year, d.asOfMonth(), d.asOfDay());
        boolean taken =
            existing.stream().anyMatch(p -> p.code.equalsIgnoreCase(code) || p.asOf.equals(asOf));
        if (!taken) {
          create(
              planId,
              new ReportingPeriodRequest(
                  year,
                  code,
                  d.label() + " " + year,
                  asOf,
                  asOf.plusMonths(d.deadlineMonthsAfter()).withDayOfMonth(d.deadlineDay()),
                  d.kind(),
                  true,
                  d.analyses()));
        }
      }
    }
    int first = from;
    int last = to;
    return calendar.ofPlan(planId).stream().filter(p -> p.year >= first && p.year <= last).toList();
  }

  public ReportingPeriod update(long id, String ifMatch, ReportingPeriodChange change) {
    ReportingPeriod period = get(id);
    EntityTags.requireCurrent(ifMatch, period.version);
    if (period.state == PeriodState.CLOSED) {
      throw PeriodCalendar.closed(period);
    }
    if (change.deadline().isBefore(period.asOf)) {
      throw DomainException.invalid("deadline", "must be on or after asOf (" + period.asOf + ")");
    }
    period.label = change.label().strip();
    period.deadline = change.deadline();
    period.expectedKind = change.expectedKind();
    period.expectsAssessments = change.expectsAssessments();
    period.expectsAnalyses = change.expectsAnalyses();
    ReportingPeriod.getEntityManager().flush();
    ReportingPeriodEvent.of(period, ReportingPeriodEvent.Type.UPDATED, null, caller.identity())
        .persist();
    return period;
  }

  /**
   * Closes the period. Its row is locked first, so writes into the period that are in flight (they
   * hold a shared lock on it) finish before it closes, and later ones find it closed.
   */
  public ReportingPeriod close(long id, String ifMatch) {
    ReportingPeriod period = lock(id);
    EntityTags.requireCurrent(ifMatch, period.version);
    if (period.state != PeriodState.OPEN) {
      throw DomainException.conflict(
          "The reporting period " + period.describe() + " is closed already.");
    }
    period.state = PeriodState.CLOSED;
    period.closedBy = caller.identity();
    period.closedAt = Instant.now();
    ReportingPeriod.getEntityManager().flush();
    ReportingPeriodEvent.of(period, ReportingPeriodEvent.Type.CLOSED, null, caller.identity())
        .persist();
    return period;
  }

  public ReportingPeriod reopen(long id, String ifMatch, String reason) {
    ReportingPeriod period = lock(id);
    EntityTags.requireCurrent(ifMatch, period.version);
    if (period.state != PeriodState.CLOSED) {
      throw DomainException.conflict(
          "The reporting period " + period.describe() + " is open: there is nothing to reopen.");
    }
    period.state = PeriodState.OPEN;
    period.closedBy = null;
    period.closedAt = null;
    ReportingPeriod.getEntityManager().flush();
    ReportingPeriodEvent.of(
            period, ReportingPeriodEvent.Type.REOPENED, reason.strip(), caller.identity())
        .persist();
    return period;
  }

  public List<ReportingPeriodEvent> history(long id) {
    get(id);
    return ReportingPeriodEvent.list("periodId = ?1 order by id desc", id);
  }

  /** The period as this caller sees it: what they may do, and who closed it if they see that. */
  public ReportingPeriodView view(ReportingPeriod period) {
    return ReportingPeriodView.from(period, allowed(period), caller.seesAuthorship());
  }

  /** What this caller may do to the period now. */
  public List<PeriodAction> allowed(ReportingPeriod period) {
    List<PeriodAction> allowed = new ArrayList<>();
    if (period.state == PeriodState.OPEN) {
      if (caller.may(Role.PLANNER)) {
        allowed.add(PeriodAction.EDIT);
      }
      if (caller.may(Role.APPROVER)) {
        allowed.add(PeriodAction.CLOSE);
      }
    } else if (caller.may(Role.APPROVER)) {
      allowed.add(PeriodAction.REOPEN);
    }
    return allowed;
  }

  private ReportingPeriod lock(long id) {
    ReportingPeriod period =
        ReportingPeriod.getEntityManager()
            .find(ReportingPeriod.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (period == null) {
      throw DomainException.notFound("reporting period", id);
    }
    return period;
  }

  private static void refuseDuplicate(ReportingPeriod period) {
    ReportingPeriod.<ReportingPeriod>find(
            "planId = ?1 and (code = ?2 or asOf = ?3)", period.planId, period.code, period.asOf)
        .firstResultOptional()
        .ifPresent(
            existing -> {
              throw new DomainException(
                  ProblemCode.DUPLICATE,
                  "The plan has the period "
                      + existing.describe()
                      + " as of "
                      + existing.asOf
                      + " already (id "
                      + existing.id
                      + "): a plan's periods differ in code and in date.");
            });
  }
}
