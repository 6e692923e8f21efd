package se.styrkort.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import se.styrkort.common.DomainException;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.Observation;
import se.styrkort.fulfilment.TargetSpec;
import se.styrkort.fulfilment.Value;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;

/**
 * Loads what a fulfilment request needs in a fixed number of statements, whatever the plan's size:
 * one per table, never one per row. Targets and follow-up values are read as plain rows (no managed
 * entities), since there may be tens of thousands of them.
 */
@ApplicationScoped
class FulfilmentLoader {

  @Inject EntityManager em;

  Plan plan(long planId) {
    Plan plan = em.find(Plan.class, planId);
    if (plan == null) {
      throw DomainException.notFound("plan", planId);
    }
    return plan;
  }

  Goal goal(long goalId) {
    Goal goal = em.find(Goal.class, goalId);
    if (goal == null) {
      throw DomainException.notFound("goal", goalId);
    }
    return goal;
  }

  Indicator indicator(long indicatorId) {
    Indicator indicator = em.find(Indicator.class, indicatorId);
    if (indicator == null) {
      throw DomainException.notFound("indicator", indicatorId);
    }
    return indicator;
  }

  MeasurementPoint point(long pointId) {
    MeasurementPoint point = em.find(MeasurementPoint.class, pointId);
    if (point == null) {
      throw DomainException.notFound("measurement point", pointId);
    }
    return point;
  }

  /**
   * A plan with its goals, indicators and points and each point's target of {@code year} (without
   * it, of the plan's latest target year), in one statement; 404 when it is not there.
   */
  se.styrkort.plan.PlanStructure structure(long planId, Integer year) {
    return se.styrkort.plan.PlanStructure.readWithTargets(em, planId, year)
        .orElseThrow(() -> DomainException.notFound("plan", planId));
  }

  /** The targets that {@link #structure} read, by point id, as the core takes them. */
  static Map<Long, List<LoadedTarget>> targets(se.styrkort.plan.PlanStructure structure) {
    Map<Long, List<LoadedTarget>> byPoint = new HashMap<>();
    structure
        .targets()
        .forEach(
            (point, columns) ->
                byPoint.computeIfAbsent(point, id -> new ArrayList<>()).add(loaded(columns)));
    return byPoint;
  }

  /**
   * A target from its columns year, comparator, number, level, yes/no, reference year, previous
   * year, written.
   */
  private static LoadedTarget loaded(Object[] row) {
    TargetSpec spec =
        new TargetSpec(
            (Integer) row[0],
            (Comparator) row[1],
            value(row[2], row[3], row[4]),
            (Integer) row[5],
            (Boolean) row[6]);
    return new LoadedTarget(spec, (String) row[7]);
  }

  /**
   * Every indicator of the plan (ordered by position among siblings) with its measurement points
   * (by indicator id, ordered by position), in one statement.
   */
  record IndicatorsWithPoints(
      List<Indicator> indicators, Map<Long, List<MeasurementPoint>> points) {}

