package se.styrkort.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.reference.ReferenceSeriesService;
import se.styrkort.reference.ReferenceSeriesView;
import se.styrkort.vocabulary.Language;

/**
 * Loads a plan tree in four statements whatever the plan's size: the plan with its goals,
 * indicators and points ({@link se.styrkort.plan.PlanStructure}, joins), targets, follow-up values,
 * reference series with their values; each reached from the plan id through a subquery (the
 * reference series and their values through the plan's point ids), never row by row. Rows are
 * read-only, so Hibernate keeps no snapshots for dirty checking. Targets and follow-up values, ten
 * or more per point (a plan of 5,000 points and ten years holds 150,000 of them), are read as plain
 * rows of the columns the tree shows, never as entities, streamed from the database (fetch size)
 * and turned into their views one by one.
 */
@ApplicationScoped
class PlanTreeQueries {

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
      Language language) {
    // The plan with its goals, indicators and points in one statement, each list in display
    // order (position, id): the order statements of their own gave.
    Optional<se.styrkort.plan.PlanStructure> structure =
        se.styrkort.plan.PlanStructure.read(em, planId);
    if (structure.isEmpty()) {
      return Optional.empty();
    }
    Plan plan = structure.get().plan();
    List<Goal> goals = structure.get().goals();
    List<Indicator> indicators = structure.get().indicators();
    List<MeasurementPoint> points = structure.get().allPoints();

    LastModified lastModified = new LastModified();
    for (List<? extends VersionedEntity> rows : List.of(List.of(plan), goals, indicators, points)) {
      rows.forEach(row -> lastModified.of(row.updatedAt));
    }

    // Targets and follow-up values as plain rows (no entity): the columns the views show, read
    // in the order the tree lists them.
    Map<Long, List<TreeTargetView>> targets = new HashMap<>();
    stream(
        query(
            ("select t.pointId, t.year, t.comparator, t.literal.number, t.literal.level,"
                    + " t.literal.bool, t.referenceYear, t.previousYear, t.written, t.updatedAt"
                    + " from Target t where t.pointId in (%s) order by t.year, t.id")
                .formatted(POINTS_OF_PLAN),
            Object[].class,
            planId),
        row -> {
          lastModified.of((Instant) row[9]);
          targets
              .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
              .add(
                  new TreeTargetView(
                      (Integer) row[1],
                      (Comparator) row[2],
                      json(row[3], row[4], row[5]),
                      (Integer) row[6],
                      (Boolean) row[7],
                      (String) row[8]));
        });

    Map<Long, List<TreeEvaluationView>> evaluations = new HashMap<>();
    Map<Long, TreeBaselineView> baselines = new HashMap<>();
    stream(
        evaluations(plan, year),
        row -> {
          lastModified.of((Instant) row[10]);
          long pointId = (Long) row[1];
          TreeEvaluationView e =
              new TreeEvaluationView(
                  (Long) row[0],
                  (Integer) row[2],
                  (EvaluationKind) row[3],
                  (LocalDate) row[4],
                  json(row[5], row[6], row[7]),
                  (String) row[8],
                  (String) row[9]);
          if (year == null || e.year() == year) {
            evaluations.computeIfAbsent(pointId, id -> new ArrayList<>()).add(e);
          }
          // The baseline year's outcome; of several (interim and full year), the latest counts,
          // and of equally late ones the first.
          if (plan.baselineYear != null
              && e.year() == plan.baselineYear
              && e.kind() == EvaluationKind.OUTCOME) {
            TreeBaselineView latest = baselines.get(pointId);
            if (latest == null || e.asOf().isAfter(latest.asOf())) {
              baselines.put(pointId, new TreeBaselineView(e.value(), e.note(), e.asOf(), e.id()));
            }
          }
        });
    Map<Long, List<ReferenceSeriesView>> references =
        this.references.ofPoints(points.stream().map(p -> p.id).toList());
    // Read last: a period that names nothing is refused after the plan is known to be there.
    NodeAssessments.ByNode assessed = assessments.apply(planId);
    return Optional.of(
        new PlanRows(
            plan,
            goals,
            indicators,
            points,
            targets,
            evaluations,
            baselines,
            references,
            year,
            tag(),
            lastModified.value,
            assessed,
            language));
  }

  private TypedQuery<Object[]> evaluations(Plan plan, Integer year) {
    String ofPlan =
        ("select e.id, e.pointId, e.year, e.kind, e.asOf, e.value.number, e.value.level,"
                + " e.value.bool, e.note, e.periodLabel, e.updatedAt"
                + " from Evaluation e where e.pointId in (%s)")
            .formatted(POINTS_OF_PLAN);
    String order = " order by e.year, e.asOf, e.kind, e.id";
    if (year == null) {
      return query(ofPlan + order, Object[].class, plan.id);
    }
    return query(
            ofPlan
                + " and (e.year = :year or (e.year = :baselineYear and e.kind = :outcome))"
                + order,
            Object[].class,
            plan.id)
        .setParameter("year", year)
        // No baseline year: -1 matches no row, and keeps the statement the same shape.
        .setParameter("baselineYear", plan.baselineYear == null ? -1 : plan.baselineYear)
        .setParameter("outcome", EvaluationKind.OUTCOME);
  }

  /**
   * The tree's own ETag value. Every read of a plan that is there passes the plan-wide filter,
   * which answers If-None-Match and replaces this ETag with one of the plan's content version
   * (moved by every write in the plan) and the request: the tree need not digest its rows for it.
   * Where that filter were not in the way, a value that no earlier answer carried means no 304 on
   * this one's account, never a stale one.
   */
  private static long tag() {
    return java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
  }

  /** A stored value (number, level or yes/no, one of three columns) as JSON writes it. */
  private static Object json(Object number, Object level, Object bool) {
    if (number != null) {
      return ((BigDecimal) number).stripTrailingZeros();
    }
    return level != null ? level : bool;
  }

  /** The latest change time of the rows read. */
  private static final class LastModified {
    private Instant value = Instant.EPOCH;

    void of(Instant updatedAt) {
      if (updatedAt != null && updatedAt.isAfter(value)) {
        value = updatedAt;
      }
    }
  }

  /** Hands each row to {@code use} as it arrives (fetch size), keeping none of them. */
  private static void stream(TypedQuery<Object[]> query, Consumer<Object[]> use) {
    try (Stream<Object[]> rows =
        query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream()) {
      rows.forEach(use);
    }
  }

  private <T> TypedQuery<T> query(String hql, Class<T> type, long planId) {
    return em.createQuery(hql, type)
        .setParameter("plan", planId)
        .setHint(HibernateHints.HINT_READ_ONLY, true);
  }
}
