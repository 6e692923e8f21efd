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
 * Loads a plan tree in eight statements, one per table, whatever the plan's size: each table is
 * reached from the plan id through a subquery (the reference series and their values through the
 * plan's point ids), never row by row. Rows are read-only, so Hibernate keeps no snapshots for
 * dirty checking. Targets and follow-up values, ten or more per point, are streamed from the
 * database (fetch size) and turned into their views one by one, each entity let go at once: a plan
 * of 5,000 points and ten years holds 150,000 of them.
 */
@ApplicationScoped
class PlanTreeQueries {

  private static final String GOALS_OF_PLAN = "select g.id from Goal g where g.planId = :plan";
  private static final String INDICATORS_OF_PLAN =
      "select i.id from Indicator i, Goal g where i.goalId = g.id and g.planId = :plan";
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
    List<Plan> plans = query("from Plan p where p.id = :plan", Plan.class, planId).getResultList();
    if (plans.isEmpty()) {
      return Optional.empty();
    }
    Plan plan = plans.get(0);
    PlanTreeTag tag = new PlanTreeTag();
    tagged(tag, "plan", plans);
    List<Goal> goals =
        query("from Goal g where g.planId = :plan order by g.position, g.id", Goal.class, planId)
            .getResultList();
    tagged(tag, "goal", goals);
    List<Indicator> indicators =
        query(
                "from Indicator i where i.goalId in (%s) order by i.position, i.id"
                    .formatted(GOALS_OF_PLAN),
                Indicator.class,
                planId)
            .getResultList();
    tagged(tag, "indicator", indicators);
    List<MeasurementPoint> points =
        query(
                "from MeasurementPoint p where p.indicatorId in (%s) order by p.position, p.id"
                    .formatted(INDICATORS_OF_PLAN),
                MeasurementPoint.class,
                planId)
            .getResultList();
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
