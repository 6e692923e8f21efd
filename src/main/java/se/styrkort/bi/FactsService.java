package se.styrkort.bi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.jpa.HibernateHints;
import se.styrkort.bi.Cursors.FactKey;
import se.styrkort.common.DomainException;
import se.styrkort.goal.GoalKind;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.report.FulfilmentSeries;
import se.styrkort.report.FulfilmentSeries.PlanPoint;
import se.styrkort.report.FulfilmentSeries.YearFulfilment;

/**
 * The BI facts: one row per measurement point and year, in the order of point id and year. Points
 * are read in chunks, each chunk in a fixed number of statements (points, their targets, follow-up
 * values and reference values; plans and goal trees once per plan), so a page costs the same
 * whatever the plan's size and an export of a million rows holds only one chunk in memory.
 */
@ApplicationScoped
public class FactsService {

  /** Points per chunk of an export: about 5,000 rows of a ten-year plan. */
  static final int CHUNK_POINTS = 500;

  @Inject EntityManager em;
  @Inject FulfilmentSeries series;

  /** A checked filter: the plan, if one is named, exists and may be read. */
  @Transactional
  public BiFilter check(BiFilter filter) {
    if (filter.planId() != null
        && (em.find(Plan.class, filter.planId()) == null
            || filter.readablePlanIds().map(ids -> !ids.contains(filter.planId())).orElse(false))) {
      throw DomainException.notFound("plan", filter.planId());
    }
    return filter;
  }

  /** The rows after {@code after} (null: from the first), at most {@code count} of them. */
  @Transactional
  public List<FactRow> rows(BiFilter filter, FactKey after, int count) {
    List<FactRow> rows = new ArrayList<>();
    PlanShapes shapes = new PlanShapes();
    long from = after == null ? 0 : after.pointId();
    while (rows.size() < count) {
      Chunk chunk = chunk(filter, from, Math.min(CHUNK_POINTS, count + 1), shapes);
      for (FactRow row : chunk.rows()) {
        if (rows.size() < count && isAfter(row, after)) {
          rows.add(row);
        }
      }
      if (chunk.exhausted()) {
        break;
      }
      from = chunk.lastPointId() + 1;
    }
    return rows;
  }

  /**
   * Hands every row to {@code sink}, chunk by chunk, each chunk read in its own short transaction
   * (a long export must not hold one open for minutes); stops early when the sink answers false.
   */
  public void stream(BiFilter filter, Predicate<List<FactRow>> sink) {
    stream(filter, 0, sink);
  }

  /** As {@link #stream(BiFilter, Predicate)}, from the point with id {@code fromPointId} on. */
  public void stream(BiFilter filter, long fromPointId, Predicate<List<FactRow>> sink) {
    PlanShapes shapes = new PlanShapes();
    long from = fromPointId;
    while (true) {
      long start = from;
      Chunk chunk =
          QuarkusTransaction.requiringNew().call(() -> chunk(filter, start, CHUNK_POINTS, shapes));
      if (!chunk.rows().isEmpty() && !sink.test(chunk.rows())) {
        return;
      }
      if (chunk.exhausted()) {
        return;
      }
      from = chunk.lastPointId() + 1;
    }
  }

  private static boolean isAfter(FactRow row, FactKey after) {
    return after == null
        || row.pointId() > after.pointId()
        || (row.pointId() == after.pointId() && row.year() > after.year());
  }

  /** The rows of up to {@code maxPoints} points with id ≥ {@code fromPointId}. */
  record Chunk(List<FactRow> rows, long lastPointId, boolean exhausted) {}

