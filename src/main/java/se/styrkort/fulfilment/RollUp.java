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
  private final Assessments assessments;

  RollUp(
      FulfilmentRule rule, Function<PointInput, PointResult> judgePoint, Assessments assessments) {
    this.rule = rule;
    this.judgePoint = judgePoint;
    this.assessments = assessments;
  }

  NodeResult of(NodeInput node) {
    StatusCounts.Tally direct = new StatusCounts.Tally();
    StatusCounts.Tally beneath = new StatusCounts.Tally();
    List<NodeResult> children = new ArrayList<>(node.children().size());
    for (NodeInput child : node.children()) {
      NodeResult result = of(child);
      children.add(result);
      direct.add(result.countedAs());
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
    Reason reason =
        status == FulfilmentStatus.NO_DATA ? Reason.nothingJudged(directCounts.total()) : null;
    StatusCounts counts = beneath.counts();
    AssessedStatus assessed = rule.rollUpAssessed() ? assessments.of(node.kind(), node.id()) : null;
    return new NodeResult(
        node.kind(),
        node.id(),
        status,
        reason,
        counts,
        counts.judged(),
        counts.shareFulfilled(),
        List.copyOf(children),
        List.copyOf(points),
        assessed == null ? status : assessed.asStatus());
  }

  /** The status of a node whose direct children are in {@code children}. */
  static FulfilmentStatus combine(StatusCounts children, FulfilmentRule rule) {
    if (children.judged() == 0) {
      return FulfilmentStatus.NO_DATA;
    }
    return rule.rollUpRule() == RollUpRuleKind.SHARE_THRESHOLDS
        ? byShareThresholds(children, rule.rollUpFulfilledShare(), rule.rollUpPartialShare())
        : unanimously(children);
  }

  private static FulfilmentStatus unanimously(StatusCounts children) {
    if (children.fulfilled() == children.judged()) {
      return FulfilmentStatus.FULFILLED;
    }
    return children.notFulfilled() == children.judged()
        ? FulfilmentStatus.NOT_FULFILLED
        : FulfilmentStatus.PARTIALLY_FULFILLED;
  }

  private static FulfilmentStatus byShareThresholds(
      StatusCounts children, BigDecimal fulfilledShare, BigDecimal partialShare) {
    if (isAtLeastShare(children.fulfilled(), fulfilledShare, children.judged())) {
      return FulfilmentStatus.FULFILLED;
    }
    int atLeastPartly = children.fulfilled() + children.partiallyFulfilled();
    return isAtLeastShare(atLeastPartly, partialShare, children.judged())
        ? FulfilmentStatus.PARTIALLY_FULFILLED
        : FulfilmentStatus.NOT_FULFILLED;
  }

  /** count / total ≥ share, multiplied out so that 4 of 5 is exactly 0.8, not 0.7999… */
  private static boolean isAtLeastShare(int count, BigDecimal share, int total) {
    return BigDecimal.valueOf(count).compareTo(share.multiply(BigDecimal.valueOf(total))) >= 0;
  }
}
