package se.styrkort.point;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.PageRequest;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.evaluation.EvaluationRepository;
import se.styrkort.history.Change;
import se.styrkort.history.ChangeLog;
import se.styrkort.history.EntityType;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanGuard;
import se.styrkort.reference.ReferenceSeries;

@ApplicationScoped
@Transactional
public class MeasurementPointService {

  @Inject MeasurementPointRepository points;
  @Inject PlanGuard guard;
  @Inject TargetRepository targets;
  @Inject EvaluationRepository evaluations;
  @Inject Validator validator;
  @Inject ChangeLog history;

  /** A page of an indicator's rows with their targets: two queries, whatever the page size. */
  public List<MeasurementPointView> list(long indicatorId, PageRequest page) {
    if (Indicator.count("id", indicatorId) == 0) {
      throw DomainException.notFound("indicator", indicatorId);
    }
    return views(points.listByIndicator(indicatorId, page));
  }

  /** Views of many points, their targets loaded in one query. */
  public List<MeasurementPointView> views(List<MeasurementPoint> rows) {
    Map<Long, List<Target>> byPoint = targets.ofPoints(rows.stream().map(p -> p.id).toList());
    return rows.stream()
        .map(p -> MeasurementPointView.from(p, byPoint.getOrDefault(p.id, List.of())))
        .toList();
  }

