package se.styrkort.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.hibernate.exception.ConstraintViolationException;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.ProblemCode;
import se.styrkort.evaluation.ChangeType;
import se.styrkort.goal.Goal;
import se.styrkort.history.Change;
import se.styrkort.history.ChangeLog;
import se.styrkort.history.EntityType;
import se.styrkort.organisation.OrganisationUnitService;
import se.styrkort.period.PeriodCalendar;
import se.styrkort.period.PeriodState;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanService;
import se.styrkort.plan.PlanStatus;
import se.styrkort.security.CallerAccess;
import se.styrkort.vocabulary.Language;

/**
 * Actions and assignments, and their status reports per reporting period.
 *
 * <p>An action's definition changes with its plan's life: in a draft, freely; once the plan is
 * adopted, activities may still be added, changed and deleted (they are the organisation's own
 * work), but an assignment is what the council decided: none is added or deleted, and no action's
 * kind changes; its other fields (responsible, dates, description) stay open. An archived plan's
 * actions do not change. Status reports are follow-up, like values and assessments: open in any
 * plan until their period is closed.
 */
@ApplicationScoped
@Transactional
public class ActionService {

  @Inject EntityManager em;
  @Inject PlanService plans;
  @Inject ChangeLog history;
  @Inject CallerAccess caller;

  public List<PlanAction> list(long planId, Long goalId, ActionKind kind) {
    plans.get(planId);
    return em
        .createQuery(
            "select distinct a from PlanAction a left join fetch a.goalIds"
                + " where a.planId = :plan order by a.id",
            PlanAction.class)
        .setParameter("plan", planId)
        .getResultList()
        .stream()
        .filter(a -> goalId == null || a.goalIds.contains(goalId))
        .filter(a -> kind == null || a.kind == kind)
        .toList();
  }

  public PlanAction get(long id) {
    PlanAction action = em.find(PlanAction.class, id);
    if (action == null) {
      throw DomainException.notFound("action", id);
    }
    return action;
  }

  public PlanAction create(long planId, ActionRequest request) {
    Plan plan = plans.get(planId);
    requireChangeable(plan);
    if (plan.status == PlanStatus.ADOPTED && request.kind() == ActionKind.ASSIGNMENT) {
      throw adoptedAssignments(plan, "added");
    }
    validate(planId, request);
    PlanAction action = new PlanAction();
    action.planId = planId;
    apply(request, action);
    em.persist(action);
    em.flush();
    record(action, Change.CREATED, null);
    return action;
  }

  public PlanAction update(long id, String ifMatch, ActionRequest request) {
    PlanAction action = get(id);
    EntityTags.requireCurrent(ifMatch, action.version);
    Plan plan = plans.get(action.planId);
    requireChangeable(plan);
    if (plan.status == PlanStatus.ADOPTED && request.kind() != action.kind) {
      throw new DomainException(
          ProblemCode.CONFLICT,
          "kind: is frozen since plan " + plan.id + " was adopted; it stays " + action.kind,
          List.of(new FieldError("kind", "is frozen since the plan was adopted")));
    }
    validate(action.planId, request);
    ActionView before = view(action);
    apply(request, action);
    em.flush();
    ActionView after = view(action);
    if (!before.definition().equals(after.definition())) {
      record(action, Change.UPDATED, before);
    }
    return action;
  }

  public void delete(long id, String ifMatch) {
    PlanAction action = get(id);
    EntityTags.requireCurrent(ifMatch, action.version);
    Plan plan = plans.get(action.planId);
    requireChangeable(plan);
    if (plan.status == PlanStatus.ADOPTED && action.kind == ActionKind.ASSIGNMENT) {
      throw adoptedAssignments(plan, "deleted");
    }
    long reports =
        em.createQuery(
                "select count(r) from ActionStatusReport r where r.actionId = :action", Long.class)
            .setParameter("action", id)
            .getSingleResult();
    if (reports > 0) {
      throw DomainException.hasDependents(
          "action", List.of(reports + (reports == 1 ? " status report" : " status reports")));
    }
    ActionView before = view(action);
    history.record(
        EntityType.ACTION,
        action.id,
        action.planId,
        null,
        action.version + 1,
        Change.DELETED,
        before.definition(),
        null);
    em.remove(action);
  }

  // --- status reports ---

  public List<ActionStatusReport> reports(long actionId) {
    get(actionId);
    return em.createQuery(
            "select r from ActionStatusReport r, ReportingPeriod p where p.id = r.periodId"
                + " and r.actionId = :action order by p.asOf",
            ActionStatusReport.class)
        .setParameter("action", actionId)
        .getResultList();
  }

