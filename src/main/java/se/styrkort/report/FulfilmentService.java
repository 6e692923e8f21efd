package se.styrkort.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.styrkort.assessment.NodeAssessments;
import se.styrkort.common.DomainException;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.Assessments;
import se.styrkort.fulfilment.Basis;
import se.styrkort.fulfilment.Fulfilment;
import se.styrkort.fulfilment.FulfilmentOptions;
import se.styrkort.fulfilment.FulfilmentReport;
import se.styrkort.fulfilment.NodeInput;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Observation;
import se.styrkort.fulfilment.PlanContext;
import se.styrkort.fulfilment.PointInput;
import se.styrkort.fulfilment.TargetSpec;
import se.styrkort.goal.Goal;
import se.styrkort.goal.GoalKind;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.FulfilmentRuleView;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.reference.ReferenceSeriesService;
import se.styrkort.reference.ReferenceSeriesView;
import se.styrkort.report.FulfilmentLoader.LoadedTarget;
import se.styrkort.report.FulfilmentViews.PointSeries;
import se.styrkort.report.FulfilmentViews.RuleInForce;
import se.styrkort.report.FulfilmentViews.TreeFulfilment;
import se.styrkort.vocabulary.RequestLanguage;

/**
 * Computes fulfilment for a node of a plan: loads the node's structure, targets and the follow-up
 * values that the year needs (a fixed number of statements), hands them to the pure core, and maps
 * the result.
 */
@ApplicationScoped
@Transactional
public class FulfilmentService {

  private static final int LONGEST_SERIES = 50;

  @Inject FulfilmentLoader loader;
  @Inject NodeAssessments nodeAssessments;
  @Inject ReferenceSeriesService references;
  @Inject RequestLanguage language;
  @Inject se.styrkort.action.ActionService actions;
  @Inject FulfilmentIncludes includes;

  public TreeFulfilment forPlan(long planId, Integer year, Basis basis, boolean approvedOnly) {
    return ofPlan(planId, year, basis, approvedOnly, null);
  }

  /**
   * A whole plan as it stood at a reporting date: only follow-up values dated on or before {@code
   * asOf} count, and each node's assessment is the latest of the year's periods up to that date
   * (the report document of a period, issue 21).
   */
  public TreeFulfilment forPlanAsOf(
      long planId, int year, Basis basis, boolean approvedOnly, java.time.LocalDate asOf) {
    return ofPlan(planId, year, basis, approvedOnly, asOf);
  }

  /** The plan from one read of its structure (values up to {@code asOf} when it is given). */
  private TreeFulfilment ofPlan(
      long planId, Integer year, Basis basis, boolean approvedOnly, java.time.LocalDate asOf) {
    se.styrkort.plan.PlanStructure read = loader.structure(planId, year);
    return evaluate(
        read.plan(),
        read.goals(),
        new FulfilmentLoader.IndicatorsWithPoints(read.indicators(), read.points()),
        FulfilmentLoader.targets(read),
        NodeKind.PLAN,
        planId,
        year,
        basis,
        approvedOnly,
        asOf);
  }

  public TreeFulfilment forGoal(long goalId, Integer year, Basis basis, boolean approvedOnly) {
    Goal goal = loader.goal(goalId);
    Plan plan = loader.plan(goal.planId);
    return evaluate(plan, kindOf(goal), goal.id, year, basis, approvedOnly, null);
  }

  public TreeFulfilment forIndicator(
      long indicatorId, Integer year, Basis basis, boolean approvedOnly) {
    Indicator indicator = loader.indicator(indicatorId);
    Plan plan = loader.plan(loader.goal(indicator.goalId).planId);
    return evaluate(plan, NodeKind.INDICATOR, indicator.id, year, basis, approvedOnly, null);
  }