  IndicatorsWithPoints indicatorsWithPoints(Plan plan) {
    List<Indicator> indicators = new ArrayList<>();
    Map<Long, List<MeasurementPoint>> points = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select i, p from Indicator i left join MeasurementPoint p on p.indicatorId = i.id"
                    + " where i.goalId in (select g.id from Goal g where g.planId = :plan)"
                    + " order by i.position, i.id, p.position, p.id",
                Object[].class)
            .setParameter("plan", plan.id)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList()) {
      Indicator indicator = (Indicator) row[0];
      if (indicators.isEmpty() || indicators.get(indicators.size() - 1) != indicator) {
        indicators.add(indicator);
      }
      if (row[1] != null) {
        MeasurementPoint point = (MeasurementPoint) row[1];
        points.computeIfAbsent(point.indicatorId, id -> new ArrayList<>()).add(point);
      }
    }
    return new IndicatorsWithPoints(indicators, points);
  }

  /**
   * Targets of the points of these indicators in the latest year any point of the plan has a target
   * for, by point id, in one statement. Empty when the plan has no target, or when these points
   * have none in that year (then {@link #latestTargetYear} tells the year).
   */
  Map<Long, List<LoadedTarget>> targetsOfLatestYear(Plan plan, Collection<Long> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return new HashMap<>();
    }
    return targets(
        "t.year = (select max(t2.year) from Target t2 where t2.pointId in (select p2.id from"
            + " MeasurementPoint p2 where p2.indicatorId in (select i2.id from Indicator i2 where"
            + " i2.goalId in (select g2.id from Goal g2 where g2.planId = :plan))))"
            + " and t.pointId in "
            + POINTS_OF_INDICATORS,
        Map.of("plan", plan.id, "indicators", indicatorIds));
  }

  /** The plan's goal tree, flat, ordered by position among siblings. */
  List<Goal> goals(Plan plan) {
    return em.createQuery("from Goal where planId = :plan order by position, id", Goal.class)
        .setParameter("plan", plan.id)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList();
  }

  /** Every indicator of the plan, ordered by position among siblings. */
  List<Indicator> indicators(Plan plan) {
    return em.createQuery(
            "from Indicator where goalId in (select g.id from Goal g where g.planId = :plan)"
                + " order by position, id",
            Indicator.class)
        .setParameter("plan", plan.id)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList();
  }

  /** The measurement points of these indicators, by indicator id, ordered by position. */
  Map<Long, List<MeasurementPoint>> points(Collection<Long> indicatorIds) {
    Map<Long, List<MeasurementPoint>> points = new HashMap<>();
    if (indicatorIds.isEmpty()) {
      return points;
    }
    for (MeasurementPoint point :
        em.createQuery(
                "from MeasurementPoint where indicatorId in :indicators order by position, id",
                MeasurementPoint.class)
            .setParameter("indicators", indicatorIds)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList()) {
      points.computeIfAbsent(point.indicatorId, id -> new ArrayList<>()).add(point);
    }
    return points;
  }

  /** The latest year any point of the plan has a target for, or null when none has one. */
  Integer latestTargetYear(Plan plan) {
    return em.createQuery(
            "select max(t.year) from Target t where t.pointId in (select p.id from"
                + " MeasurementPoint p where p.indicatorId in (select i.id from Indicator i where"
                + " i.goalId in (select g.id from Goal g where g.planId = :plan)))",
            Integer.class)
        .setParameter("plan", plan.id)
        .getSingleResult();
  }

  private static final String POINTS_OF_INDICATORS =
      "(select p.id from MeasurementPoint p where p.indicatorId in :indicators)";

  /** Targets of the points of these indicators in the given years, by point id. */
  Map<Long, List<LoadedTarget>> targets(Collection<Long> indicatorIds, Collection<Integer> years) {
    if (indicatorIds.isEmpty() || years.isEmpty()) {
      return new HashMap<>();
    }
    return targets(
        "t.year in :years and t.pointId in " + POINTS_OF_INDICATORS,
        Map.of("years", years, "indicators", indicatorIds));
  }

  /** Every target of one point, for a series of years. */
  List<LoadedTarget> targets(long pointId) {
    return targets("t.pointId = :point", Map.of("point", pointId)).getOrDefault(pointId, List.of());
  }

  /** Follow-up values of the points of these indicators in the given years, by point id. */
  Map<Long, List<Observation>> observations(
      Collection<Long> indicatorIds, Collection<Integer> years) {
    if (indicatorIds.isEmpty() || years.isEmpty()) {
      return new HashMap<>();
    }
    return observations(
        "e.year in :years and e.pointId in " + POINTS_OF_INDICATORS,
        Map.of("years", years, "indicators", indicatorIds));
  }

  /** Every follow-up value of one point, for a series of years. */
  List<Observation> observations(long pointId) {
    return observations("e.pointId = :point", Map.of("point", pointId))
        .getOrDefault(pointId, List.of());
  }

  /** Every target of these points, by point id: one statement for a chunk of a flat report. */
  Map<Long, List<LoadedTarget>> targetsOfPoints(Collection<Long> pointIds) {
    if (pointIds.isEmpty()) {
      return new HashMap<>();
    }
    return targets("t.pointId in :points", Map.of("points", pointIds));
  }

  /** Every follow-up value of these points, by point id. */
  Map<Long, List<Observation>> observationsOfPoints(Collection<Long> pointIds) {
    if (pointIds.isEmpty()) {
      return new HashMap<>();
    }
    return observations("e.pointId in :points", Map.of("points", pointIds));
  }

  private Map<Long, List<LoadedTarget>> targets(String where, Map<String, Object> parameters) {
    var query =
        em.createQuery(
            "select t.pointId, t.year, t.comparator, t.literal.number, t.literal.level,"
                + " t.literal.bool, t.referenceYear, t.previousYear, t.written from Target t"
                + " where "
                + where,
            Object[].class);
    parameters.forEach(query::setParameter);
    Map<Long, List<LoadedTarget>> byPoint = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      byPoint
          .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
          .add(loaded(java.util.Arrays.copyOfRange(row, 1, row.length)));
    }
    return byPoint;
  }

  private Map<Long, List<Observation>> observations(String where, Map<String, Object> parameters) {
    var query =
        em.createQuery(
            "select e.id, e.pointId, e.year, e.kind, e.asOf, e.value.number, e.value.level,"
                + " e.value.bool, e.state from Evaluation e where "
                + where,
            Object[].class);
    parameters.forEach(query::setParameter);
    Map<Long, List<Observation>> byPoint = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      byPoint
          .computeIfAbsent((Long) row[1], id -> new ArrayList<>())
          .add(
              new Observation(
                  (Long) row[0],
                  (Integer) row[2],
                  (EvaluationKind) row[3],
                  (LocalDate) row[4],
                  value(row[5], row[6], row[7]),
                  row[8] == EvaluationState.APPROVED));
    }
    return byPoint;
  }

  /** A target as the core needs it, with the text the plan document wrote. */
  record LoadedTarget(TargetSpec spec, String written) {}

  private static Value value(Object number, Object level, Object bool) {
    if (number != null) {
      return Value.numeric((BigDecimal) number);
    }
    if (level != null) {
      return Value.level((String) level);
    }
    return bool == null ? null : Value.bool((Boolean) bool);
  }
}
