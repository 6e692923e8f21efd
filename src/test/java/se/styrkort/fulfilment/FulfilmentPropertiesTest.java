package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.fulfilment.FulfilmentStatus.FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NOT_FULFILLED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of fulfilment over seeded random cases (jqwik is not used: see the pom). Each case is
 * named by its seed, so a failure replays exactly with that seed.
 */
class FulfilmentPropertiesTest {

  private static final long FIRST_SEED = 20_240_831L;

  private static final int CASES = 100;

  static Stream<Long> seeds() {
    return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noDataAndNoTargetChildrenNeverChangeAStatus(long seed) {
    RandomPlans plans = new RandomPlans(seed);
    FulfilmentRule rule = plans.rule(false);
    List<FulfilmentStatus> judged = plans.statuses(plans.between(0, 6), true);
    List<FulfilmentStatus> withUnjudged = new ArrayList<>(judged);
    withUnjudged.addAll(plans.statuses(plans.between(1, 4), false));
    Collections.shuffle(withUnjudged, plans.random());

    assertEquals(Fulfilment.combine(judged, rule), Fulfilment.combine(withUnjudged, rule));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void unjudgedPartsAnywhereInATreeChangeNoNodesStatus(long seed) {
    RandomPlans plans = new RandomPlans(seed);
    FulfilmentRule rule = plans.rule(false);
    NodeInput tree = plans.plan();

    Map<Long, FulfilmentStatus> before = statusById(Trees.judge(tree, rule).root());
    Map<Long, FulfilmentStatus> after =
        statusById(Trees.judge(plans.withUnjudgedParts(tree), rule).root());

    after.keySet().retainAll(before.keySet());
    assertEquals(before, after);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void allChildrenFulfilledMeansFulfilledAndAllNotMeansNot(long seed) {
    RandomPlans plans = new RandomPlans(seed);
    FulfilmentRule rule = plans.rule(true);
    for (FulfilmentStatus everyChild : List.of(FULFILLED, NOT_FULFILLED)) {
      List<FulfilmentStatus> children =
          new ArrayList<>(Collections.nCopies(plans.between(1, 8), everyChild));
      children.addAll(plans.statuses(plans.between(0, 3), false));
      Collections.shuffle(children, plans.random());

      assertEquals(everyChild, Fulfilment.combine(children, rule), () -> children + " " + rule);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void countsAtANodeAddUpToThePointsBeneathIt(long seed) {
    RandomPlans plans = new RandomPlans(seed);

    NodeResult root = Trees.judge(plans.plan(), plans.rule(false)).root();

    assertCountsMatchPointsBeneath(root);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void raisingAValueNeverLowersTheStatusUnderAnIncreasingTarget(long seed) {
    assertMonotone(seed, Comparator.GE, Comparator.GT, 1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void loweringAValueNeverLowersTheStatusUnderADecreasingTarget(long seed) {
    assertMonotone(seed, Comparator.LE, Comparator.LT, -1);
  }

  /**
   * Judges one random point at two values, {@code better} apart in the direction that should help,
   * and checks the better one's status is at least as good.
   */
  private static void assertMonotone(long seed, Comparator one, Comparator other, int better) {
    RandomPlans plans = new RandomPlans(seed);
    PlanContext plan = new PlanContext(2023, plans.rule(false));
    Comparator comparator = plans.random().nextBoolean() ? one : other;
    boolean ordinal = plans.random().nextInt(4) == 0;
    int highest = ordinal ? plans.between(1, 5) : 200;
    int lowest = ordinal ? 0 : -50;
    int first = plans.between(lowest, highest);
    int second = plans.between(lowest, highest);
    int worse = better > 0 ? Math.min(first, second) : Math.max(first, second);
    int improved = better > 0 ? Math.max(first, second) : Math.min(first, second);
    MonotoneCase point = new MonotoneCase(plans, comparator, ordinal, lowest, highest);

    FulfilmentStatus worseStatus = point.judge(worse, plan);
    FulfilmentStatus betterStatus = point.judge(improved, plan);

    assertTrue(
        rank(betterStatus) >= rank(worseStatus),
        () -> point + ": " + worse + " → " + worseStatus + ", " + improved + " → " + betterStatus);
  }

  /** A random point whose target and baseline stay fixed while its 2024 value varies. */
  private static final class MonotoneCase {
    private final boolean ordinal;
    private final List<String> scale = new ArrayList<>();
    private final TargetSpec target;
    private final Integer baseline;

    MonotoneCase(
        RandomPlans plans, Comparator comparator, boolean ordinal, int lowest, int highest) {
      this.ordinal = ordinal;
      for (int level = 0; level <= highest; level++) {
        scale.add("level " + level);
      }
      this.baseline = plans.random().nextInt(4) == 0 ? null : plans.between(lowest, highest);
      this.target =
          baseline != null && plans.random().nextBoolean()
              ? TargetSpec.outcomeOf(2024, comparator, 2023)
              : TargetSpec.literal(2024, comparator, value(plans.between(lowest, highest)));
    }

    FulfilmentStatus judge(int value, PlanContext plan) {
      List<Observation> observations = new ArrayList<>();
      if (baseline != null) {
        observations.add(observation(1, 2023, baseline));
      }
      observations.add(observation(2, 2024, value));
      ValueType type = ordinal ? ValueType.ORDINAL : ValueType.NUMBER;
      PointInput point =
          new PointInput(1, type, ordinal ? scale : List.of(), List.of(target), observations);
      return Fulfilment.evaluatePoint(point, plan, FulfilmentOptions.forYear(2024)).status();
    }

    private Observation observation(long id, int year, int value) {
      return new Observation(
          id, year, EvaluationKind.OUTCOME, LocalDate.of(year, 12, 31), value(value), true);
    }

    private Value value(int value) {
      return ordinal ? Value.level(scale.get(value)) : Value.numeric(BigDecimal.valueOf(value, 1));
    }

    @Override
    public String toString() {
      return (ordinal ? "ORDINAL" : "NUMBER") + " " + target + ", baseline " + baseline;
    }
  }

  private static int rank(FulfilmentStatus status) {
    return switch (status) {
      case FULFILLED -> 2;
      case PARTIALLY_FULFILLED -> 1;
      case NOT_FULFILLED -> 0;
      default -> throw new AssertionError("a point with a value and a target was " + status);
    };
  }

  private static void assertCountsMatchPointsBeneath(NodeResult node) {
    List<FulfilmentStatus> beneath = new ArrayList<>();
    collectPointStatuses(node, beneath);
    StatusCounts counts = node.counts();

    assertEquals(StatusCounts.of(beneath), counts);
    assertEquals(beneath.size(), counts.total());
    assertEquals(counts.judged(), node.judged());
    assertEquals(counts.shareFulfilled(), node.shareFulfilled());
    node.children().forEach(FulfilmentPropertiesTest::assertCountsMatchPointsBeneath);
  }

  private static void collectPointStatuses(NodeResult node, List<FulfilmentStatus> into) {
    node.points().forEach(point -> into.add(point.status()));
    node.children().forEach(child -> collectPointStatuses(child, into));
  }

  private static Map<Long, FulfilmentStatus> statusById(NodeResult node) {
    Map<Long, FulfilmentStatus> statuses = new HashMap<>();
    collectStatuses(node, statuses);
    return statuses;
  }

  private static void collectStatuses(NodeResult node, Map<Long, FulfilmentStatus> into) {
    into.put(node.id(), node.status());
    node.children().forEach(child -> collectStatuses(child, into));
  }
}