  /** One point for one year, or for every year from fromYear to toYear: a chart's series. */
  public PointSeries forPoint(
      long pointId,
      Integer year,
      Integer fromYear,
      Integer toYear,
      Basis basis,
      boolean approvedOnly) {
    MeasurementPoint point = loader.point(pointId);
    Plan plan = loader.plan(loader.goal(loader.indicator(point.indicatorId).goalId).planId);
    List<LoadedTarget> targets = loader.targets(pointId);
    int from;
    int to;
    if (fromYear == null && toYear == null) {
      from = to = yearOrDefault(plan, year, targets.stream().mapToInt(t -> t.spec().year()).max());
    } else {
      if (year != null) {
        throw DomainException.invalid("year", "give either year or fromYear/toYear, not both");
      }
      from = fromYear == null ? plan.startYear : fromYear;
      to = toYear == null ? plan.endYear : toYear;
      checkRange(plan, from, to);
    }
    PlanContext context = context(plan);
    Basis used = basis == null ? Basis.LATEST : basis;
    PointInput input = input(point, targets, loader.observations(pointId));
    Map<Integer, String> written = writtenByYear(targets);
    List<ReferenceSeriesView> comparisons =
        references.ofPoints(List.of(pointId)).getOrDefault(pointId, List.of());
    List<FulfilmentViews.PointFulfilment> years =
        Fulfilment.series(input, context, from, to, used, approvedOnly).stream()
            .map(
                result ->
                    FulfilmentMapper.point(
                        result, point, written.get(result.year()), comparisons, language.get()))
            .toList();
    return new PointSeries(
        plan.id,
        point.id,
        point.label,
        used,
        approvedOnly,
        plan.baselineYear,
        RuleInForce.of(context.rule()),
        years);
  }

  private TreeFulfilment evaluate(
      Plan plan,
      NodeKind kind,
      long id,
      Integer year,
      Basis basis,
      boolean approvedOnly,
      java.time.LocalDate asOf) {
    List<Goal> goals = kind == NodeKind.INDICATOR ? List.of() : loader.goals(plan);
    return evaluate(plan, goals, null, null, kind, id, year, basis, approvedOnly, asOf);
  }

