package se.styrkort.tree;

import static java.util.stream.Collectors.groupingBy;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.action.ActionCounts;
import se.styrkort.action.ActionService;
import se.styrkort.action.ActionStatus;
import se.styrkort.action.PlanAction;
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
import se.styrkort.report.FulfilmentViews;

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
  private final Embedded embedded;

  /**
   * What the tree carries beside its rows, where asked for: the plan's fulfilment of the year
   * (computed by the fulfilment service, indexed here by node), the statuses of its actions in the
   * year, and whether each point is cut to a summary.
   *
   * @param nodes each node's fulfilment by kind and id, or null when not asked for
   * @param points each point's judgement by id, or null when not asked for
   * @param actions each action's status in the year (null: not reported), or null when not asked
   *     for or when the fulfilment's nodes carry their counts already
   * @param withActions whether the nodes carry their action counts
   * @param summary whether points carry only the year's target and latest value
   */
  record Embedded(
      Map<NodeKind, Map<Long, FulfilmentViews.NodeFulfilment>> nodes,
      Map<Long, FulfilmentViews.PointFulfilment> points,
      Map<PlanAction, ActionStatus> actions,
      boolean withActions,
      boolean summary) {

    /** Nothing beside the rows. */
    static final Embedded NONE = new Embedded(null, null, null, false, false);

    /**
     * Indexes a plan's fulfilment document by node and by point.
     *
     * @param actions the actions' statuses, where the fulfilment does not count them (null)
     */
    static Embedded of(
        FulfilmentViews.TreeFulfilment fulfilment,
        Map<PlanAction, ActionStatus> actions,
        boolean withActions,
        boolean summary) {
      if (fulfilment == null) {
        return new Embedded(null, null, actions, withActions, summary);
      }
      Map<NodeKind, Map<Long, FulfilmentViews.NodeFulfilment>> nodes =
          new EnumMap<>(NodeKind.class);
      Map<Long, FulfilmentViews.PointFulfilment> points = new HashMap<>();
      ArrayDeque<FulfilmentViews.NodeFulfilment> open =
          new ArrayDeque<>(List.of(fulfilment.node()));
      while (!open.isEmpty()) {
        FulfilmentViews.NodeFulfilment node = open.pop();
        nodes.computeIfAbsent(node.kind(), k -> new HashMap<>()).put(node.id(), node);
        node.measurementPoints().forEach(p -> points.put(p.measurementPointId(), p));
        open.addAll(node.children());
      }
      return new Embedded(nodes, points, actions, withActions, summary);
    }
  }

  private PlanTreeAssembler(PlanRows rows, Embedded embedded) {
    this.plan = rows.plan();
    this.rows = rows;
    this.embedded = embedded;
    this.focusAreas = rows.goals().stream().filter(g -> g.parentId == null).toList();
    this.goalsByParent =
        rows.goals().stream().filter(g -> g.parentId != null).collect(groupingBy(g -> g.parentId));
    this.indicatorsByGoal = rows.indicators().stream().collect(groupingBy(i -> i.goalId));
    this.pointsByIndicator = rows.points().stream().collect(groupingBy(p -> p.indicatorId));
  }

  /** The plan as one document. */
  static PlanTreeView assemble(PlanRows rows) {
    return assemble(rows, Embedded.NONE);
  }

  /** The plan as one document, with what was asked for beside its rows. */
  static PlanTreeView assemble(PlanRows rows, Embedded embedded) {
    return new PlanTreeAssembler(rows, embedded).plan();
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
        fulfilment(NodeKind.PLAN, plan.id),
        actions(NodeKind.PLAN, plan.id, () -> ActionCounts.of(embedded.actions().values())),
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
        fulfilment(NodeKind.valueOf(goal.kind.name()), goal.id),
        actions(
            NodeKind.valueOf(goal.kind.name()),
            goal.id,
            () -> ActionService.count(embedded.actions(), goalsWithin(goal))),
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
        fulfilment(NodeKind.INDICATOR, indicator.id),
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

  /** The node's fulfilment, where asked for. */
  private TreeNodeFulfilment fulfilment(NodeKind kind, long id) {
    if (embedded.nodes() == null) {
      return null;
    }
    FulfilmentViews.NodeFulfilment node = embedded.nodes().getOrDefault(kind, Map.of()).get(id);
    return node == null ? null : TreeNodeFulfilment.of(node);
  }

  /**
   * The node's action counts where asked for: the fulfilment's, where it counted them (the same
   * include=actions asks it to), else counted here from the actions' statuses.
   */
  private ActionCounts actions(
      NodeKind kind, long id, java.util.function.Supplier<ActionCounts> counted) {
    if (!embedded.withActions()) {
      return null;
    }
    if (embedded.actions() != null) {
      return counted.get();
    }
    FulfilmentViews.NodeFulfilment node = embedded.nodes().getOrDefault(kind, Map.of()).get(id);
    return node == null ? null : node.actions();
  }

  /** The goal and every goal beneath it: whose actions a goal counts. */
  private List<Long> goalsWithin(Goal goal) {
    List<Long> within = new ArrayList<>();
    ArrayDeque<Goal> open = new ArrayDeque<>(List.of(goal));
    while (!open.isEmpty()) {
      Goal next = open.pop();
      within.add(next.id);
      open.addAll(goalsByParent.getOrDefault(next.id, List.of()));
    }
    return within;
  }

  private TreePointView point(MeasurementPoint point) {
    List<TreeTargetView> targets = rows.targetsByPoint().getOrDefault(point.id, List.of());
    List<TreeEvaluationView> evaluations =
        rows.evaluationsByPoint().getOrDefault(point.id, List.of());
    FulfilmentViews.PointFulfilment judged =
        embedded.points() == null ? null : embedded.points().get(point.id);
    List<ReferenceComparison> comparisons;
    if (embedded.summary() && judged != null) {
      // The judgement carries the year's target and the value judged: not twice.
      targets = List.of();
      evaluations = List.of();
      comparisons = List.of();
    } else if (embedded.summary()) {
      // The year's target and the latest value of the year (the values arrive by year and date).
      targets = targets.stream().filter(t -> t.year() == rows.year()).toList();
      evaluations =
          evaluations.isEmpty() ? List.of() : List.of(evaluations.get(evaluations.size() - 1));
      comparisons = List.of();
    } else {
      comparisons = comparisons(point);
    }
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
        targets,
        rows.baselines().get(point.id),
        evaluations,
        comparisons,
        judged == null ? null : TreePointFulfilment.of(judged));
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
