package se.styrkort.tree;

import static java.util.stream.Collectors.groupingBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.assessment.NodeAssessments;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.FulfilmentRuleView;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.reference.ReferenceComparison;
import se.styrkort.reference.ReferenceSeriesView;

/**
 * Builds the nested document from a plan's rows in memory. The rows arrive in display order, and
 * grouping keeps that order within each parent; targets, values and baselines come grouped.
 */
final class PlanTreeAssembler {

  private final Plan plan;
  private final Map<Long, List<Goal>> goalsByParent;
  private final Map<Long, List<Indicator>> indicatorsByGoal;
  private final Map<Long, List<MeasurementPoint>> pointsByIndicator;
  private final PlanRows rows;
  private final List<Goal> focusAreas;

  private PlanTreeAssembler(PlanRows rows) {
    this.plan = rows.plan();
    this.rows = rows;
    this.focusAreas = rows.goals().stream().filter(g -> g.parentId == null).toList();
    this.goalsByParent =
        rows.goals().stream().filter(g -> g.parentId != null).collect(groupingBy(g -> g.parentId));
    this.indicatorsByGoal = rows.indicators().stream().collect(groupingBy(i -> i.goalId));
    this.pointsByIndicator = rows.points().stream().collect(groupingBy(p -> p.indicatorId));
  }

  /** The plan as one document. */
  static PlanTreeView assemble(PlanRows rows) {
    return new PlanTreeAssembler(rows).plan();
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
        assessment(NodeKind.PLAN, plan.id),
        plan.version,
        rows.lastModified(),
        focusAreas.stream().map(this::goal).toList());
  }

  private TreeGoalView goal(Goal goal) {
    return new TreeGoalView(
        goal.id,
        goal.kind,
        goal.title,
        goal.description,
        goal.position,
        assessment(NodeKind.valueOf(goal.kind.name()), goal.id),
        goalsByParent.getOrDefault(goal.id, List.of()).stream().map(this::goal).toList(),
        indicatorsByGoal.getOrDefault(goal.id, List.of()).stream().map(this::indicator).toList());
  }

  private TreeIndicatorView indicator(Indicator indicator) {
    return new TreeIndicatorView(
        indicator.id,
        indicator.title,
        indicator.description,
        indicator.position,
        assessment(NodeKind.INDICATOR, indicator.id),
        List.copyOf(indicator.comparisons),
        indicator.owner,
        indicator.source,
        pointsByIndicator.getOrDefault(indicator.id, List.of()).stream().map(this::point).toList());
  }

  /** The node's assessment, where asked for and there is one. */
  private NodeAssessment assessment(NodeKind kind, long id) {
    NodeAssessments.Row row = rows.assessments().of(kind, id);
    return row == null ? null : NodeAssessment.of(row, rows.language());
  }

  private TreePointView point(MeasurementPoint point) {
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
        rows.targetsByPoint().getOrDefault(point.id, List.of()),
        rows.baselines().get(point.id),
        rows.evaluationsByPoint().getOrDefault(point.id, List.of()),
        comparisons(point));
  }

  /** Each series' values (of the asked year, if any) beside the outcome of their year. */
  private List<ReferenceComparison> comparisons(MeasurementPoint point) {
    List<ReferenceSeriesView> series = rows.referencesByPoint().getOrDefault(point.id, List.of());
    if (series.isEmpty()) {
      return List.of();
    }
    Map<Integer, BigDecimal> outcomes = outcomes(point);
    List<ReferenceComparison> comparisons = new ArrayList<>();
    for (ReferenceSeriesView s : series) {
      for (ReferenceSeriesView.Value value : s.values()) {
        if (rows.year() == null || rows.year() == value.year()) {
          comparisons.add(ReferenceComparison.of(s, value.year(), outcomes.get(value.year())));
        }
      }
    }
    return comparisons;
  }

  /** The point's numeric outcome of each year: the latest by date, as the fulfilment takes it. */
  private Map<Integer, BigDecimal> outcomes(MeasurementPoint point) {
    Map<Integer, BigDecimal> outcomes = new HashMap<>();
    // The values arrive by year and date, so a later one of the same year replaces an earlier.
    for (TreeEvaluationView e : rows.evaluationsByPoint().getOrDefault(point.id, List.of())) {
      if (e.kind() == EvaluationKind.OUTCOME) {
        outcomes.put(e.year(), e.value() instanceof BigDecimal number ? number : null);
      }
    }
    return outcomes;
  }
}