  /**
   * With the plan's goals read already (none for an indicator), and for a whole plan its indicators
   * with their points too (the plan's structure is one statement, {@link
   * se.styrkort.plan.PlanStructure}, {@code readStructure}); else the indicators are read with
   * their points in one statement. Without a year the targets of the plan's latest target year are
   * read in one more (for a whole plan, with its structure, {@code structureTargets}): a plan's
   * fulfilment takes four statements whatever its size (structure with targets, values,
   * assessments, reference series).
   */
  private TreeFulfilment evaluate(
      Plan plan,
      List<Goal> goals,
      FulfilmentLoader.IndicatorsWithPoints readStructure,
      Map<Long, List<LoadedTarget>> structureTargets,
      NodeKind kind,
      long id,
      Integer year,
      Basis basis,
      boolean approvedOnly,
      java.time.LocalDate asOf) {
    List<Indicator> indicators;
    Map<Long, List<MeasurementPoint>> allPoints;
    if (kind == NodeKind.INDICATOR) {
      indicators = List.of(loader.indicator(id));
      allPoints = null;
    } else {
      FulfilmentLoader.IndicatorsWithPoints read =
          readStructure != null ? readStructure : loader.indicatorsWithPoints(plan);
      indicators = read.indicators();
      allPoints = read.points();
    }
    Structure structure = new Structure(goals, indicators);
    List<Indicator> included = structure.indicatorsBeneath(kind, id);
    List<Long> indicatorIds = included.stream().map(indicator -> indicator.id).toList();
    Map<Long, List<MeasurementPoint>> points;
    if (allPoints == null) {
      points = loader.points(indicatorIds);
    } else {
      points = new HashMap<>();
      for (Long indicatorId : indicatorIds) {
        List<MeasurementPoint> of = allPoints.get(indicatorId);
        if (of != null) {
          points.put(indicatorId, of);
        }
      }
    }

    int judgedYear;
    Map<Long, List<LoadedTarget>> targets;
    if (year != null) {
      judgedYear = yearOrDefault(plan, year, java.util.OptionalInt.empty());
      // Read with the structure where it was (the targets of that year).
      targets =
          structureTargets != null
              ? structureTargets
              : loader.targets(indicatorIds, Set.of(judgedYear));
    } else {
      // The latest target year of the whole plan, read with the targets of that year (with the
      // structure, where it was); only when these points have none in it is the year read on its
      // own.
      targets =
          structureTargets != null
              ? structureTargets
              : loader.targetsOfLatestYear(plan, indicatorIds);
      java.util.OptionalInt latest =
          targets.values().stream()
              .flatMap(List::stream)
              .mapToInt(target -> target.spec().year())
              .max();
      if (latest.isEmpty() && kind != NodeKind.PLAN) {
        latest = optional(loader.latestTargetYear(plan));
      }
      // Either way the targets read are those of the judged year: none of these points has one
      // in the plan's latest target year, or the plan has no target at all.
      judgedYear = yearOrDefault(plan, null, latest);
    }
    Map<Long, List<Observation>> observations =
        loader.observations(indicatorIds, yearsNeeded(plan, judgedYear, targets));
    if (asOf != null) {
      observations.replaceAll(
          (point, list) ->
              list.stream().filter(observation -> !observation.asOf().isAfter(asOf)).toList());
    }

    Function<Indicator, NodeInput> indicatorNode =
        indicator ->
            NodeInput.indicator(
                indicator.id,
                points.getOrDefault(indicator.id, List.of()).stream()
                    .map(
                        point ->
                            input(
                                point,
                                targets.getOrDefault(point.id, List.of()),
                                observations.getOrDefault(point.id, List.of())))
                    .toList());
    NodeInput root = structure.node(kind, id, plan.id, indicatorNode);
    NodeAssessments.ByNode assessed = nodeAssessments.latestOfYear(plan.id, judgedYear, asOf);
    PlanContext context = context(plan);
    FulfilmentReport report =
        Fulfilment.evaluateTree(
            root,
            context,
            new FulfilmentOptions(judgedYear, basis, approvedOnly),
            approved(assessed));
    Map<Long, List<ReferenceSeriesView>> comparisons =
        references.ofPoints(
            points.values().stream().flatMap(List::stream).map(point -> point.id).toList());
    return new FulfilmentMapper(
            plan,
            structure,
            points,
            targets,
            comparisons,
            assessed,
            kind == NodeKind.INDICATOR || !includes.actions()
                ? null
                : actions.statusInYear(plan.id, judgedYear),
            language.get())
        .tree(report);
  }

  /** The approved ones among the assessments shown: the core's input to the roll-up. */
  private static Assessments approved(NodeAssessments.ByNode shown) {
    Map<NodeKind, Map<Long, AssessedStatus>> approved = new HashMap<>();
    for (NodeAssessments.Row row : shown.all()) {
      if (row.state() == EvaluationState.APPROVED) {
        approved
            .computeIfAbsent(row.nodeKind(), k -> new HashMap<>())
            .put(row.nodeId(), row.status());
      }
    }
    return new Assessments(approved);
  }

  /**
   * Every node of a plan's goal tree in one year, parents before children and siblings in position
   * order, with the computed status (basis LATEST, every value counted) and the assessment of the
   * latest reporting period of the year that has one: any assessment for a signed-in reader, an
   * APPROVED one only for an anonymous reader (a draft is work in progress).
   */
  public List<NodeYear> nodeYears(long planId, int year, boolean approvedAssessmentsOnly) {
    Plan plan = loader.plan(planId);
    TreeFulfilment tree = evaluate(plan, NodeKind.PLAN, plan.id, year, Basis.LATEST, false, null);
    NodeAssessments.ByNode assessed =
        approvedAssessmentsOnly
            ? nodeAssessments.latestApprovedOfYear(plan.id, tree.year())
            : nodeAssessments.latestOfYear(plan.id, tree.year());
    List<NodeYear> rows = new ArrayList<>();
    flatten(tree.node(), null, 0, null, null, plan.id, tree.year(), assessed, rows);
    return rows;
  }

