package se.styrkort.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import se.styrkort.assessment.NodeAssessments;
import se.styrkort.common.VersionedEntity;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.Target;
import se.styrkort.reference.ReferenceSeriesService;
import se.styrkort.reference.ReferenceSeriesView;
import se.styrkort.vocabulary.Language;

/**
 * Loads a plan tree in six statements whatever the plan's size: the plan with its goals and the
 * indicators with their points (joins), targets, follow-up values, reference series and their
 * values; each reached from the plan id through a subquery (the reference series and their values
 * through the plan's point ids), never row by row. Rows are read-only, so Hibernate keeps no
 * snapshots for dirty checking. Targets and follow-up values, ten or more per point, are streamed
 * from the database (fetch size) and turned into their views one by one, each entity let go at
 * once: a plan of 5,000 points and ten years holds 150,000 of them.
 */
@ApplicationScoped
class PlanTreeQueries {

  private static final String GOALS_OF_PLAN = "select g.id from Goal g where g.planId = :plan";
  private static final String POINTS_OF_PLAN =
      "select p.id from MeasurementPoint p, Indicator i, Goal g"
          + " where p.indicatorId = i.id and i.goalId = g.id and g.planId = :plan";
  private static final int FETCH_SIZE = 1000;

  @Inject EntityManager em;
  @Inject ReferenceSeriesService references;

  /**
   * The plan's rows, or empty when there is no such plan. With a year, only that year's follow-up
   * values are loaded, plus the baseline year's outcomes that every point shows.
   */
  Optional<PlanRows> load(
      long planId,
      Integer year,
      java.util.function.LongFunction<NodeAssessments.ByNode> assessments,
      Language language,
      String asked) {
    // The plan with its goals in one statement: one row per goal, or one row without a goal.
    List<Object[]> planAndGoals =
        query(
                "select p, g from Plan p left join Goal g on g.planId = p.id"
                    + " where p.id = :plan order by g.position, g.id",
                Object[].class,
                planId)
            .getResultList();
    if (planAndGoals.isEmpty()) {
      return Optional.empty();
    }
    Plan plan = (Plan) planAndGoals.get(0)[0];
    List<Goal> goals = new ArrayList<>();
    for (Object[] row : planAndGoals) {
      if (row[1] != null) {
        goals.add((Goal) row[1]);
      }
    }
    PlanTreeTag tag = new PlanTreeTag();
    tagged(tag, "plan", List.of(plan));
    tagged(tag, "goal", goals);
    // Indicators with their points in one statement; the points are then put in their own display
    // order (position, id), the order a statement of their own gave.
    List<Object[]> indicatorsAndPoints =
        query(
                ("select i, p from Indicator i left join MeasurementPoint p on p.indicatorId = i.id"
                        + " where i.goalId in (%s) order by i.position, i.id, p.position, p.id")
                    .formatted(GOALS_OF_PLAN),
                Object[].class,
                planId)
            .getResultList();
    List<Indicator> indicators = new ArrayList<>();
    List<MeasurementPoint> points = new ArrayList<>();
    for (Object[] row : indicatorsAndPoints) {
      Indicator indicator = (Indicator) row[0];
      if (indicators.isEmpty() || indicators.get(indicators.size() - 1) != indicator) {
        indicators.add(indicator);
      }
      if (row[1] != null) {
        points.add((MeasurementPoint) row[1]);
      }
    }
    points.sort(
        java.util.Comparator.<MeasurementPoint>comparingInt(p -> p.position)
            .thenComparing(p -> p.id));
    tagged(tag, "indicator", indicators);
    tagged(tag, "point", points);

    Map<Long, List<TreeTargetView>> targets = new HashMap<>();
    tag.table("target");
    stream(
        query(
            "from Target t where t.pointId in (%s) order by t.year, t.id".formatted(POINTS_OF_PLAN),
            Target.class,
            planId),
        tag,
        t ->
            targets
                .computeIfAbsent(t.pointId, id -> new ArrayList<>())
                .add(TreeTargetView.from(t)));

    Map<Long, List<TreeEvaluationView>> evaluations = new HashMap<>();
    Map<Long, Evaluation> baselines = new HashMap<>();
    Map<Long, TreeBaselineView> baselineViews = new HashMap<>();
    tag.table("evaluation");
    stream(
        evaluations(plan, year),
        tag,
        e -> {
          if (year == null || e.year == year) {
            evaluations
                .computeIfAbsent(e.pointId, id -> new ArrayList<>())
                .add(TreeEvaluationView.from(e));
          }
          // The baseline year's outcome; of several (interim and full year), the latest counts,
          // and of equally late ones the first.
          if (plan.baselineYear != null
              && e.year == plan.baselineYear
              && e.kind == EvaluationKind.OUTCOME) {
            Evaluation latest = baselines.get(e.pointId);
            if (latest == null || e.asOf.isAfter(latest.asOf)) {
              baselines.put(e.pointId, e);
              baselineViews.put(e.pointId, TreeBaselineView.from(e));
            }
          }
        });
    Map<Long, List<ReferenceSeriesView>> references =
        this.references.ofPoints(points.stream().map(p -> p.id).toList());
    tag.table("reference_series");
    references.values().stream()
        .flatMap(List::stream)
        .forEach(series -> tag.row(series.id(), series.version()));
    // Read last: a period that names nothing is refused after the plan is known to be there.
    NodeAssessments.ByNode assessed = assessments.apply(planId);
    tag.table(assessed == NodeAssessments.ByNode.NONE ? "no assessments" : "assessment");
    assessed.all().forEach(a -> tag.row(a.id(), a.version()));
    tag.table(asked);
    return Optional.of(
        new PlanRows(
            plan,
            goals,
            indicators,
            points,
            targets,
            evaluations,
            baselineViews,
            references,
            year,
            tag.value(),
            tag.lastModified(),
            assessed,
            language));
  }

  private TypedQuery<Evaluation> evaluations(Plan plan, Integer year) {
    String ofPlan = "from Evaluation e where e.pointId in (%s)".formatted(POINTS_OF_PLAN);
    String order = " order by e.year, e.asOf, e.kind, e.id";
    if (year == null) {
      return query(ofPlan + order, Evaluation.class, plan.id);
    }
    return query(
            ofPlan
                + " and (e.year = :year or (e.year = :baselineYear and e.kind = :outcome))"
                + order,
            Evaluation.class,
            plan.id)
        .setParameter("year", year)
        // No baseline year: -1 matches no row, and keeps the statement the same shape.
        .setParameter("baselineYear", plan.baselineYear == null ? -1 : plan.baselineYear)
        .setParameter("outcome", EvaluationKind.OUTCOME);
  }

  private static void tagged(PlanTreeTag tag, String table, List<? extends VersionedEntity> rows) {
    tag.table(table);
    rows.forEach(tag::row);
  }

  /** Hands each row to {@code use} as it arrives, then lets the session forget it. */
  private <T extends VersionedEntity> void stream(
      TypedQuery<T> query, PlanTreeTag tag, Consumer<T> use) {
    try (Stream<T> rows =
        query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream()) {
      rows.forEach(
          row -> {
            tag.row(row);
            use.accept(row);
            em.detach(row);
          });
    }
  }

  private <T> TypedQuery<T> query(String hql, Class<T> type, long planId) {
    return em.createQuery(hql, type)
        .setParameter("plan", planId)
        .setHint(HibernateHints.HINT_READ_ONLY, true);
  }
}