  Chunk chunk(BiFilter filter, long fromPointId, int maxPoints, PlanShapes shapes) {
    // STRAIGHT_JOIN walks the points by primary key from fromPointId and stops after maxPoints;
    // left to itself the optimiser starts from the plan and sorts all of its points per chunk,
    // which makes an export quadratic in the plan's size.
    Query query =
        em.createNativeQuery(
            "select straight_join p.id, i.goal_id, g.plan_id,"
                + " (select count(*) from indicator j where j.goal_id = i.goal_id and (j.position <"
                + " i.position or (j.position = i.position and j.id <= i.id))),"
                + " (select count(*) from measurement_point q where q.indicator_id ="
                + " p.indicator_id and (q.position < p.position or (q.position = p.position and"
                + " q.id <= p.id))),"
                + " i.title"
                + " from measurement_point p join indicator i on i.id = p.indicator_id"
                + " join goal g on g.id = i.goal_id join plan pl on pl.id = g.plan_id"
                + " where p.id >= :from and pl.end_year >= :firstYear"
                + " and pl.start_year <= :lastYear"
                + filter.planConditions("g.plan_id")
                + " order by p.id");
    query
        .setParameter("from", fromPointId)
        .setParameter("firstYear", filter.firstYear())
        .setParameter("lastYear", filter.lastYear())
        .setMaxResults(maxPoints);
    filter.bind(query);
    @SuppressWarnings("unchecked")
    List<Object[]> found = query.getResultList();
    if (found.isEmpty()) {
      return new Chunk(List.of(), fromPointId, true);
    }
    List<Long> ids = found.stream().map(row -> ((Number) row[0]).longValue()).toList();
    Map<Long, MeasurementPoint> entities = new HashMap<>();
    em.createQuery("from MeasurementPoint where id in :ids", MeasurementPoint.class)
        .setParameter("ids", ids)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList()
        .forEach(point -> entities.put(point.id, point));
    for (Object[] row : found) {
      row[0] = entities.get(((Number) row[0]).longValue());
      row[1] = ((Number) row[1]).longValue();
      row[2] = ((Number) row[2]).longValue();
      row[3] = ((Number) row[3]).longValue();
      row[4] = ((Number) row[4]).longValue();
    }
    Set<Long> planIds = new HashSet<>();
    found.forEach(row -> planIds.add((Long) row[2]));
    shapes.load(em, planIds);

    List<PlanPoint> points = new ArrayList<>(found.size());
    for (Object[] row : found) {
      points.add(new PlanPoint(shapes.plans.get((Long) row[2]), (MeasurementPoint) row[0]));
    }
    Map<Long, List<YearFulfilment>> judged =
        series.judge(points, filter.firstYear(), filter.lastYear());
    Map<Long, Map<Integer, ReferenceValues>> references =
        references(points.stream().map(p -> p.point().id).toList());

    List<FactRow> rows = new ArrayList<>();
    for (Object[] row : found) {
      MeasurementPoint point = (MeasurementPoint) row[0];
      Place place =
          shapes.place(
              (Long) row[2],
              (Long) row[1],
              point.indicatorId,
              ((Long) row[3]).intValue(),
              ((Long) row[4]).intValue(),
              (String) row[5]);
      Map<Integer, ReferenceValues> pointReferences = references.getOrDefault(point.id, Map.of());
      for (YearFulfilment year : judged.get(point.id)) {
        rows.add(
            FactRows.of(
                place,
                FactRows.PointColumns.of(point),
                year,
                pointReferences.getOrDefault(year.result().year(), ReferenceValues.NONE)));
      }
    }
    return new Chunk(
        rows, ((MeasurementPoint) found.get(found.size() - 1)[0]).id, found.size() < maxPoints);
  }

  /** The national and county values of a point in a year; the first series of a level counts. */
  record ReferenceValues(BigDecimal national, BigDecimal county) {
    static final ReferenceValues NONE = new ReferenceValues(null, null);

    /** Puts a series' value of a year in place of the one of its level read before. */
    static void put(
        Map<Integer, ReferenceValues> byYear, String level, int year, BigDecimal value) {
      ReferenceValues current = byYear.getOrDefault(year, NONE);
      byYear.put(
          year,
          "NATIONAL".equals(level)
              ? new ReferenceValues(value, current.county())
              : new ReferenceValues(current.national(), value));
    }
  }