  private static void flatten(
      FulfilmentViews.NodeFulfilment node,
      FulfilmentViews.NodeFulfilment parent,
      int depth,
      String code,
      String path,
      long planId,
      int year,
      NodeAssessments.ByNode assessed,
      List<NodeYear> rows) {
    NodeAssessments.Row assessment = assessed.of(node.kind(), node.id());
    FulfilmentViews.StatusCountsView counts = node.counts();
    rows.add(
        new NodeYear(
            planId,
            year,
            node.kind(),
            node.id(),
            parent == null ? null : parent.kind(),
            parent == null ? null : parent.id(),
            depth,
            code,
            path,
            node.title(),
            node.status(),
            new se.styrkort.fulfilment.StatusCounts(
                counts.fulfilled(),
                counts.partiallyFulfilled(),
                counts.notFulfilled(),
                counts.noData(),
                counts.noTarget()),
            node.shareFulfilled(),
            assessment == null ? null : assessment.status(),
            assessment == null ? null : assessment.outlook(),
            assessment == null ? null : assessment.periodCode(),
            assessment == null ? null : assessment.status().deviatesFrom(node.status())));
    // A child's rank counts its own kind among its siblings (goals apart from indicators), as the
    // facts' codes do.
    int goals = 0;
    int indicators = 0;
    for (FulfilmentViews.NodeFulfilment child : node.children()) {
      int rank = child.kind() == NodeKind.INDICATOR ? ++indicators : ++goals;
      flatten(
          child,
          node,
          depth + 1,
          code == null ? Integer.toString(rank) : code + "." + rank,
          path == null ? child.title() : path + " / " + child.title(),
          planId,
          year,
          assessed,
          rows);
    }
  }

  /**
   * The outcomes a year's judgement reads: its own, the previous year, the baseline, references.
   */
  private static Set<Integer> yearsNeeded(
      Plan plan, int year, Map<Long, List<LoadedTarget>> targets) {
    Set<Integer> years = new HashSet<>(List.of(year, year - 1));
    if (plan.baselineYear != null) {
      years.add(plan.baselineYear);
    }
    for (List<LoadedTarget> forPoint : targets.values()) {
      for (LoadedTarget target : forPoint) {
        if (target.spec().referencedOutcomeYear() != null) {
          years.add(target.spec().referencedOutcomeYear());
        }
      }
    }
    return years;
  }

  private static int yearOrDefault(Plan plan, Integer year, java.util.OptionalInt latestTarget) {
    int chosen = year != null ? year : latestTarget.orElse(plan.endYear);
    if (chosen < plan.startYear || chosen > plan.endYear) {
      throw DomainException.invalid(
          "year", "must lie within the plan's years " + plan.startYear + "–" + plan.endYear);
    }
    return chosen;
  }

