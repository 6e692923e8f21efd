package se.styrkort.fulfilment;

import static se.styrkort.fulfilment.PointBuilder.number;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Goal trees for roll-up tests, built from the status each point is to come to. Judge them with
 * {@link #PLAN} in {@link #YEAR}.
 */
final class Trees {

  static final int YEAR = 2024;

  static final PlanContext PLAN = new PlanContext(2023, FulfilmentRule.DEFAULT);

  private static final AtomicLong NEXT_ID = new AtomicLong(1000);

  private Trees() {}

  /** A point (target ≥ 10, baseline 2023 = 0) that comes to {@code status} in {@link #YEAR}. */
  static PointInput pointThatIs(FulfilmentStatus status) {
    PointBuilder point = number("made " + status).id(NEXT_ID.incrementAndGet());
    return switch (status) {
      case FULFILLED -> point.target(YEAR, Comparator.GE, "10").outcome(YEAR, "12").build();
      case PARTIALLY_FULFILLED ->
          point.outcome(YEAR - 1, "0").target(YEAR, Comparator.GE, "10").outcome(YEAR, "5").build();
      case NOT_FULFILLED ->
          point.outcome(YEAR - 1, "5").target(YEAR, Comparator.GE, "10").outcome(YEAR, "4").build();
      case NO_DATA -> point.target(YEAR, Comparator.GE, "10").build();
      case NO_TARGET -> point.outcome(YEAR, "5").build();
    };
  }

  static NodeInput indicator(FulfilmentStatus... pointStatuses) {
    return NodeInput.indicator(
        NEXT_ID.incrementAndGet(), Arrays.stream(pointStatuses).map(Trees::pointThatIs).toList());
  }

  static NodeInput goal(NodeInput... children) {
    return node(NodeKind.GOAL, children);
  }

  static NodeInput focusArea(NodeInput... children) {
    return node(NodeKind.FOCUS_AREA, children);
  }

  static NodeInput plan(NodeInput... children) {
    return node(NodeKind.PLAN, children);
  }

  static NodeInput node(NodeKind kind, NodeInput... children) {
    return NodeInput.of(kind, NEXT_ID.incrementAndGet(), List.of(children));
  }

  static FulfilmentReport judge(NodeInput root, FulfilmentRule rule) {
    return Fulfilment.evaluateTree(
        root, new PlanContext(2023, rule), FulfilmentOptions.forYear(YEAR));
  }
}
