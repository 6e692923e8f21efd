package se.styrkort.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.styrkort.changes.ChangeRecorder;
import se.styrkort.common.DomainException;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.ProblemCode;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.evaluation.EvaluationBatch;
import se.styrkort.evaluation.EvaluationRequest;
import se.styrkort.evaluation.EvaluationService;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.Value;
import se.styrkort.period.PeriodCalendar;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.PointValues;

/**
 * Writes many follow-up values of a plan at once, all or none. Every row is checked first, so a
 * refusal names every failing row; then all rows are written together by {@link
 * EvaluationBatch#writeAll}, with the rules of a single write and a revision for each change.
 */
@ApplicationScoped
@Transactional
public class BulkEvaluationService {

  @Inject EvaluationBatch batch;
  @Inject EntityManager em;
  @Inject PeriodCalendar calendar;
  @Inject ChangeRecorder changes;

  /** What the rows would do, checked in full; writes only when {@code dryRun} is false. */
  public BulkEvaluationResult write(long planId, List<BulkEvaluationRow> rows, boolean dryRun) {
    Set<Long> pointIds =
        rows.stream().map(BulkEvaluationRow::measurementPointId).collect(Collectors.toSet());
    Loaded loaded = load(planId, pointIds);
    Plan plan = loaded.plan();
    Map<Long, MeasurementPoint> points = loaded.points();
    Map<Key, Evaluation> existing = loaded.existing();
    // Read with the plan above: the change feed need not look the points' plan up again.
    changes.pointsOfPlan(points.keySet(), planId);

    List<FieldError> errors = new ArrayList<>();
    boolean onlyLocked = true;
    List<Planned> planned = new ArrayList<>();
    Map<Key, Integer> firstRowOfKey = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      BulkEvaluationRow row = rows.get(i);
      String prefix = "rows[" + i + "].";
      MeasurementPoint point = points.get(row.measurementPointId());
      if (point == null) {
        errors.add(
            new FieldError(
                prefix + "measurementPointId", "is no measurement point of plan " + planId));
        onlyLocked = false;
        continue;
      }
      Key key = Key.of(row);
      Integer earlier = firstRowOfKey.putIfAbsent(key, i);
      if (earlier != null) {
        errors.add(new FieldError(prefix + "asOf", "repeats the key of rows[" + earlier + "]"));
        onlyLocked = false;
        continue;
      }
      EvaluationRequest request = row.toRequest();
      try {
        EvaluationService.validate(request, point, plan);
      } catch (DomainException invalid) {
        invalid.errors().forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
        onlyLocked = false;
        continue;
      }
      Evaluation current = existing.get(key);
      if (current != null
          && current.state == EvaluationState.APPROVED
          && !sameContent(current, request)) {
        errors.add(
            new FieldError(
                prefix + "value",
                "evaluation " + current.id + " is approved and locked; reopen it first"));
        continue;
      }
      planned.add(new Planned(row.measurementPointId(), request, current));
    }
    if (!errors.isEmpty()) {
      throw refusal(errors, onlyLocked);
    }
    requireOpenPeriods(planId, planned);
    return apply(planned, dryRun);
  }

  private BulkEvaluationResult apply(List<Planned> planned, boolean dryRun) {
    List<EvaluationBatch.NewValue> toCreate = new ArrayList<>();
    List<EvaluationBatch.Correction> toCorrect = new ArrayList<>();
    List<Long> updated = new ArrayList<>();
    List<Long> unchanged = new ArrayList<>();
    for (Planned row : planned) {
      if (row.current == null) {
        toCreate.add(new EvaluationBatch.NewValue(row.pointId, row.request));
      } else if (sameContent(row.current, row.request)) {
        unchanged.add(row.current.id);
      } else {
        toCorrect.add(new EvaluationBatch.Correction(row.current, row.request));
        updated.add(row.current.id);
      }
    }
    // Every row was checked above, so they are written together, not one by one.
    List<Long> created = dryRun ? List.of() : batch.writeAll(toCreate, toCorrect);
    return new BulkEvaluationResult(
        dryRun, toCreate.size(), updated.size(), unchanged.size(), created, updated, unchanged);
  }

  /**
   * Refuses the whole write when a value it creates or changes belongs to a closed reporting period
   * (409 PERIOD_CLOSED, naming it); values sent again unchanged do not count.
   */
  private void requireOpenPeriods(long planId, List<Planned> planned) {
    List<PeriodCalendar.Dated> written = new ArrayList<>();
    for (Planned row : planned) {
      if (row.current == null || !sameContent(row.current, row.request)) {
        written.add(new PeriodCalendar.Dated(row.request.year(), row.request.asOf()));
      }
      if (row.current != null && !sameContent(row.current, row.request)) {
        written.add(new PeriodCalendar.Dated(row.current.year, row.current.asOf));
      }
    }
    calendar.requireOpen(planId, written);
  }

  /** Locked values alone are a conflict (409); anything malformed makes it a 400. */
  private static DomainException refusal(List<FieldError> errors, boolean onlyLocked) {
    String detail =
        errors.size()
            + (errors.size() == 1 ? " row was" : " rows were")
            + " refused; nothing was written.";
    return new DomainException(
        onlyLocked ? ProblemCode.EVALUATION_LOCKED : ProblemCode.VALIDATION_FAILED, detail, errors);
  }

  /** The plan, the requested points that belong to it, and every value recorded for them. */
  private record Loaded(
      Plan plan, Map<Long, MeasurementPoint> points, Map<Key, Evaluation> existing) {}

  /**
   * The plan with the requested points that belong to it and every value already recorded for them
   * (by key), in one statement whatever the number of rows: the plan's row, joined with its points
   * among those asked for, joined with their values. 404 when there is no such plan.
   */
  private Loaded load(long planId, Set<Long> ids) {
    List<Object[]> found =
        em.createQuery(
                "select pl, p, e from Plan pl"
                    + " left join MeasurementPoint p on p.id in :ids and p.indicatorId in"
                    + " (select i.id from Indicator i where i.goalId in"
                    + " (select g.id from Goal g where g.planId = :plan))"
                    + " left join Evaluation e on e.pointId = p.id"
                    + " where pl.id = :plan",
                Object[].class)
            .setParameter("ids", ids.isEmpty() ? Set.of(-1L) : ids)
            .setParameter("plan", planId)
            .getResultList();
    if (found.isEmpty()) {
      throw DomainException.notFound("plan", planId);
    }
    Map<Long, MeasurementPoint> points = new HashMap<>();
    Map<Key, Evaluation> existing = new HashMap<>();
    for (Object[] row : found) {
      if (row[1] instanceof MeasurementPoint point) {
        points.put(point.id, point);
      }
      if (row[2] instanceof Evaluation e) {
        existing.put(new Key(e.pointId, e.year, e.kind, e.asOf), e);
      }
    }
    return new Loaded((Plan) found.get(0)[0], points, existing);
  }

  /** Whether the request would store exactly what is stored: then nothing is written. */
  static boolean sameContent(Evaluation current, EvaluationRequest request) {
    Value stored = current.value == null ? null : current.value.toValue();
    Value requested = PointValues.toValue(request.value());
    return sameValue(stored, requested)
        && Objects.equals(current.note, blankToNull(request.note()))
        && Objects.equals(
            current.periodLabel,
            blankToNull(request.periodLabel() == null ? null : request.periodLabel().strip()));
  }

  private static boolean sameValue(Value a, Value b) {
    if (a instanceof Value.Numeric x && b instanceof Value.Numeric y) {
      BigDecimal left = x.number();
      return left.compareTo(y.number()) == 0;
    }
    return Objects.equals(a, b);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private record Key(long pointId, int year, EvaluationKind kind, LocalDate asOf) {
    static Key of(BulkEvaluationRow row) {
      return new Key(row.measurementPointId(), row.year(), row.kind(), row.asOf());
    }
  }

  private record Planned(long pointId, EvaluationRequest request, Evaluation current) {}
}