  public ActionStatusReport report(long actionId, long periodId) {
    PlanAction action = get(actionId);
    periodOf(action, periodId, false);
    return findReport(actionId, periodId)
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "status report of action " + actionId + " in period", periodId));
  }

  /** The result of a PUT of a status report: the report, and whether it was made now. */
  public record Reported(ActionStatusReport report, boolean created) {}

  /**
   * Writes the action's status for the period: creates it, or replaces it when the If-Match names
   * its current version. A closed period takes no report (409 PERIOD_CLOSED).
   */
  public Reported putReport(
      long actionId, long periodId, String ifMatch, ActionStatusReportRequest request) {
    PlanAction action = get(actionId);
    ReportingPeriod period = periodOf(action, periodId, true);
    if (period.state == PeriodState.CLOSED) {
      throw PeriodCalendar.closed(period);
    }
    var existing = findReport(actionId, periodId);
    if (existing.isPresent()) {
      ActionStatusReport report = existing.get();
      EntityTags.requireCurrent(ifMatch, report.version);
      String comment = blankToNull(request.comment());
      if (report.status == request.status() && Objects.equals(report.comment, comment)) {
        return new Reported(report, false);
      }
      report.status = request.status();
      report.comment = comment;
      report.recordedBy = caller.identity();
      report.recordedAt = Instant.now();
      em.flush();
      ActionStatusReportRevision.of(report, ChangeType.UPDATED, caller.identity()).persist();
      return new Reported(report, false);
    }
    if (ifMatch != null && !ifMatch.isBlank()) {
      // The client thinks it is replacing a version that is not there.
      EntityTags.requireCurrent(ifMatch, -1);
    }
    ActionStatusReport report = new ActionStatusReport();
    report.actionId = actionId;
    report.planId = action.planId;
    report.periodId = periodId;
    report.status = request.status();
    report.comment = blankToNull(request.comment());
    report.recordedBy = caller.identity();
    report.recordedAt = Instant.now();
    try {
      em.persist(report);
      em.flush();
    } catch (ConstraintViolationException e) {
      throw new DomainException(
          ProblemCode.CONFLICT,
          "Action "
              + actionId
              + " got a status report for "
              + period.describe()
              + " from another request just now; read it and send your change with its ETag.");
    }
    ActionStatusReportRevision.of(report, ChangeType.CREATED, caller.identity()).persist();
    return new Reported(report, true);
  }

  public List<ActionStatusReportRevision> reportHistory(long actionId, long periodId) {
    PlanAction action = get(actionId);
    periodOf(action, periodId, false);
    List<ActionStatusReportRevision> revisions =
        ActionStatusReportRevision.list(
            "actionId = ?1 and periodId = ?2 order by version desc, id desc", actionId, periodId);
    if (revisions.isEmpty()) {
      throw DomainException.notFound(
          "status report of action " + actionId + " in period", periodId);
    }
    return revisions;
  }

  public ReportingPeriod period(long periodId) {
    return em.find(ReportingPeriod.class, periodId);
  }

  /**
   * Each action's status in a year: its report in the latest period of the year that has one; null
   * for an action without a report that year. Two statements, whatever the plan's size.
   */
  public Map<PlanAction, ActionStatus> statusInYear(long planId, int year) {
    List<PlanAction> actions =
        em.createQuery(
                "select distinct a from PlanAction a left join fetch a.goalIds"
                    + " where a.planId = :plan",
                PlanAction.class)
            .setParameter("plan", planId)
            .getResultList();
    Map<Long, ActionStatus> latest = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.actionId, r.status from ActionStatusReport r, ReportingPeriod p"
                    + " where p.id = r.periodId and r.planId = :plan and p.year = :year"
                    + " order by p.asOf",
                Object[].class)
            .setParameter("plan", planId)
            .setParameter("year", year)
            .getResultList()) {
      latest.put((Long) row[0], (ActionStatus) row[1]);
    }
    Map<PlanAction, ActionStatus> statuses = new java.util.LinkedHashMap<>();
    actions.stream()
        .sorted(Comparator.comparing(a -> a.id))
        .forEach(a -> statuses.put(a, latest.get(a.id)));
    return statuses;
  }

  /**
   * The action as its history records a creation: what an import or a revision writes for each
   * action it creates, as POST /plans/{planId}/actions records it.
   */
  public static ActionView recordedView(PlanAction action) {
    return ActionView.from(action, Language.en, true).definition();
  }

  /**
   * Writes a status report as an import or the demo loader has it, with its first revision: by
   * {@code by} at {@code at}. The caller has checked the document and that the period is open.
   */
  public static ActionStatusReport writeImported(
      ReportingPeriod period,
      long actionId,
      ActionStatus status,
      String comment,
      String by,
      Instant at) {
    ActionStatusReport report = new ActionStatusReport();
    report.actionId = actionId;
    report.planId = period.planId;
    report.periodId = period.id;
    report.status = status;
    report.comment = blankToNull(comment);
    report.recordedBy = by;
    report.recordedAt = at;
    report.persist();
    ActionStatusReportRevision revision =
        ActionStatusReportRevision.of(report, ChangeType.CREATED, by);
    revision.changedAt = at;
    revision.persist();
    return report;
  }

  ActionView view(PlanAction action) {
    return ActionView.from(action, Language.en, true);
  }

  private java.util.Optional<ActionStatusReport> findReport(long actionId, long periodId) {
    return em.createQuery(
            "from ActionStatusReport r where r.actionId = :action and r.periodId = :period",
            ActionStatusReport.class)
        .setParameter("action", actionId)
        .setParameter("period", periodId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The period, when it is one of the action's plan: another plan's period answers as a missing
   * one. A writer reads it with a shared lock, so that it cannot close while the write is in
   * flight.
   */
  private ReportingPeriod periodOf(PlanAction action, long periodId, boolean lock) {
    ReportingPeriod period =
        lock
            ? em.find(ReportingPeriod.class, periodId, LockModeType.PESSIMISTIC_READ)
            : em.find(ReportingPeriod.class, periodId);
    if (period == null || period.planId != action.planId) {
      throw DomainException.notFound("reporting period", periodId);
    }
    return period;
  }

  private void validate(long planId, ActionRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (request.startDate() != null
        && request.endDate() != null
        && request.endDate().isBefore(request.startDate())) {
      errors.add(new FieldError("endDate", "must not be before startDate"));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    OrganisationUnitService.requireExists(request.responsibleUnitId(), "responsibleUnitId");
    for (Long goalId : request.goalIds()) {
      Goal goal = em.find(Goal.class, goalId);
      if (goal == null || goal.planId != planId) {
        // One answer whether the goal does not exist or is in another plan.
        throw DomainException.noneInPlan("goalIds", "goal", goalId, planId);
      }
    }
  }

  private static void apply(ActionRequest request, PlanAction action) {
    action.kind = request.kind();
    action.title = request.title().strip();
    action.description = blankToNull(request.description());
    action.goalIds.clear();
    action.goalIds.addAll(new TreeSet<>(request.goalIds()));
    action.responsibleUnitId = request.responsibleUnitId();
    action.responsiblePerson = blankToNull(request.responsiblePerson());
    if (action.responsiblePerson != null) {
      action.responsiblePerson = action.responsiblePerson.strip();
    }
    action.startDate = request.startDate();
    action.endDate = request.endDate();
    action.decisionReference = blankToNull(request.decisionReference());
  }

  private void record(PlanAction action, Change change, ActionView before) {
    history.record(
        EntityType.ACTION,
        action.id,
        action.planId,
        null,
        action.version,
        change,
        before == null ? null : before.definition(),
        view(action).definition());
  }

  private static void requireChangeable(Plan plan) {
    if (plan.status == PlanStatus.ARCHIVED) {
      throw new DomainException(
          ProblemCode.PLAN_FROZEN,
          "Plan "
              + plan.id
              + " is ARCHIVED: its actions can no longer change; status reports"
              + " stay open until their periods are closed.");
    }
  }

  private static DomainException adoptedAssignments(Plan plan, String change) {
    return new DomainException(
        ProblemCode.PLAN_FROZEN,
        "Plan "
            + plan.id
            + " is ADOPTED: its assignments (KF-uppdrag) are what the council decided and cannot be "
            + change
            + "; activities can. Create a revision (POST /api/v1/plans/"
            + plan.id
            + "/revisions) to change the assignments.");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** The statuses of the actions serving any of {@code goalIds}, each action once. */
  public static ActionCounts count(
      Map<PlanAction, ActionStatus> statuses, Collection<Long> goalIds) {
    List<ActionStatus> found = new ArrayList<>();
    statuses.forEach(
        (action, status) -> {
          if (goalIds.stream().anyMatch(action.goalIds::contains)) {
            found.add(status);
          }
        });
    return ActionCounts.of(found);
  }
}
