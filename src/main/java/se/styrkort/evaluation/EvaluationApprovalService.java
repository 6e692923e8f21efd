package se.styrkort.evaluation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.ProblemCode;
import se.styrkort.period.PeriodCalendar;
import se.styrkort.plan.PlanService;
import se.styrkort.security.CallerAccess;

/**
 * The approval of follow-up values: DRAFT → SUBMITTED → APPROVED, and APPROVED → DRAFT only by a
 * reopening with a reason. Every state change is a new version with its own revision, so the
 * history shows who moved the value where, and why.
 */
@ApplicationScoped
@Transactional
public class EvaluationApprovalService {

  /** The values of a plan, through its goals, indicators and points: one statement, no N+1. */
  private static final String OF_PLAN =
      "pointId in (select p.id from MeasurementPoint p where p.indicatorId in"
          + " (select i.id from Indicator i where i.goalId in"
          + " (select g.id from Goal g where g.planId = :plan)))";

  @Inject EvaluationService evaluations;
  @Inject EvaluationRepository repository;
  @Inject PlanService plans;
  @Inject CallerAccess caller;
  @Inject PeriodCalendar calendar;

  public Evaluation submit(long id, String ifMatch) {
    return move(id, ifMatch, EvaluationAction.SUBMIT, null);
  }

  public Evaluation approve(long id, String ifMatch) {
    return move(id, ifMatch, EvaluationAction.APPROVE, null);
  }

  public Evaluation reopen(long id, String ifMatch, ReopeningRequest request) {
    return move(id, ifMatch, EvaluationAction.REOPEN, request.reason().strip());
  }

  /**
   * Approves every submitted value of the plan as of the date, in one transaction: all of them or,
   * should anything fail, none. The rows are locked while they are read, so a correction racing
   * with the approval waits and then finds the value approved (and locked) instead of slipping a
   * different content in between. Drafts are left alone and reported, so the caller sees what is
   * still missing.
   */
  public BulkApprovalView approveAll(long planId, BulkApprovalRequest request) {
    plans.get(planId);
    StringBuilder where = new StringBuilder(OF_PLAN + " and asOf = :asOf and state in :states");
    Parameters params =
        Parameters.with("plan", planId)
            .and("asOf", request.asOf())
            .and("states", List.of(EvaluationState.DRAFT, EvaluationState.SUBMITTED));
    if (request.kind() != null) {
      where.append(" and kind = :kind");
      params.and("kind", request.kind());
    }
    List<Evaluation> found =
        repository
            .find(where + " order by id", params)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .list();
    calendar.requireOpen(
        planId, found.stream().map(e -> new PeriodCalendar.Dated(e.year, e.asOf)).toList());
    var byState = found.stream().collect(Collectors.partitioningBy(this::isSubmitted));
    List<Evaluation> submitted = byState.get(true);
    submitted.forEach(evaluation -> evaluation.state = EvaluationState.APPROVED);
    // Flushed first, so that each revision carries the version the approval produced.
    repository.flush();
    submitted.forEach(
        evaluation ->
            EvaluationRevision.of(evaluation, ChangeType.APPROVED, caller.identity()).persist());
    return new BulkApprovalView(
        planId,
        request.asOf(),
        request.kind(),
        submitted.size(),
        ids(submitted),
        byState.get(false).size(),
        ids(byState.get(false)));
  }

  private boolean isSubmitted(Evaluation evaluation) {
    return evaluation.state == EvaluationState.SUBMITTED;
  }

  private static List<Long> ids(List<Evaluation> evaluations) {
    return evaluations.stream().map(evaluation -> evaluation.id).toList();
  }

  private Evaluation move(long id, String ifMatch, EvaluationAction action, String reason) {
    Evaluation evaluation = evaluations.get(id);
    EntityTags.requireCurrent(ifMatch, evaluation.version);
    evaluations.requireOpenPeriod(evaluation);
    if (!evaluation.state.allows(action)) {
      throw new DomainException(
          ProblemCode.CONFLICT,
          "Evaluation "
              + id
              + " is "
              + evaluation.state
              + ": "
              + action
              + " is not possible now; allowed are "
              + evaluation.state.allowed()
              + ".");
    }
    evaluation.state = targetOf(action);
    repository.flush();
    EvaluationRevision revision =
        EvaluationRevision.of(evaluation, changeOf(action), caller.identity());
    revision.reason = reason;
    revision.persist();
    return evaluation;
  }

  private static EvaluationState targetOf(EvaluationAction action) {
    return switch (action) {
      case SUBMIT -> EvaluationState.SUBMITTED;
      case APPROVE -> EvaluationState.APPROVED;
      case REOPEN -> EvaluationState.DRAFT;
      default -> throw new IllegalArgumentException(action + " is not a state change");
    };
  }

  private static ChangeType changeOf(EvaluationAction action) {
    return switch (action) {
      case SUBMIT -> ChangeType.SUBMITTED;
      case APPROVE -> ChangeType.APPROVED;
      case REOPEN -> ChangeType.REOPENED;
      default -> throw new IllegalArgumentException(action + " is not a state change");
    };
  }
}
