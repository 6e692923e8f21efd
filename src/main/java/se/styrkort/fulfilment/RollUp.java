package se.styrkort.fulfilment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rolls statuses up the goal tree. A node's status is over its direct children, as domain.md says
 * ("over the children's statuses"), so a goal with one fulfilled indicator of 20 points and one not
 * fulfilled indicator of 2 points is partially fulfilled, whatever the point counts; the counts,
 * over all points beneath, tell the rest.
 */
final class RollUp {

  private final FulfilmentRule rule;
  private final Function<PointInput, PointResult> judgePoint;

  RollUp(FulfilmentRule rule, Function<PointInput, PointResult> judgePoint) {
    this.rule = rule;
    this.judgePoint = judgePoint;
  }

  NodeResult of(NodeInput node) {
    StatusCounts.Tally direct = new StatusCounts.Tally();
    StatusCounts.Tally beneath = new StatusCounts.Tally();
    List<NodeResult> children = new ArrayList<>(node.children().size());
    for (NodeInput child : node.children()) {
      NodeResult result = of(child);
      children.add(result);
      direct.add(result.status());
      beneath.add(result.counts());
    }
    List<PointResult> points = new ArrayList<>(node.points().size());
    for (PointInput point : node.points()) {
      PointResult result = judgePoint.apply(point);
      points.add(result);
      direct.add(result.status());
      beneath.add(result.status());
    }
    StatusCounts directCounts = direct.counts();
    FulfilmentStatus status = combine(directCounts, rule);
    String reason = status == FulfilmentStatus.NO_DATA ? nothingJudged(directCounts) : null;
    StatusCounts counts = beneath.counts();
    return new NodeResult(
        node.kind(),
        node.id(),
        status,
        reason,
        counts,
        counts.judged(),
        counts.shareFulfilled(),
        List.copyOf(children),
        List.copyOf(points));
  }

  /** The status of a node whose direct children are in {@code children}. */
  static FulfilmentStatus combine(StatusCounts children, FulfilmentRule rule) {
    int judged = children.judged();
    if (judged == 0) {
      return FulfilmentStatus.NO_DATA;
    }
    int fulfilled = children.fulfilled();
    if (rule.rollUpRule() == RollUpRuleKind.SHARE_THRESHOLDS) {
      BigDecimal count = BigDecimal.valueOf(judged);
      if (BigDecimal.valueOf(fulfilled).compareTo(rule.rollUpFulfilledShare().multiply(count))
          >= 0) {
        return FulfilmentStatus.FULFILLED;
      }
      BigDecimal atLeastPartly = BigDecimal.valueOf(fulfilled + children.partiallyFulfilled());
      return atLeastPartly.compareTo(rule.rollUpPartialShare().multiply(count)) < 0
          ? FulfilmentStatus.NOT_FULFILLED
          : FulfilmentStatus.PARTIALLY_FULFILLED;
    }
    if (fulfilled == judged) {
      return FulfilmentStatus.FULFILLED;
    }
    return children.notFulfilled() == judged
        ? FulfilmentStatus.NOT_FULFILLED
        : FulfilmentStatus.PARTIALLY_FULFILLED;
  }

  private static String nothingJudged(StatusCounts children) {
    int parts = children.total();
    return parts == 0
        ? "nothing beneath it to judge"
        : "none of its " + parts + " parts could be judged (no data or no target)";
  }
}