  private Map<Long, Map<Integer, ReferenceValues>> references(List<Long> pointIds) {
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "select s.point_id, s.level, v.year, v.value_number from reference_series s"
                    + " join reference_value v on v.series_id = s.id"
                    + " where s.point_id in (:points) and s.level in ('NATIONAL', 'COUNTY')"
                    + " order by s.id desc")
            .setParameter("points", pointIds)
            .getResultList();
    Map<Long, Map<Integer, ReferenceValues>> byPoint = new HashMap<>();
    // Newest series first, so the oldest one (the first of its level) is written last and counts.
    for (Object[] row : found) {
      long pointId = ((Number) row[0]).longValue();
      int year = ((Number) row[2]).intValue();
      BigDecimal value = (BigDecimal) row[3];
      ReferenceValues.put(
          byPoint.computeIfAbsent(pointId, id -> new HashMap<>()), (String) row[1], year, value);
    }
    return byPoint;
  }

  /** Where a point sits: its plan, focus area, goal and indicator, with dotted position codes. */
  record Place(
      Plan plan,
      GoalRow focusArea,
      String focusAreaCode,
      GoalRow goal,
      String goalCode,
      long indicatorId,
      String indicatorCode,
      String indicatorTitle,
      String pointCode) {}

  record GoalRow(long id, Long parentId, GoalKind kind, String title, int position, long planId) {
    /** From the columns id, parentId, kind, title, position, planId. */
    static GoalRow of(Object[] r) {
      return new GoalRow(
          (Long) r[0], (Long) r[1], (GoalKind) r[2], (String) r[3], (Integer) r[4], (Long) r[5]);
    }
  }

  /**
   * The plans and goal trees met so far in one request, read once per plan. A goal's code is its
   * rank among its siblings, dotted after its parent's ("2.1"); an indicator's and a point's follow
   * the same way.
   */
  static final class PlanShapes {
    final Map<Long, Plan> plans = new HashMap<>();
    private final Map<Long, GoalRow> goals = new HashMap<>();
    private final Map<Long, String> codes = new HashMap<>();

    void load(EntityManager em, Set<Long> planIds) {
      Set<Long> missing = new HashSet<>(planIds);
      missing.removeAll(plans.keySet());
      if (missing.isEmpty()) {
        return;
      }
      List<Plan> found =
          em.createQuery("from Plan where id in :ids", Plan.class)
              .setParameter("ids", missing)
              .setHint(HibernateHints.HINT_READ_ONLY, true)
              .getResultList();
      List<GoalRow> loaded =
          em
              .createQuery(
                  "select g.id, g.parentId, g.kind, g.title, g.position, g.planId from Goal g"
                      + " where g.planId in :ids order by g.position, g.id",
                  Object[].class)
              .setParameter("ids", missing)
              .getResultList()
              .stream()
              .map(GoalRow::of)
              .toList();
      add(found, loaded);
    }

    /**
     * Every plan the filter reads, with its goals, in one statement: what an export needs before
     * its first row.
     */
    void loadAll(EntityManager em, BiFilter filter) {
      // A plan named is read whatever its years, so that it is known to be there (or not): the
      // request's existence check, in this statement.
      boolean named = filter.planId() != null;
      var query =
          em.createQuery(
              "select p, g.id, g.parentId, g.kind, g.title, g.position, g.planId from Plan p"
                  + " left join Goal g on g.planId = p.id"
                  + " where "
                  + (named ? "1 = 1" : "p.endYear >= :firstYear and p.startYear <= :lastYear")
                  + filter.planConditions("p.id")
                  + " order by g.position, g.id",
              Object[].class);
      if (!named) {
        query
            .setParameter("firstYear", filter.firstYear())
            .setParameter("lastYear", filter.lastYear());
      }
      query.setHint(HibernateHints.HINT_READ_ONLY, true);
      filter.bind(query);
      Map<Long, Plan> plans = new HashMap<>();
      List<GoalRow> loaded = new ArrayList<>();
      for (Object[] row : query.getResultList()) {
        Plan plan = (Plan) row[0];
        plans.put(plan.id, plan);
        if (row[1] != null) {
          loaded.add(GoalRow.of(Arrays.copyOfRange(row, 1, row.length)));
        }
      }
      add(plans.values(), loaded);
    }

    /** Plans and their goals, the goals ordered by position (then id). */
    private void add(Collection<Plan> plans, List<GoalRow> loaded) {
      plans.forEach(plan -> this.plans.put(plan.id, plan));
      Map<List<Long>, Integer> childrenSeen = new HashMap<>();
      for (GoalRow goal : loaded) {
        goals.put(goal.id(), goal);
      }
      // Ordered by position: each goal's rank is one more than the siblings seen before it. The
      // siblings of a focus area are the focus areas of its own plan: one chunk may load several
      // plans, whose roots must not be counted together (that made codes depend on the chunk).
      Map<Long, Integer> rank = new HashMap<>();
      for (GoalRow goal : loaded) {
        List<Long> siblings =
            goal.parentId() == null
                ? List.of(goal.planId(), -1L)
                : List.of(goal.planId(), goal.parentId());
        rank.put(goal.id(), childrenSeen.merge(siblings, 1, Integer::sum));
      }
      for (GoalRow goal : loaded) {
        codes.put(goal.id(), code(goal, rank));
      }
    }

    private String code(GoalRow goal, Map<Long, Integer> rank) {
      String own = Integer.toString(rank.get(goal.id()));
      return goal.parentId() == null ? own : code(goals.get(goal.parentId()), rank) + "." + own;
    }

    Place place(
        long planId,
        long goalId,
        long indicatorId,
        int indicatorRank,
        int pointRank,
        String indicatorTitle) {
      GoalRow goal = goals.get(goalId);
      GoalRow area = goal;
      while (area.parentId() != null) {
        area = goals.get(area.parentId());
      }
      boolean servesGoal = goal.kind() == GoalKind.GOAL;
      String indicatorCode = codes.get(goalId) + "." + indicatorRank;
      return new Place(
          plans.get(planId),
          area,
          codes.get(area.id()),
          servesGoal ? goal : null,
          servesGoal ? codes.get(goalId) : null,
          indicatorId,
          indicatorCode,
          indicatorTitle,
          indicatorCode + "." + pointRank);
    }
  }
}
