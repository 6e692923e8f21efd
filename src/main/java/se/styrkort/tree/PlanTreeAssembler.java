package se.styrkort.tree;

import static java.util.stream.Collectors.groupingBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.FulfilmentRuleView;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.Target;

/**
 * Builds the nested document from a plan's rows in memory. The rows arrive in display order, and
 * grouping keeps that order within each parent.
 */
final class PlanTreeAssembler {

  private final Plan plan;
  private final Integer year;
  private final Map<Long, List<Goal>> goalsByParent;
  private final Map<Long, List<Indicator>> indicatorsByGoal;
  private final Map<Long, List<MeasurementPoint>> pointsByIndicator;
  private final Map<Long, List<Target>> targetsByPoint;
  private final Map<Long, List<Evaluation>> evaluationsByPoint;
  private final List<Goal> focusAreas;

  private PlanTreeAssembler(PlanRows rows, Integer year) {
    this.plan = rows.plan();
    this.year = year;
    this.focusAreas = rows.goals().stream().filter(g -> g.parentId == null).toList();
    this.goalsByParent =
        rows.goals().stream().filter(g -> g.parentId != null).collect(groupingBy(g -> g.parentId));
    this.indicatorsByGoal = rows.indicators().stream().collect(groupingBy(i -> i.goalId));
    this.pointsByIndicator = rows.points().stream().collect(groupingBy(p -> p.indicatorId));
    this.targetsByPoint = rows.targets().stream().collect(groupingBy(t -> t.pointId));
    this.evaluationsByPoint = rows.evaluations().stream().collect(groupingBy(e -> e.pointId));
  }

  /**
   * The plan as one document.
   *
   * @param year when given, the evaluations lists hold only that year's values
   */
  static PlanTreeView assemble(PlanRows rows, Integer year) {
    return new PlanTreeAssembler(rows, year).plan();
  }

  private PlanTreeView plan() {
    return new PlanTreeView(
        plan.id,
        plan.name,
        plan.organisation,
        plan.organisationCode,
        plan.startYear,
        plan.endYear,
        plan.baselineYear,
        plan.status,
        plan.description,
        FulfilmentRuleView.from(plan),
        plan.version,
        focusAreas.stream().map(this::goal).toList());
  }

  private TreeGoalView goal(Goal goal) {
    return new TreeGoalView(
        goal.id,
        goal.kind,
        goal.title,
        goal.description,
        goal.position,
        goalsByParent.getOrDefault(goal.id, List.of()).stream().map(this::goal).toList(),
        indicatorsByGoal.getOrDefault(goal.id, List.of()).stream().map(this::indicator).toList());
  }

  private TreeIndicatorView indicator(Indicator indicator) {
    return new TreeIndicatorView(
        indicator.id,
        indicator.title,
        indicator.description,
        indicator.position,
        List.copyOf(indicator.comparisons),
        indicator.owner,
        indicator.source,
        pointsByIndicator.getOrDefault(indicator.id, List.of()).stream().map(this::point).toList());
  }

  private TreePointView point(MeasurementPoint point) {
    List<Evaluation> evaluations = evaluationsByPoint.getOrDefault(point.id, List.of());
    return new TreePointView(
        point.id,
        point.label,
        point.group,
        point.position,
        point.valueType,
        point.unit,
        List.copyOf(point.scale),
        point.direction,
        point.measuredAsOf,
        targetsByPoint.getOrDefault(point.id, List.of()).stream()
            .map(TreeTargetView::from)
            .toList(),
        baseline(evaluations),
        evaluations.stream()
            .filter(e -> year == null || e.year == year)
            .map(TreeEvaluationView::from)
            .toList());
  }

  /** The baseline year's outcome; of several (interim and full year), the latest counts. */
  private TreeBaselineView baseline(List<Evaluation> evaluations) {
    if (plan.baselineYear == null) {
      return null;
    }
    return evaluations.stream()
        .filter(e -> e.year == plan.baselineYear && e.kind == EvaluationKind.OUTCOME)
        .max(Comparator.comparing((Evaluation e) -> e.asOf))
        .map(TreeBaselineView::from)
        .orElse(null);
  }
}