  public MeasurementPoint get(long id) {
    return points
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("measurement point", id));
  }

  public MeasurementPointView view(long id) {
    MeasurementPoint point = get(id);
    return MeasurementPointView.from(point, targets.ofPoint(id));
  }

  /** The plan whose years bound the point's targets and follow-up values. */
  public Plan planOf(MeasurementPoint point) {
    return points
        .planOfIndicator(point.indicatorId)
        .orElseThrow(() -> new IllegalStateException("point " + point.id + " has no plan"));
  }

  public MeasurementPointView create(long indicatorId, MeasurementPointRequest request) {
    Plan plan =
        points
            .planOfIndicator(indicatorId)
            .orElseThrow(() -> DomainException.notFound("indicator", indicatorId));
    guard.requireEditable(plan);
    MeasurementPoint point = new MeasurementPoint();
    point.indicatorId = indicatorId;
    List<FieldError> errors = PointDefinition.check(request);
    PointDefinition.apply(request, point);
    List<YearTargetRequest> initial = request.targets() == null ? List.of() : request.targets();
    if (point.valueType != null) {
      errors.addAll(checkInitialTargets(initial, point, plan));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    point.position =
        request.position() != null ? request.position() : points.nextPosition(indicatorId);
    points.persistAndFlush(point);
    List<Target> created = new ArrayList<>();
    for (YearTargetRequest yearTarget : initial) {
      Target target = new Target();
      target.pointId = point.id;
      target.year = yearTarget.year();
      TargetRules.apply(yearTarget.withoutYear(), target);
      created.add(target);
    }
    targets.persist(created);
    targets.flush();
    MeasurementPointView view = MeasurementPointView.from(point, created);
    record(point, plan.id, point.version, Change.CREATED, null, view);
    for (Target target : created) {
      recordTarget(target, plan.id, target.version, Change.CREATED, null, TargetView.from(target));
    }
    return view;
  }

  public MeasurementPointView update(long id, String ifMatch, MeasurementPointRequest request) {
    MeasurementPoint point = get(id);
    Plan plan = planOf(point);
    guard.requireEditable(plan);
    EntityTags.requireCurrent(ifMatch, point.version);
    List<FieldError> errors = PointDefinition.check(request);
    if (request.targets() != null && !request.targets().isEmpty()) {
      errors.add(
          new FieldError(
              "targets",
              "must be left out: change targets at /measurement-points/" + id + "/targets/{year}"));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    refuseChangesThatStrandData(point, request);
    // Queried before the first change, so that the query flushes nothing half-made.
    List<Target> current = targets.ofPoint(id);
    MeasurementPointView before = MeasurementPointView.from(point, current);
    int position = point.position;
    PointDefinition.apply(request, point);
    point.position = request.position() != null ? request.position() : position;
    points.flush();
    MeasurementPointView after = MeasurementPointView.from(point, current);
    if (!after.equals(before)) {
      record(point, plan.id, point.version, Change.UPDATED, before, after);
    }
    return after;
  }

  /** Deletes the point with its targets; refused while it has follow-up values. */
  public void delete(long id, String ifMatch) {
    MeasurementPoint point = get(id);
    Plan plan = planOf(point);
    guard.requireEditable(plan);
    EntityTags.requireCurrent(ifMatch, point.version);
    long recorded = evaluations.countOfPoint(id);
    long references = ReferenceSeries.count("pointId", id);
    List<String> dependents = new ArrayList<>();
    if (recorded > 0) {
      dependents.add(
          recorded
              + (recorded == 1 ? " follow-up value" : " follow-up values")
              + " (evaluations; delete them first)");
    }
    if (references > 0) {
      dependents.add(references + " reference series (delete them first)");
    }
    if (!dependents.isEmpty()) {
      throw DomainException.hasDependents("measurement point", dependents);
    }
    List<Target> current = targets.ofPoint(id);
    for (Target target : current) {
      recordTarget(
          target, plan.id, target.version + 1, Change.DELETED, TargetView.from(target), null);
    }
    MeasurementPointView last = MeasurementPointView.from(point, current);
    record(point, plan.id, point.version + 1, Change.DELETED, last, null);
    // One by one, not a bulk delete: the change feed sees every target go (a bulk HQL delete
    // would bypass the entity listeners); a point has a target per plan year, a handful.
    current.forEach(targets::delete);
    points.delete(point);
  }

  private void record(
      MeasurementPoint point,
      long planId,
      long version,
      Change change,
      MeasurementPointView before,
      MeasurementPointView after) {
    history.record(
        EntityType.MEASUREMENT_POINT, point.id, planId, point.id, version, change, before, after);
  }

  /** A target's change, kept with its point's history; TargetService records through here too. */
  void recordTarget(
      Target target,
      long planId,
      long version,
      Change change,
      TargetView before,
      TargetView after) {
    history.record(
        EntityType.TARGET, target.id, planId, target.pointId, version, change, before, after);
  }

  /**
   * A new value type, or a scale without a level that is in use, would leave targets and follow-up
   * values that no longer fit the point; such a change waits until they are gone.
   */
  private void refuseChangesThatStrandData(MeasurementPoint point, MeasurementPointRequest next) {
    if (next.valueType() != point.valueType) {
      long targetCount = targets.count("pointId", point.id);
      long evaluationCount = evaluations.countOfPoint(point.id);
      if (targetCount + evaluationCount > 0) {
        throw DomainException.conflict(
            "The valueType cannot change from "
                + point.valueType
                + " to "
                + next.valueType()
                + " while the point has "
                + count(targetCount, "target")
                + " and "
                + count(evaluationCount, "follow-up value")
                + " of the old type; delete them first.");
      }
      return;
    }
    Set<String> removed = new HashSet<>(point.scale);
    removed.removeAll(PointDefinition.normalisedScale(next.scale()));
    Map<String, Long> inTargets = targets.levelUse(point.id, removed);
    Map<String, Long> inEvaluations = evaluations.levelUse(point.id, removed);
    Map<String, String> blockers = new LinkedHashMap<>();
    for (String level : point.scale) {
      long t = inTargets.getOrDefault(level, 0L);
      long e = inEvaluations.getOrDefault(level, 0L);
      if (removed.contains(level) && t + e > 0) {
        blockers.put(level, count(t, "target") + ", " + count(e, "follow-up value"));
      }
    }
    if (!blockers.isEmpty()) {
      List<String> named = new ArrayList<>();
      blockers.forEach((level, use) -> named.add("'" + level + "' (used by " + use + ")"));
      throw DomainException.conflict(
          "The scale cannot lose levels that are in use: " + String.join(", ", named) + ".");
    }
  }

  private List<FieldError> checkInitialTargets(
      List<YearTargetRequest> initial, MeasurementPoint point, Plan plan) {
    List<FieldError> errors = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < initial.size(); i++) {
      String prefix = "targets[" + i + "].";
      YearTargetRequest target = initial.get(i);
      if (target == null) {
        errors.add(new FieldError("targets[" + i + "]", "must not be null"));
        continue;
      }
      // The list is validated here rather than with @Valid so that field names read targets[0].x.
      Set<ConstraintViolation<YearTargetRequest>> violations = validator.validate(target);
      for (ConstraintViolation<YearTargetRequest> v : violations) {
        errors.add(new FieldError(prefix + v.getPropertyPath(), v.getMessage()));
      }
      if (!violations.isEmpty()) {
        continue;
      }
      if (!years.add(target.year())) {
        errors.add(
            new FieldError(prefix + "year", "repeats " + target.year() + ": one target per year"));
      }
      errors.addAll(TargetRules.check(prefix, target.year(), target.withoutYear(), point, plan));
    }
    return errors;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
