package se.styrkort.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.PageRequest;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.ProblemCode;
import se.styrkort.goal.Goal;
import se.styrkort.goal.GoalKind;
import se.styrkort.goal.GoalService;
import se.styrkort.history.Change;
import se.styrkort.history.ChangeLog;
import se.styrkort.history.EntityType;
import se.styrkort.plan.PlanGuard;
import se.styrkort.point.MeasurementPoint;

/**
 * Indicators serve goals (never focus areas, which roll up their goals) and stay within the plan of
 * their goal. Views carry the plan id, so the service that has the goal at hand builds them.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {

  @Inject IndicatorRepository indicators;
  @Inject GoalService goals;
  @Inject PlanGuard guard;
  @Inject ChangeLog history;

  /** The indicator with this id; 404 if there is none. */
  public Indicator get(long id) {
    return indicators
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("indicator", id));
  }

  /** The plan an indicator belongs to, through its goal (one query). */
  public long planIdOf(Indicator indicator) {
    return goals.get(indicator.goalId).planId;
  }

  IndicatorView view(long id) {
    Indicator indicator = get(id);
    return IndicatorView.from(indicator, planIdOf(indicator));
  }

  List<IndicatorView> list(long goalId, PageRequest page) {
    long planId = goals.get(goalId).planId;
    return indicators.listByGoal(goalId, page).stream()
        .map(indicator -> IndicatorView.from(indicator, planId))
        .toList();
  }

  IndicatorView create(long goalId, IndicatorRequest request) {
    Goal goal = goals.get(goalId);
    guard.requireEditable(goal.planId);
    if (request.goalId() != null && request.goalId() != goalId) {
      throw DomainException.invalid(
          "goalId", "must be omitted or repeat the goal in the path, " + goalId);
    }
    List<ComparisonLevel> comparisons = comparisonsOf(request);
    requireServable(goal);
    Indicator indicator = new Indicator();
    indicator.goalId = goalId;
    indicator.position =
        request.position() != null ? request.position() : indicators.nextPosition(goalId);
    apply(request, comparisons, indicator);
    indicators.persistAndFlush(indicator);
    IndicatorView created = IndicatorView.from(indicator, goal.planId);
    record(created, Change.CREATED, null, indicator.version);
    return created;
  }

  IndicatorView update(long id, String ifMatch, IndicatorRequest request) {
    Indicator indicator = get(id);
    guard.requireEditable(planIdOf(indicator));
    EntityTags.requireCurrent(ifMatch, indicator.version);
    List<ComparisonLevel> comparisons = comparisonsOf(request);
    Goal goal = goals.get(indicator.goalId);
    IndicatorView before = IndicatorView.from(indicator, goal.planId);
    boolean moved = request.goalId() != null && request.goalId() != indicator.goalId;
    if (moved) {
      goal = newGoal(goal, request.goalId());
    }
    // Every query comes before the first change: a query would flush a half-made change and
    // spend a version on it, and one update must move the ETag by exactly one.
    int position =
        request.position() != null
            ? request.position()
            : moved ? indicators.nextPosition(goal.id) : indicator.position;
    indicator.goalId = goal.id;
    indicator.position = position;
    apply(request, comparisons, indicator);
    indicators.flush();
    IndicatorView after = IndicatorView.from(indicator, goal.planId);
    if (!after.equals(before)) {
      record(after, Change.UPDATED, before, indicator.version);
    }
    return after;
  }

  void delete(long id, String ifMatch) {
    Indicator indicator = get(id);
    long planId = planIdOf(indicator);
    guard.requireEditable(planId);
    EntityTags.requireCurrent(ifMatch, indicator.version);
    long points = MeasurementPoint.count("indicatorId", id);
    if (points > 0) {
      throw DomainException.hasDependents(
          "indicator",
          List.of(points + (points == 1 ? " measurement point" : " measurement points")));
    }
    long assessments =
        ((Number)
                indicators
                    .getEntityManager()
                    .createNativeQuery(
                        "select count(*) from assessment where node_kind = 'INDICATOR' and"
                            + " node_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .longValue();
    if (assessments > 0) {
      throw DomainException.hasDependents(
          "indicator", List.of(assessments + (assessments == 1 ? " assessment" : " assessments")));
    }
    record(IndicatorView.from(indicator, planId), Change.DELETED, null, indicator.version + 1);
    indicators.delete(indicator);
  }

  /** For a deletion {@code view} is the last content; otherwise the content after the change. */
  private void record(IndicatorView view, Change change, IndicatorView before, long version) {
    history.record(
        EntityType.INDICATOR,
        view.id(),
        view.planId(),
        null,
        version,
        change,
        change == Change.DELETED ? view : before,
        view);
  }

  /** The goal an indicator moves to: one that exists, in the same plan, and not a focus area. */
  private Goal newGoal(Goal current, long goalId) {
    // One answer whether the goal does not exist or is in another plan: nothing to enumerate.
    Goal target =
        goals
            .find(goalId)
            .filter(found -> found.planId == current.planId)
            .orElseThrow(
                () -> DomainException.noneInPlan("goalId", "goal", goalId, current.planId));
    requireServable(target);
    return target;
  }

  private static void requireServable(Goal goal) {
    if (goal.kind == GoalKind.FOCUS_AREA) {
      throw conflict(
          "goalId",
          "is a focus area; an indicator serves a goal (a focus area rolls up its goals)");
    }
  }

  /** The levels without repeats, in the order given; a null entry is refused by position. */
  private static List<ComparisonLevel> comparisonsOf(IndicatorRequest request) {
    if (request.comparisons() == null) {
      return new ArrayList<>();
    }
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < request.comparisons().size(); i++) {
      if (request.comparisons().get(i) == null) {
        errors.add(new FieldError("comparisons[" + i + "]", "must not be null"));
      }
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    return new ArrayList<>(new LinkedHashSet<>(request.comparisons()));
  }

  private static void apply(
      IndicatorRequest request, List<ComparisonLevel> comparisons, Indicator indicator) {
    indicator.title = request.title().strip();
    indicator.description = request.description();
    indicator.comparisons = comparisons;
    indicator.owner = request.owner();
    indicator.source = request.source();
    se.styrkort.organisation.OrganisationUnitService.requireExists(
        request.responsibleUnitId(), "responsibleUnitId");
    indicator.responsibleUnitId = request.responsibleUnitId();
    indicator.responsiblePerson = se.styrkort.goal.GoalService.person(request.responsiblePerson());
  }

  private static DomainException conflict(String field, String message) {
    return new DomainException(
        ProblemCode.CONFLICT, field + ": " + message, List.of(new FieldError(field, message)));
  }
}
