package se.styrkort.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.styrkort.common.DomainException;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.followup.FollowUpRows.GoalRow;
import se.styrkort.followup.FollowUpRows.IndicatorRow;
import se.styrkort.followup.FollowUpRows.PointRow;
import se.styrkort.followup.FollowUpRows.ValueRow;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.goal.GoalKind;
import se.styrkort.plan.Plan;

/**
 * Reads one year of a plan in six statements, whatever its size: one per table, each narrowed to
 * the plan by an {@code in} subquery. Only the columns the report shows are selected, as plain rows
 * rather than managed entities.
 */
@ApplicationScoped
class FollowUpLoader {

  private static final String GOALS = "(select g.id from Goal g where g.planId = :plan)";
  private static final String INDICATORS =
      "(select i.id from Indicator i where i.goalId in " + GOALS + ")";
  private static final String POINTS =
      "(select p.id from MeasurementPoint p where p.indicatorId in " + INDICATORS + ")";

  @Inject EntityManager em;

  FollowUpRows load(long planId, int year) {
    Plan plan = em.find(Plan.class, planId);
    if (plan == null) {
      throw DomainException.notFound("plan", planId);
    }
    return new FollowUpRows(
        plan,
        goals(planId),
        indicators(planId),
        points(planId),
        targeted(planId, year),
        values(planId, year));
  }

  private List<GoalRow> goals(long planId) {
    return rows(
            "select g.id, g.parentId, g.kind, g.title from Goal g where g.planId = :plan"
                + " order by g.position, g.id",
            planId,
            null)
        .stream()
        .map(r -> new GoalRow((Long) r[0], (Long) r[1], (GoalKind) r[2], (String) r[3]))
        .toList();
  }

  private List<IndicatorRow> indicators(long planId) {
    return rows(
            "select i.id, i.goalId, i.title from Indicator i where i.goalId in "
                + GOALS
                + " order by i.position, i.id",
            planId,
            null)
        .stream()
        .map(r -> new IndicatorRow((Long) r[0], (Long) r[1], (String) r[2]))
        .toList();
  }

  private List<PointRow> points(long planId) {
    return rows(
            "select p.id, p.indicatorId, p.label from MeasurementPoint p where p.indicatorId in "
                + INDICATORS
                + " order by p.position, p.id",
            planId,
            null)
        .stream()
        .map(r -> new PointRow((Long) r[0], (Long) r[1], (String) r[2]))
        .toList();
  }

  private Set<Long> targeted(long planId, int year) {
    return new HashSet<>(
        em.createQuery(
                "select distinct t.pointId from Target t where t.year = :year and t.pointId in "
                    + POINTS,
                Long.class)
            .setParameter("plan", planId)
            .setParameter("year", year)
            .getResultList());
  }

  private List<ValueRow> values(long planId, int year) {
    return rows(
            "select e.id, e.pointId, e.kind, e.asOf, e.state, e.year from Evaluation e where"
                + " e.year = :year"
                + " and e.pointId in "
                + POINTS,
            planId,
            year)
        .stream()
        .map(
            r ->
                new ValueRow(
                    (Long) r[0],
                    (Long) r[1],
                    (Integer) r[5],
                    (EvaluationKind) r[2],
                    (LocalDate) r[3],
                    (EvaluationState) r[4]))
        .toList();
  }

  private List<Object[]> rows(String query, long planId, Integer year) {
    var typed = em.createQuery(query, Object[].class).setParameter("plan", planId);
    if (year != null) {
      typed.setParameter("year", year);
    }
    return typed.getResultList();
  }
}
