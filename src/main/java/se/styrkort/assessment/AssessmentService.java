package se.styrkort.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.ProblemCode;
import se.styrkort.evaluation.ChangeType;
import se.styrkort.evaluation.EvaluationAction;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;
import se.styrkort.goal.Goal;
import se.styrkort.goal.GoalKind;
import se.styrkort.indicator.Indicator;
import se.styrkort.period.PeriodCalendar;
import se.styrkort.period.PeriodState;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.security.CallerAccess;
import se.styrkort.security.Role;

/**
 * Assessments and analyses: written by a reporter, submitted, approved by an approver, reopened
 * with a reason; every version kept. A closed period locks them, as it locks its values.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

  static final String CORRECTED_AFTER_SUBMISSION =
      "Corrected after submission: back to DRAFT, to be submitted again.";

  @Inject EntityManager em;
  @Inject CallerAccess caller;

  public ReportingPeriod period(long periodId) {
    ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
    if (period == null) {
      throw DomainException.notFound("reporting period", periodId);
    }
    return period;
  }

  /** The period's assessments: the plan first, then focus areas, goals and indicators. */
  public List<Assessment> list(long periodId, NodeKind kind, Long nodeId) {
    period(periodId);
    return em
        .createQuery("from Assessment a where a.periodId = :period", Assessment.class)
        .setParameter("period", periodId)
        .getResultList()
        .stream()
        .filter(a -> kind == null || a.nodeKind == kind)
        .filter(a -> nodeId == null || a.nodeId == nodeId)
        .sorted(Comparator.comparing((Assessment a) -> a.nodeKind).thenComparing(a -> a.id))
        .toList();
  }

  public Assessment get(long id) {
    Assessment assessment = em.find(Assessment.class, id);
    if (assessment == null) {
      throw DomainException.notFound("assessment", id);
    }
    return assessment;
  }

  public Assessment create(long periodId, AssessmentRequest request) {
    ReportingPeriod period = openPeriod(periodId);
    List<FieldError> errors = new ArrayList<>();
    nodeProblem(period.planId, request.nodeKind(), request.nodeId()).ifPresent(errors::add);
    outlookProblem(period, request.fields()).ifPresent(errors::add);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    em.createQuery(
            "from Assessment a where a.periodId = :period and a.nodeKind = :kind"
                + " and a.nodeId = :node",
            Assessment.class)
        .setParameter("period", periodId)
        .setParameter("kind", request.nodeKind())
        .setParameter("node", request.nodeId())
        .getResultStream()
        .findFirst()
        .ifPresent(
            existing -> {
              throw duplicate(period, request, existing.id);
            });
    Assessment assessment = new Assessment();
    assessment.planId = period.planId;
    assessment.periodId = periodId;
    assessment.nodeKind = request.nodeKind();
    assessment.nodeId = request.nodeId();
    apply(request.fields(), assessment);
    try {
      em.persist(assessment);
      em.flush();
    } catch (ConstraintViolationException e) {
      if (e.getConstraintName() == null || !e.getConstraintName().contains("assessment_node")) {
        throw e;
      }
      throw duplicate(period, request, null);
    }
    AssessmentRevision.of(assessment, ChangeType.CREATED, null, caller.identity()).persist();
    return assessment;
  }

  public Assessment update(long id, String ifMatch, AssessmentChange change) {
    Assessment assessment = get(id);
    EntityTags.requireCurrent(ifMatch, assessment.version);
    ReportingPeriod period = openPeriod(assessment.periodId);
    refuseIfApproved(assessment, "corrected");
    outlookProblem(period, change)
        .ifPresent(
            problem -> {
              throw DomainException.invalid(List.of(problem));
            });
    boolean withdrawn = assessment.state == EvaluationState.SUBMITTED;
    assessment.state = EvaluationState.DRAFT;
    apply(change, assessment);
    em.flush();
    AssessmentRevision.of(
            assessment,
            ChangeType.UPDATED,
            withdrawn ? CORRECTED_AFTER_SUBMISSION : null,
            caller.identity())
        .persist();
    return assessment;
  }

  public void delete(long id, String ifMatch) {
    Assessment assessment = get(id);
    EntityTags.requireCurrent(ifMatch, assessment.version);
    openPeriod(assessment.periodId);
    refuseIfApproved(assessment, "deleted");
    AssessmentRevision.of(assessment, ChangeType.DELETED, null, caller.identity()).persist();
    em.remove(assessment);
  }

  public Assessment move(long id, String ifMatch, EvaluationAction action, String reason) {
    Assessment assessment = get(id);
    EntityTags.requireCurrent(ifMatch, assessment.version);
    openPeriod(assessment.periodId);
    if (!assessment.state.allows(action)) {
      throw DomainException.conflict(
          "Assessment "
              + id
              + " is "
              + assessment.state
              + ": "
              + action
              + " is not possible now; allowed are "
              + assessment.state.allowed()
              + ".");
    }
    ChangeType change;
    switch (action) {
      case SUBMIT -> {
        assessment.state = EvaluationState.SUBMITTED;
        change = ChangeType.SUBMITTED;
      }
      case APPROVE -> {
        assessment.state = EvaluationState.APPROVED;
        change = ChangeType.APPROVED;
      }
      case REOPEN -> {
        assessment.state = EvaluationState.DRAFT;
        change = ChangeType.REOPENED;
      }
      default -> throw new IllegalArgumentException(action + " is not a state change");
    }
    em.flush();
    AssessmentRevision.of(assessment, change, reason, caller.identity()).persist();
    return assessment;
  }

  /** Every version, newest first; still there after the assessment is deleted. */
  public List<AssessmentRevision> history(long id) {
    List<AssessmentRevision> revisions =
        AssessmentRevision.list("assessmentId = ?1 order by version desc, id desc", id);
    if (revisions.isEmpty()) {
      throw DomainException.notFound("assessment", id);
    }
    return revisions;
  }

  /** What this caller may do to the assessment now. */
  public List<EvaluationAction> allowed(Assessment assessment, ReportingPeriod period) {
    if (period.state == PeriodState.CLOSED) {
      return List.of();
    }
    return assessment.state.allowed().stream()
        .filter(
            action ->
                switch (action) {
                  case SUBMIT, EDIT, DELETE -> caller.may(Role.REPORTER);
                  case APPROVE, REOPEN -> caller.may(Role.APPROVER);
                })
        .toList();
  }

  /**
   * The period, read with a shared lock so that it cannot close while this write is in flight;
   * refused when it is closed already.
   */
  private ReportingPeriod openPeriod(long periodId) {
    ReportingPeriod period =
        em.find(ReportingPeriod.class, periodId, LockModeType.PESSIMISTIC_READ);
    if (period == null) {
      throw DomainException.notFound("reporting period", periodId);
    }
    if (period.state == PeriodState.CLOSED) {
      throw PeriodCalendar.closed(period);
    }
    return period;
  }

  private java.util.Optional<FieldError> nodeProblem(long planId, NodeKind kind, long nodeId) {
    String problem =
        switch (kind) {
          case PLAN -> nodeId == planId ? null : "must be the period's plan, " + planId;
          case FOCUS_AREA, GOAL -> {
            Goal goal = em.find(Goal.class, nodeId);
            GoalKind wanted = kind == NodeKind.FOCUS_AREA ? GoalKind.FOCUS_AREA : GoalKind.GOAL;
            if (goal == null || goal.planId != planId) {
              yield "is no " + word(kind) + " of plan " + planId;
            }
            yield goal.kind == wanted
                ? null
                : "is a "
                    + word(NodeKind.valueOf(goal.kind.name()))
                    + ": send nodeKind "
                    + goal.kind;
          }
          case INDICATOR -> {
            Indicator indicator = em.find(Indicator.class, nodeId);
            Goal goal = indicator == null ? null : em.find(Goal.class, indicator.goalId);
            yield goal != null && goal.planId == planId
                ? null
                : "is no indicator of plan " + planId;
          }
        };
    return java.util.Optional.ofNullable(problem).map(p -> new FieldError("nodeId", p));
  }

  private static String word(NodeKind kind) {
    return kind.name().toLowerCase().replace('_', ' ');
  }

  /** An outlook looks ahead to the year's end: only interim periods (forecasts) take one. */
  private static java.util.Optional<FieldError> outlookProblem(
      ReportingPeriod period, AssessmentChange change) {
    return outlookProblem(period.expectedKind, period.describe(), change.outlook());
  }

  /**
   * What is wrong with an outlook at a period that expects {@code expected}; shared with import.
   *
   * @param period the period in words, as a problem names it
   */
  public static java.util.Optional<FieldError> outlookProblem(
      EvaluationKind expected, String period, Outlook outlook) {
    if (outlook != null && expected != EvaluationKind.FORECAST) {
      return java.util.Optional.of(
          new FieldError(
              "outlook",
              "is given only at interim periods; " + period + " reports the year's outcome"));
    }
    return java.util.Optional.empty();
  }

  /**
   * Writes a checked assessment of a new plan (an import) as {@code by} recorded it at {@code at},
   * in {@code state}, with its first version in the history.
   */
  public static Assessment writeImported(
      ReportingPeriod period,
      NodeKind kind,
      long nodeId,
      AssessmentChange fields,
      EvaluationState state,
      String by,
      Instant at) {
    Assessment assessment = new Assessment();
    assessment.planId = period.planId;
    assessment.periodId = period.id;
    assessment.nodeKind = kind;
    assessment.nodeId = nodeId;
    assessment.status = fields.status();
    assessment.outlook = fields.outlook();
    assessment.motivation = fields.motivation().strip();
    assessment.analysis =
        fields.analysis() == null || fields.analysis().isBlank() ? null : fields.analysis();
    assessment.state = state;
    assessment.recordedBy = by;
    assessment.recordedAt = at;
    assessment.persist();
    AssessmentRevision.of(assessment, ChangeType.CREATED, null, by).persist();
    return assessment;
  }

  private static void refuseIfApproved(Assessment assessment, String change) {
    if (assessment.state == EvaluationState.APPROVED) {
      throw new DomainException(
          ProblemCode.ASSESSMENT_LOCKED,
          "Assessment "
              + assessment.id
              + " is approved and cannot be "
              + change
              + "; reopen it first with POST /api/v1/assessments/"
              + assessment.id
              + "/reopening and a reason.");
    }
  }

  private static DomainException duplicate(
      ReportingPeriod period, AssessmentRequest request, Long existing) {
    return new DomainException(
        ProblemCode.DUPLICATE,
        "The "
            + word(request.nodeKind())
            + " "
            + request.nodeId()
            + " is assessed in "
            + period.describe()
            + " already"
            + (existing == null
                ? " (by another request just now)."
                : " as assessment "
                    + existing
                    + "; correct it with PUT /api/v1/assessments/"
                    + existing
                    + "."));
  }

  private void apply(AssessmentChange change, Assessment assessment) {
    assessment.status = change.status();
    assessment.outlook = change.outlook();
    assessment.motivation = change.motivation().strip();
    assessment.analysis =
        change.analysis() == null || change.analysis().isBlank() ? null : change.analysis();
    assessment.recordedBy = caller.identity();
    assessment.recordedAt = Instant.now();
  }
}
