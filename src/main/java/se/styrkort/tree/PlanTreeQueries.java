package se.styrkort.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.Target;

/**
 * Loads a plan tree in six statements, one per table, whatever the plan's size: each table is
 * reached from the plan id through a subquery, never row by row. Rows are read-only, so Hibernate
 * keeps no snapshots for dirty checking.
 */
@ApplicationScoped
class PlanTreeQueries {

  private static final String GOALS_OF_PLAN = "select g.id from Goal g where g.planId = :plan";
  private static final String INDICATORS_OF_PLAN =
      "select i.id from Indicator i, Goal g where i.goalId = g.id and g.planId = :plan";
  private static final String POINTS_OF_PLAN =
      "select p.id from MeasurementPoint p, Indicator i, Goal g"
          + " where p.indicatorId = i.id and i.goalId = g.id and g.planId = :plan";

  @Inject EntityManager em;

  /**
   * The plan's rows, or empty when there is no such plan. With a year, only that year's follow-up
   * values are loaded, plus the baseline year's outcomes that every point shows.
   */
  Optional<PlanRows> load(long planId, Integer year) {
    List<Plan> plans = query("from Plan p where p.id = :plan", Plan.class, planId).getResultList();
    if (plans.isEmpty()) {
      return Optional.empty();
    }
    Plan plan = plans.get(0);
    List<Goal> goals =
        query("from Goal g where g.planId = :plan order by g.position, g.id", Goal.class, planId)
            .getResultList();
    List<Indicator> indicators =
        query(
                "from Indicator i where i.goalId in (%s) order by i.position, i.id"
                    .formatted(GOALS_OF_PLAN),
                Indicator.class,
                planId)
            .getResultList();
    List<MeasurementPoint> points =
        query(
                "from MeasurementPoint p where p.indicatorId in (%s) order by p.position, p.id"
                    .formatted(INDICATORS_OF_PLAN),
                MeasurementPoint.class,
                planId)
            .getResultList();
    List<Target> targets =
        query(
                "from Target t where t.pointId in (%s) order by t.year, t.id"
                    .formatted(POINTS_OF_PLAN),
                Target.class,
                planId)
            .getResultList();
    return Optional.of(
        new PlanRows(plan, goals, indicators, points, targets, evaluations(plan, year)));
  }

  private List<Evaluation> evaluations(Plan plan, Integer year) {
    String ofPlan = "from Evaluation e where e.pointId in (%s)".formatted(POINTS_OF_PLAN);
    String order = " order by e.year, e.asOf, e.kind, e.id";
    if (year == null) {
      return query(ofPlan + order, Evaluation.class, plan.id).getResultList();
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
        .setParameter("outcome", EvaluationKind.OUTCOME)
        .getResultList();
  }

  private <T> TypedQuery<T> query(String hql, Class<T> type, long planId) {
    return em.createQuery(hql, type)
        .setParameter("plan", planId)
        .setHint(HibernateHints.HINT_READ_ONLY, true);
  }
}
