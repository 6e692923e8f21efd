package se.styrkort.fulfilment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Måluppfyllelse as pure functions: small immutable inputs in, a result that carries its inputs and
 * reasons out. Nothing here reads a database or a clock, so the caller loads what a request needs
 * in a fixed number of queries and maps the result.
 */
public final class Fulfilment {

  private Fulfilment() {}

  /** One measurement point in one year. */
  public static PointResult evaluatePoint(
      PointInput point, PlanContext plan, FulfilmentOptions options) {
    return new PointEvaluator(point, plan)
        .evaluate(options.year(), options.basis(), options.approvedOnly());
  }

  /** One measurement point for each year from {@code fromYear} to {@code toYear}: a chart. */
  public static List<PointResult> series(
      PointInput point,
      PlanContext plan,
      int fromYear,
      int toYear,
      Basis basis,
      boolean approvedOnly) {
    if (fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " comes after toYear " + toYear);
    }
    Basis used = basis == null ? Basis.LATEST : basis;
    PointEvaluator evaluator = new PointEvaluator(point, plan);
    List<PointResult> results = new ArrayList<>(toYear - fromYear + 1);
    for (int year = fromYear; year <= toYear; year++) {
      results.add(evaluator.evaluate(year, used, approvedOnly));
    }
    return List.copyOf(results);
  }

  /**
   * The follow-up value of that kind a judgement of the year reads: the one with a value and the
   * latest asOf (the later entry on equal dates), or null. A flat report shows the outcome and the
   * latest forecast side by side, whichever of them the status was judged on.
   */
  public static Observation latest(PointInput point, int year, EvaluationKind kind) {
    Observation latest = null;
    for (Observation observation : point.observations()) {
      if (observation.year() == year
          && observation.kind() == kind
          && observation.value() != null
          && (latest == null || observation.isLaterThan(latest))) {
        latest = observation;
      }
    }
    return latest;
  }

  /** A goal tree (or any subtree of it): every point judged, every node rolled up. */
  public static FulfilmentReport evaluateTree(
      NodeInput root, PlanContext plan, FulfilmentOptions options) {
    return evaluateTree(root, plan, options, Assessments.NONE);
  }

  /**
   * A goal tree with its nodes' approved assessments: where the plan's rule lets them count ({@link
   * FulfilmentRule#rollUpAssessed()}), an assessed node counts with its assessed status in the
   * roll-up above it; otherwise they change nothing.
   */
  public static FulfilmentReport evaluateTree(
      NodeInput root, PlanContext plan, FulfilmentOptions options, Assessments assessments) {
    RollUp rollUp =
        new RollUp(plan.rule(), point -> evaluatePoint(point, plan, options), assessments);
    return new FulfilmentReport(
        options.year(),
        options.basis(),
        options.approvedOnly(),
        plan.baselineYear(),
        plan.rule(),
        plan.rule().name(),
        plan.rule().describe(),
        rollUp.of(root));
  }

  /** The status of a node whose direct children have {@code childStatuses}. */
  public static FulfilmentStatus combine(
      Collection<FulfilmentStatus> childStatuses, FulfilmentRule rule) {
    return RollUp.combine(StatusCounts.of(childStatuses), rule.requireValid());
  }
}
