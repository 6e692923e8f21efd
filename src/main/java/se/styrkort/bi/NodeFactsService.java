package se.styrkort.bi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.hibernate.jpa.HibernateHints;
import se.styrkort.bi.Cursors.NodeKey;
import se.styrkort.fulfilment.StatusCounts;
import se.styrkort.plan.Plan;
import se.styrkort.report.FulfilmentService;
import se.styrkort.report.NodeYear;

/**
 * The BI node table: every node of every readable plan's goal tree in every year of the plan, in
 * the order of plan id, year, kind (plan, focus area, goal, indicator) and node id. Each plan-year
 * is the plan's fulfilment computed once (a fixed number of statements), so a page computes only
 * the plan-years it shows, and the key of its last row is a keyset cursor that new nodes cannot
 * shift.
 */
@ApplicationScoped
public class NodeFactsService {

  @Inject EntityManager em;
  @Inject FulfilmentService fulfilment;

  private static final Comparator<NodeKey> KEY_ORDER =
      Comparator.comparingLong(NodeKey::planId)
          .thenComparingInt(NodeKey::year)
          .thenComparingInt(NodeKey::kind)
          .thenComparingLong(NodeKey::nodeId);

  /** The key of a row, as a cursor names it. */
  public static NodeKey key(NodeFactRow row) {
    return new NodeKey(row.planId(), row.year(), row.kind().ordinal(), row.nodeId());
  }

  private static boolean isAfter(NodeFactRow row, NodeKey after) {
    return after == null || KEY_ORDER.compare(key(row), after) > 0;
  }

  /** Up to {@code count} rows after {@code after} (null: from the first). */
  @Transactional
  public List<NodeFactRow> rows(
      BiFilter filter, boolean approvedAssessmentsOnly, NodeKey after, int count) {
    List<NodeFactRow> rows = new ArrayList<>();
    stream(
        filter,
        approvedAssessmentsOnly,
        after,
        chunk -> {
          for (NodeFactRow row : chunk) {
            if (rows.size() == count) {
              return false;
            }
            rows.add(row);
          }
          return rows.size() < count;
        });
    return rows;
  }

  /**
   * Hands the rows to {@code sink} one plan-year at a time, after {@code after}; stops early when
   * the sink answers false.
   */
  @Transactional
  public void stream(
      BiFilter filter,
      boolean approvedAssessmentsOnly,
      NodeKey after,
      Predicate<List<NodeFactRow>> sink) {
    stream(filter, approvedAssessmentsOnly, after, false, (rows, last) -> sink.test(rows));
  }

  /**
   * Hands the rows to {@code sink} from the start of plan {@code fromPlan}'s year {@code fromYear}
   * on (every row of that plan-year, none of the plan's earlier years; null: from the first plan);
   * one plan-year at a time, or, with {@code perPlan}, one plan (all its years) at a time, telling
   * the sink which part is the last. Stops early when the sink answers false. For the OData feed,
   * whose pages start at a plan-year (or plan) boundary.
   */
  @Transactional
  public void streamFrom(
      BiFilter filter,
      boolean approvedAssessmentsOnly,
      Long fromPlan,
      int fromYear,
      boolean perPlan,
      Part sink) {
    stream(
        filter,
        approvedAssessmentsOnly,
        fromPlan == null ? null : new NodeKey(fromPlan, fromYear, 0, Long.MIN_VALUE),
        perPlan,
        sink);
  }

  /** Takes one part of the rows (a plan-year or a plan), knowing whether another follows. */
  @FunctionalInterface
  public interface Part {
    /** False to stop. */
    boolean take(List<NodeFactRow> rows, boolean last);
  }

  private static final LongAdder PLAN_YEARS = new LongAdder();

  /**
   * Plan-years computed since start (each is a plan's fulfilment of a year): what a page costs,
   * counted so that tests can prove a page computes only the plan-years it shows.
   */
  public static long planYearsComputed() {
    return PLAN_YEARS.sum();
  }

  private void stream(
      BiFilter filter, boolean approvedAssessmentsOnly, NodeKey after, boolean perPlan, Part sink) {
    if (after != null && after.kind() >= se.styrkort.fulfilment.NodeKind.values().length) {
      throw se.styrkort.common.DomainException.invalid(
          "cursor", "is not a cursor this service issued");
    }
    var query =
        em.createQuery(
                "from Plan p where p.endYear >= :firstYear and p.startYear <= :lastYear"
                    + (after == null ? "" : " and p.id >= :afterPlan")
                    + filter.planConditions("p.id")
                    + " order by p.id",
                Plan.class)
            .setParameter("firstYear", filter.firstYear())
            .setParameter("lastYear", filter.lastYear())
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    if (after != null) {
      query.setParameter("afterPlan", after.planId());
    }
    filter.bind(query);
    List<Plan> plans = query.getResultList();
    for (int index = 0; index < plans.size(); index++) {
      Plan plan = plans.get(index);
      boolean lastPlan = index == plans.size() - 1;
      int first = Math.max(plan.startYear, filter.firstYear());
      int last = Math.min(plan.endYear, filter.lastYear());
      List<NodeFactRow> ofPlan = new ArrayList<>();
      for (int year = first; year <= last; year++) {
        if (after != null
            && (plan.id < after.planId() || (plan.id == after.planId() && year < after.year()))) {
          continue;
        }
        List<NodeFactRow> rows = new ArrayList<>();
        PLAN_YEARS.increment();
        for (NodeYear node : fulfilment.nodeYears(plan.id, year, approvedAssessmentsOnly)) {
          NodeFactRow row = row(plan, node);
          if (isAfter(row, after)) {
            rows.add(row);
          }
        }
        rows.sort(Comparator.comparing(NodeFactsService::key, KEY_ORDER));
        if (perPlan) {
          ofPlan.addAll(rows);
        } else if (!rows.isEmpty() && !sink.take(rows, lastPlan && year == last)) {
          return;
        }
      }
      if (perPlan && !ofPlan.isEmpty() && !sink.take(ofPlan, lastPlan)) {
        return;
      }
    }
  }

  private static NodeFactRow row(Plan plan, NodeYear node) {
    StatusCounts counts = node.counts();
    return new NodeFactRow(
        plan.id,
        plan.name,
        node.year(),
        node.kind(),
        node.nodeId(),
        node.parentKind(),
        node.parentId(),
        node.depth(),
        node.code(),
        node.path(),
        node.title(),
        node.status(),
        counts.fulfilled(),
        counts.partiallyFulfilled(),
        counts.notFulfilled(),
        counts.noData(),
        counts.noTarget(),
        counts.judged(),
        counts.total(),
        node.shareFulfilled(),
        node.assessedStatus(),
        node.outlook(),
        node.periodCode(),
        node.deviatesFromComputed());
  }
}
