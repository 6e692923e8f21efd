package se.styrkort.plan;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.point.MeasurementPoint;

/**
 * A plan with its goals, indicators and measurement points, read in one statement whatever the
 * plan's size (the plan joined with its goals, their indicators and those indicators' points: one
 * row per point, goal without indicators or indicator without points), read-only. What the
 * plan-wide documents (tree, fulfilment) start from; each list is in display order: by position
 * among siblings, then id, as a statement of its own ordered so would give it.
 *
 * @param goals every goal of the plan, flat, by position, then id
 * @param indicators every indicator of the plan, by position, then id
 * @param points each indicator's points by indicator id, by position, then id
 * @param targets each point's target of the year asked for, as columns ({@link #readWithTargets});
 *     empty otherwise
 */
public record PlanStructure(
    Plan plan,
    List<Goal> goals,
    List<Indicator> indicators,
    Map<Long, List<MeasurementPoint>> points,
    Map<Long, Object[]> targets) {

  private static final String JOINS =
      " from Plan p"
          + " left join Goal g on g.planId = p.id"
          + " left join Indicator i on i.goalId = g.id"
          + " left join MeasurementPoint m on m.indicatorId = i.id";

  /** The target columns that {@link #readWithTargets} reads, in the order of {@link #targets}. */
  private static final String TARGET_COLUMNS =
      "t.year, t.comparator, t.literal.number, t.literal.level, t.literal.bool, t.referenceYear,"
          + " t.previousYear, t.written";

  /** The latest year any point of the plan has a target for. */
  private static final String LATEST_TARGET_YEAR =
      "(select max(t2.year) from Target t2 where t2.pointId in (select m2.id from"
          + " MeasurementPoint m2 where m2.indicatorId in (select i2.id from Indicator i2 where"
          + " i2.goalId in (select g2.id from Goal g2 where g2.planId = :plan))))";

  /** The plan's structure, or empty when there is no such plan. */
  public static Optional<PlanStructure> read(EntityManager em, long planId) {
    return structure(
        em.createQuery("select p, g, i, m" + JOINS + " where p.id = :plan", Object[].class)
            .setParameter("plan", planId)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList());
  }

  /**
   * The plan's structure with each point's target of one year in the same statement (a point has at
   * most one target a year, so the rows stay one per point): of {@code year}, or without it of the
   * latest year any point of the plan has a target for. {@link #targets} has, by point id, the
   * target's columns year, comparator, literal number, level and yes/no, reference year, previous
   * year and the target as written.
   */
  public static Optional<PlanStructure> readWithTargets(
      EntityManager em, long planId, Integer year) {
    var query =
        em.createQuery(
                "select p, g, i, m, "
                    + TARGET_COLUMNS
                    + JOINS
                    + " left join Target t on t.pointId = m.id and t.year = "
                    + (year == null ? LATEST_TARGET_YEAR : ":year")
                    + " where p.id = :plan",
                Object[].class)
            .setParameter("plan", planId)
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    if (year != null) {
      query.setParameter("year", year);
    }
    return structure(query.getResultList());
  }

  private static Optional<PlanStructure> structure(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, Object[]> targets = new HashMap<>();
    Map<Long, Goal> goals = new LinkedHashMap<>();
    Map<Long, Indicator> indicators = new LinkedHashMap<>();
    Map<Long, MeasurementPoint> points = new LinkedHashMap<>();
    for (Object[] row : rows) {
      if (row[1] instanceof Goal goal) {
        goals.putIfAbsent(goal.id, goal);
      }
      if (row[2] instanceof Indicator indicator) {
        indicators.putIfAbsent(indicator.id, indicator);
      }
      if (row[3] instanceof MeasurementPoint point) {
        points.putIfAbsent(point.id, point);
        if (row.length > 4 && row[4] != null) {
          targets.put(point.id, java.util.Arrays.copyOfRange(row, 4, row.length));
        }
      }
    }
    List<Goal> goalList = new ArrayList<>(goals.values());
    goalList.sort(Comparator.comparingInt((Goal g) -> g.position).thenComparing(g -> g.id));
    List<Indicator> indicatorList = new ArrayList<>(indicators.values());
    indicatorList.sort(
        Comparator.comparingInt((Indicator i) -> i.position).thenComparing(i -> i.id));
    List<MeasurementPoint> pointList = new ArrayList<>(points.values());
    pointList.sort(
        Comparator.comparingInt((MeasurementPoint m) -> m.position).thenComparing(m -> m.id));
    Map<Long, List<MeasurementPoint>> byIndicator = new HashMap<>();
    for (MeasurementPoint point : pointList) {
      byIndicator.computeIfAbsent(point.indicatorId, id -> new ArrayList<>()).add(point);
    }
    return Optional.of(
        new PlanStructure((Plan) rows.get(0)[0], goalList, indicatorList, byIndicator, targets));
  }

  /** Every point of the plan, by position, then id (across indicators). */
  public List<MeasurementPoint> allPoints() {
    List<MeasurementPoint> all = new ArrayList<>();
    points.values().forEach(all::addAll);
    all.sort(Comparator.comparingInt((MeasurementPoint m) -> m.position).thenComparing(m -> m.id));
    return all;
  }
}
