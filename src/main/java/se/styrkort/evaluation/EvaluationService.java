package se.styrkort.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.PageRequest;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.ProblemCode;
import se.styrkort.common.StoredValue;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.period.PeriodCalendar;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.MeasurementPointService;
import se.styrkort.point.PointValues;
import se.styrkort.security.CallerAccess;

/**
 * Follow-up values and their history. Every create, correction and deletion also writes a revision,
 * so no value that was ever recorded is lost.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

  static final String CORRECTED_AFTER_SUBMISSION =
      "Corrected after submission: back to DRAFT, to be submitted again.";

  @Inject EvaluationRepository evaluations;
  @Inject CallerAccess caller;
  @Inject MeasurementPointService points;
  @Inject PeriodCalendar calendar;

  public List<Evaluation> list(long pointId, Integer year, EvaluationKind kind, PageRequest page) {
    points.get(pointId);
    return evaluations.listForPoint(pointId, year, kind, page);
  }

  public Evaluation get(long id) {
    return evaluations
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("evaluation", id));
  }

  public Evaluation create(long pointId, EvaluationRequest request) {
    MeasurementPoint point = points.get(pointId);
    Plan plan = points.planOf(point);
    validate(request, point, plan);
    calendar.requireOpen(plan.id, request.year(), request.asOf());
    refuseDuplicate(pointId, request, null);
    Evaluation evaluation = new Evaluation();
    evaluation.pointId = pointId;
    apply(request, evaluation, caller.identity());
    try {
      evaluations.persistAndFlush(evaluation);
    } catch (ConstraintViolationException e) {
      throw raceLost(request, e);
    }
    EvaluationRevision.of(evaluation, ChangeType.CREATED, caller.identity()).persist();
    return evaluation;
  }

  /**
   * Corrects a value. Year, kind and asOf may be corrected too, as long as no other value holds the
   * new key; the revision keeps what was there before.
   */
  public Evaluation update(long id, String ifMatch, EvaluationRequest request) {
    Evaluation evaluation = get(id);
    EntityTags.requireCurrent(ifMatch, evaluation.version);
    refuseIfApproved(evaluation, "corrected");
    MeasurementPoint point = points.get(evaluation.pointId);
    Plan plan = points.planOf(point);
    validate(request, point, plan);
    // Neither the period the value leaves nor the one it joins may be closed.
    calendar.requireOpen(
        plan.id,
        List.of(
            new PeriodCalendar.Dated(evaluation.year, evaluation.asOf),
            new PeriodCalendar.Dated(request.year(), request.asOf())));
    refuseDuplicate(evaluation.pointId, request, id);
    // Whoever approves must see what they approve: a correction withdraws the submission.
    boolean withdrawn = evaluation.state == EvaluationState.SUBMITTED;
    evaluation.state = EvaluationState.DRAFT;
    apply(request, evaluation, caller.identity());
    try {
      // Flushed first, so that the revision carries the version the correction produced.
      evaluations.flush();
    } catch (ConstraintViolationException e) {
      throw raceLost(request, e);
    }
    EvaluationRevision revision =
        EvaluationRevision.of(evaluation, ChangeType.UPDATED, caller.identity());
    revision.reason = withdrawn ? CORRECTED_AFTER_SUBMISSION : null;
    revision.persist();
    return evaluation;
  }

  public void delete(long id, String ifMatch) {
    Evaluation evaluation = get(id);
    EntityTags.requireCurrent(ifMatch, evaluation.version);
    refuseIfApproved(evaluation, "deleted");
    requireOpenPeriod(evaluation);
    EvaluationRevision deleted =
        EvaluationRevision.of(evaluation, ChangeType.DELETED, caller.identity());
    deleted.version = evaluation.version + 1;
    deleted.persist();
    evaluations.delete(evaluation);
  }

  /** Refuses any change of a value whose reporting period is closed (409 PERIOD_CLOSED). */
  public void requireOpenPeriod(Evaluation evaluation) {
    Plan plan = points.planOf(points.get(evaluation.pointId));
    calendar.requireOpen(plan.id, evaluation.year, evaluation.asOf);
  }

  /**
   * Every version of a follow-up value, newest first; still there after the value is deleted.
   * Unknown only when no version was ever written (a value loaded without history has none yet).
   */
  public List<EvaluationRevision> history(long id, PageRequest page) {
    List<EvaluationRevision> revisions =
        EvaluationRevision.find("evaluationId = ?1 order by version desc, id desc", id)
            .range(page.offset(), page.offset() + page.fetchSize() - 1)
            .list();
    if (revisions.isEmpty()
        && EvaluationRevision.count("evaluationId", id) == 0
        && evaluations.findByIdOptional(id).isEmpty()) {
      throw DomainException.notFound("evaluation", id);
    }
    return revisions;
  }

  /** Refuses a value that does not fit its point or the plan's years; shared with bulk entry. */
  public static void validate(EvaluationRequest request, MeasurementPoint point, Plan plan) {
    List<FieldError> errors =
        problems(request.year(), request.asOf(), request.value(), request.note(), point, plan);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }

  /**
   * What is wrong with a follow-up value for this point and plan, field by field; shared with bulk
   * entry and plan import, which name the fields by their place.
   */
  public static List<FieldError> problems(
      int year, LocalDate asOf, JsonNode value, String note, MeasurementPoint point, Plan plan) {
    List<FieldError> errors = new ArrayList<>();
    int first = plan.firstRecordedYear();
    if (year < first || year > plan.endYear) {
      errors.add(
          new FieldError(
              "year",
              "must be within " + first + "–" + plan.endYear + ", the years the plan records"));
    }
    // A year's outcome is often known only after the year has ended, hence the year after too.
    if (asOf != null && (asOf.getYear() < year || asOf.getYear() > year + 1)) {
      errors.add(
          new FieldError(
              "asOf",
              "must lie in " + year + " or " + (year + 1) + " for a value describing " + year));
    }
    if (PointValues.isAbsent(value)) {
      if (note == null || note.isBlank()) {
        errors.add(new FieldError("value", "is required unless a note says why it is missing"));
      }
    } else {
      String problem = PointValues.problemWith(value, point.valueType, point.scale);
      if (problem != null) {
        errors.add(new FieldError("value", problem));
      }
    }
    return errors;
  }

  /** An approved value is locked: it must be reopened, with a reason, before it changes. */
  private static void refuseIfApproved(Evaluation evaluation, String change) {
    if (evaluation.state == EvaluationState.APPROVED) {
      throw new DomainException(
          ProblemCode.EVALUATION_LOCKED,
          "Evaluation "
              + evaluation.id
              + " is approved and cannot be "
              + change
              + "; reopen it first with POST /api/v1/evaluations/"
              + evaluation.id
              + "/reopening and a reason.");
    }
  }

  /** At most one value per point, year, kind and date: a second one is a correction instead. */
  private void refuseDuplicate(long pointId, EvaluationRequest request, Long self) {
    evaluations
        .withKey(pointId, request.year(), request.kind(), request.asOf())
        .filter(existing -> !existing.id.equals(self))
        .ifPresent(
            existing -> {
              throw new DomainException(
                  ProblemCode.DUPLICATE,
                  describeKey(request)
                      + " is recorded already as evaluation "
                      + existing.id
                      + "; correct it with PUT /api/v1/evaluations/"
                      + existing.id
                      + ".");
            });
  }

  /**
   * The unique key caught what {@link #refuseDuplicate} could not see: another request recorded the
   * same key between the check and the insert. Any other violation is a bug, not the client's.
   */
  private static RuntimeException raceLost(
      EvaluationRequest request, ConstraintViolationException e) {
    if (e.getConstraintName() == null || !e.getConstraintName().contains("evaluation_key")) {
      return e;
    }
    return new DomainException(
        ProblemCode.DUPLICATE, describeKey(request) + " was recorded by another request just now.");
  }

  private static String describeKey(EvaluationRequest request) {
    return "A " + request.kind() + " for " + request.year() + " as of " + request.asOf();
  }

  /** Sets a value's fields from a request; shared with {@link EvaluationBatch}. */
  static void apply(EvaluationRequest request, Evaluation evaluation, String recordedBy) {
    evaluation.year = request.year();
    evaluation.kind = request.kind();
    evaluation.asOf = request.asOf();
    evaluation.value = StoredValue.of(PointValues.toValue(request.value()));
    evaluation.note = request.note() == null || request.note().isBlank() ? null : request.note();
    evaluation.periodLabel =
        request.periodLabel() == null || request.periodLabel().isBlank()
            ? null
            : request.periodLabel().strip();
    evaluation.recordedBy = recordedBy;
    evaluation.recordedAt = Instant.now();
  }
}