  private static void checkRange(Plan plan, int from, int to) {
    int first = plan.firstRecordedYear();
    List<se.styrkort.common.Problem.FieldError> errors = new ArrayList<>();
    if (from < first || from > plan.endYear) {
      errors.add(
          new se.styrkort.common.Problem.FieldError(
              "fromYear", "must lie within " + first + "–" + plan.endYear));
    }
    if (to < first || to > plan.endYear) {
      errors.add(
          new se.styrkort.common.Problem.FieldError(
              "toYear", "must lie within " + first + "–" + plan.endYear));
    }
    if (errors.isEmpty() && from > to) {
      errors.add(
          new se.styrkort.common.Problem.FieldError("toYear", "must not be before fromYear"));
    }
    if (errors.isEmpty() && to - from >= LONGEST_SERIES) {
      errors.add(
          new se.styrkort.common.Problem.FieldError(
              "toYear", "a series spans at most " + LONGEST_SERIES + " years"));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }

  private static java.util.OptionalInt optional(Integer value) {
    return value == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(value);
  }

  static PlanContext context(Plan plan) {
    return new PlanContext(plan.baselineYear, FulfilmentRuleView.from(plan).toRule());
  }

  static PointInput input(
      MeasurementPoint point, List<LoadedTarget> targets, List<Observation> observations) {
    List<TargetSpec> specs = targets.stream().map(LoadedTarget::spec).toList();
    return new PointInput(
        point.id, point.valueType, point.scale, point.direction, specs, observations);
  }

  private static Map<Integer, String> writtenByYear(List<LoadedTarget> targets) {
    Map<Integer, String> written = new HashMap<>();
    targets.forEach(target -> written.put(target.spec().year(), target.written()));
    return written;
  }

  private static NodeKind kindOf(Goal goal) {
    return goal.kind == GoalKind.FOCUS_AREA ? NodeKind.FOCUS_AREA : NodeKind.GOAL;
  }

  /** The goal tree of a plan, indexed for building the core's input and naming its output. */
  static final class Structure {
    final Map<Long, Goal> goals;
    final Map<Long, Indicator> indicators;
    private final Map<Long, List<Goal>> childGoals = new HashMap<>();
    private final Map<Long, List<Indicator>> indicatorsOfGoal = new HashMap<>();
    private final List<Goal> focusAreas = new ArrayList<>();

    Structure(List<Goal> goals, List<Indicator> indicators) {
      this.goals = goals.stream().collect(Collectors.toMap(goal -> goal.id, goal -> goal));
      this.indicators =
          indicators.stream().collect(Collectors.toMap(indicator -> indicator.id, i -> i));
      Comparator<Goal> byPosition =
          Comparator.comparingInt((Goal g) -> g.position).thenComparing(g -> g.id);
      for (Goal goal : goals) {
        if (goal.parentId == null) {
          focusAreas.add(goal);
        } else {
          childGoals.computeIfAbsent(goal.parentId, id -> new ArrayList<>()).add(goal);
        }
      }
      focusAreas.sort(byPosition);
      childGoals.values().forEach(list -> list.sort(byPosition));
      for (Indicator indicator : indicators) {
        indicatorsOfGoal.computeIfAbsent(indicator.goalId, id -> new ArrayList<>()).add(indicator);
      }
      indicatorsOfGoal
          .values()
          .forEach(
              list ->
                  list.sort(
                      Comparator.comparingInt((Indicator i) -> i.position)
                          .thenComparing(i -> i.id)));
    }

    List<Indicator> indicatorsBeneath(NodeKind kind, long id) {
      return switch (kind) {
        case PLAN -> List.copyOf(indicators.values());
        case INDICATOR -> List.of(indicators.get(id));
        case FOCUS_AREA, GOAL -> {
          List<Indicator> found = new ArrayList<>();
          collect(id, found);
          yield found;
        }
      };
    }

    /** The goal and every goal beneath it. */
    Set<Long> goalsWithin(long goalId) {
      Set<Long> within = new HashSet<>();
      java.util.ArrayDeque<Long> open = new java.util.ArrayDeque<>(List.of(goalId));
      while (!open.isEmpty()) {
        long id = open.pop();
        if (within.add(id)) {
          childGoals.getOrDefault(id, List.of()).forEach(child -> open.push(child.id));
        }
      }
      return within;
    }

    private void collect(long goalId, List<Indicator> found) {
      found.addAll(indicatorsOfGoal.getOrDefault(goalId, List.of()));
      for (Goal child : childGoals.getOrDefault(goalId, List.of())) {
        collect(child.id, found);
      }
    }

    NodeInput node(
        NodeKind kind, long id, long planId, Function<Indicator, NodeInput> indicatorNode) {
      return switch (kind) {
        case PLAN ->
            NodeInput.of(
                NodeKind.PLAN,
                planId,
                focusAreas.stream().map(area -> goalNode(area, indicatorNode)).toList());
        case INDICATOR -> indicatorNode.apply(indicators.get(id));
        case FOCUS_AREA, GOAL -> goalNode(goals.get(id), indicatorNode);
      };
    }

    private NodeInput goalNode(Goal goal, Function<Indicator, NodeInput> indicatorNode) {
      List<NodeInput> children = new ArrayList<>();
      for (Goal child : childGoals.getOrDefault(goal.id, List.of())) {
        children.add(goalNode(child, indicatorNode));
      }
      for (Indicator indicator : indicatorsOfGoal.getOrDefault(goal.id, List.of())) {
        children.add(indicatorNode.apply(indicator));
      }
      return NodeInput.of(kindOf(goal), goal.id, children);
    }
  }
}
