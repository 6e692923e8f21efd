package se.styrkort.fulfilment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random goal trees, statuses and rules for the property tests: same seed, same case. */
final class RandomPlans {

  private static final List<FulfilmentStatus> JUDGED =
      List.of(
          FulfilmentStatus.FULFILLED,
          FulfilmentStatus.PARTIALLY_FULFILLED,
          FulfilmentStatus.NOT_FULFILLED);

  private static final List<FulfilmentStatus> UNJUDGED =
      List.of(FulfilmentStatus.NO_DATA, FulfilmentStatus.NO_TARGET);

  private final Random random;

  RandomPlans(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  int between(int lowest, int highest) {
    return lowest + random.nextInt(highest - lowest + 1);
  }

  FulfilmentStatus anyStatus() {
    FulfilmentStatus[] all = FulfilmentStatus.values();
    return all[random.nextInt(all.length)];
  }

  FulfilmentStatus judgedStatus() {
    return JUDGED.get(random.nextInt(JUDGED.size()));
  }

  FulfilmentStatus unjudgedStatus() {
    return UNJUDGED.get(random.nextInt(UNJUDGED.size()));
  }

  List<FulfilmentStatus> statuses(int count, boolean judged) {
    List<FulfilmentStatus> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(judged ? judgedStatus() : unjudgedStatus());
    }
    return statuses;
  }

  /** A share with two decimals in [lowest, highest]. */
  BigDecimal share(BigDecimal lowest, BigDecimal highest) {
    int from = lowest.movePointRight(2).intValueExact();
    int to = highest.movePointRight(2).intValueExact();
    return BigDecimal.valueOf(between(from, to), 2);
  }

  /** Any valid rule; with {@code partialShareAboveZero}, thresholds that can say "not". */
  FulfilmentRule rule(boolean partialShareAboveZero) {
    FulfilmentRule rule =
        random.nextBoolean()
            ? FulfilmentRule.DEFAULT
            : FulfilmentRule.shareOfTarget(share(BigDecimal.ZERO, BigDecimal.ONE));
    if (random.nextBoolean()) {
      return rule;
    }
    BigDecimal lowest = partialShareAboveZero ? new BigDecimal("0.01") : BigDecimal.ZERO;
    BigDecimal fulfilled = share(lowest, BigDecimal.ONE);
    return rule.withShareThresholds(fulfilled, share(lowest, fulfilled));
  }

  /** A plan of focus areas, goals (some nested) and indicators with points in any status. */
  NodeInput plan() {
    List<NodeInput> areas = new ArrayList<>();
    for (int i = between(1, 3); i > 0; i--) {
      areas.add(Trees.node(NodeKind.FOCUS_AREA, goals(2).toArray(NodeInput[]::new)));
    }
    return Trees.plan(areas.toArray(NodeInput[]::new));
  }

  private List<NodeInput> goals(int depthLeft) {
    List<NodeInput> goals = new ArrayList<>();
    for (int i = between(0, 3); i > 0; i--) {
      List<NodeInput> children = new ArrayList<>();
      for (int j = between(0, 3); j > 0; j--) {
        children.add(indicatorOfAnyStatuses());
      }
      if (depthLeft > 0 && random.nextInt(3) == 0) {
        children.addAll(goals(depthLeft - 1));
      }
      goals.add(Trees.goal(children.toArray(NodeInput[]::new)));
    }
    return goals;
  }

  private NodeInput indicatorOfAnyStatuses() {
    FulfilmentStatus[] statuses = new FulfilmentStatus[between(0, 4)];
    for (int i = 0; i < statuses.length; i++) {
      statuses[i] = anyStatus();
    }
    return Trees.indicator(statuses);
  }

  /**
   * The same tree with unjudgeable parts added: NO_DATA and NO_TARGET points in indicators, and
   * indicators holding only such points beside goals.
   */
  NodeInput withUnjudgedParts(NodeInput node) {
    List<PointInput> points = new ArrayList<>(node.points());
    List<NodeInput> children = new ArrayList<>();
    for (NodeInput child : node.children()) {
      children.add(withUnjudgedParts(child));
    }
    if (node.kind() == NodeKind.INDICATOR) {
      for (int i = between(0, 2); i > 0; i--) {
        points.add(Trees.pointThatIs(unjudgedStatus()));
      }
    } else if (random.nextBoolean()) {
      children.add(
          Trees.indicator(statuses(between(0, 2), false).toArray(FulfilmentStatus[]::new)));
    }
    return new NodeInput(node.kind(), node.id(), children, points);
  }
}
