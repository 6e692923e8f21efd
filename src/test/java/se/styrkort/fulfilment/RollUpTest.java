package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.fulfilment.FulfilmentStatus.FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NOT_FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_DATA;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_TARGET;
import static se.styrkort.fulfilment.FulfilmentStatus.PARTIALLY_FULFILLED;
import static se.styrkort.fulfilment.Trees.focusArea;
import static se.styrkort.fulfilment.Trees.goal;
import static se.styrkort.fulfilment.Trees.indicator;
import static se.styrkort.fulfilment.Trees.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RollUpTest {

  private static final FulfilmentRule THRESHOLDS =
      FulfilmentRule.DEFAULT.withShareThresholds(new BigDecimal("0.8"), new BigDecimal("0.3"));

  static Stream<Arguments> unanimousCases() {
    return Stream.of(
        Arguments.of(List.of(), NO_DATA),
        Arguments.of(List.of(NO_DATA, NO_TARGET), NO_DATA),
        Arguments.of(List.of(FULFILLED, FULFILLED), FULFILLED),
        Arguments.of(List.of(FULFILLED, NO_DATA, NO_TARGET), FULFILLED),
        Arguments.of(List.of(NOT_FULFILLED, NOT_FULFILLED, NO_DATA), NOT_FULFILLED),
        Arguments.of(List.of(FULFILLED, NOT_FULFILLED), PARTIALLY_FULFILLED),
        Arguments.of(List.of(PARTIALLY_FULFILLED), PARTIALLY_FULFILLED),
        Arguments.of(List.of(NOT_FULFILLED, PARTIALLY_FULFILLED), PARTIALLY_FULFILLED));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("unanimousCases")
  void rollsUpByTheDefaultRule(List<FulfilmentStatus> children, FulfilmentStatus expected) {
    assertEquals(expected, Fulfilment.combine(children, FulfilmentRule.DEFAULT));
  }

  /** Judged children as F/P/N counts, with 0.8 to be fulfilled and 0.3 to escape "not". */
  static Stream<Arguments> thresholdCases() {
    return Stream.of(
        Arguments.of(4, 0, 1, FULFILLED), // 4/5 = 0.8 fulfilled: exactly on the threshold
        Arguments.of(3, 1, 1, PARTIALLY_FULFILLED), // 0.6 fulfilled
        Arguments.of(0, 3, 7, PARTIALLY_FULFILLED), // 3/10 = 0.3 is not below 0.3
        Arguments.of(1, 1, 8, NOT_FULFILLED), // 0.2 fulfilled or partially
        Arguments.of(0, 0, 3, NOT_FULFILLED),
        Arguments.of(10, 0, 0, FULFILLED),
        Arguments.of(0, 0, 0, NO_DATA));
  }

  @ParameterizedTest(name = "F={0} P={1} N={2} → {3}")
  @MethodSource("thresholdCases")
  void rollsUpByShareThresholds(int f, int p, int n, FulfilmentStatus expected) {
    List<FulfilmentStatus> children = new ArrayList<>();
    children.addAll(Collections.nCopies(f, FULFILLED));
    children.addAll(Collections.nCopies(p, PARTIALLY_FULFILLED));
    children.addAll(Collections.nCopies(n, NOT_FULFILLED));
    children.addAll(List.of(NO_DATA, NO_TARGET, NO_DATA));

    assertEquals(expected, Fulfilment.combine(children, THRESHOLDS));
  }

  @Test
  void aNodeIsJudgedOverItsDirectChildrenAndCountsEveryPointBeneath() {
    NodeInput bigFulfilled = indicator(FULFILLED, FULFILLED, FULFILLED, FULFILLED, NO_DATA);
    NodeInput smallNotFulfilled = indicator(NOT_FULFILLED);

    NodeResult goal =
        Trees.judge(goal(bigFulfilled, smallNotFulfilled), FulfilmentRule.DEFAULT).root();

    assertEquals(PARTIALLY_FULFILLED, goal.status());
    assertEquals(new StatusCounts(4, 0, 1, 1, 0), goal.counts());
    assertEquals(5, goal.judged());
    assertEquals(0.8, goal.shareFulfilled());
    assertEquals(FULFILLED, goal.children().get(0).status());
    assertEquals(5, goal.children().get(0).points().size());
  }

  @Test
  void thePlanCarriesCountsThroughEveryLevel() {
    NodeInput root =
        plan(
            focusArea(goal(indicator(FULFILLED, PARTIALLY_FULFILLED), goal(indicator(NO_TARGET)))),
            focusArea(goal(indicator(NO_DATA))));

    FulfilmentReport report = Trees.judge(root, FulfilmentRule.DEFAULT);

    NodeResult plan = report.root();
    assertEquals(NodeKind.PLAN, plan.kind());
    assertEquals(PARTIALLY_FULFILLED, plan.status());
    assertEquals(new StatusCounts(1, 1, 0, 1, 1), plan.counts());
    assertEquals(2, plan.judged());
    assertEquals(0.5, plan.shareFulfilled());
    NodeResult quietArea = plan.children().get(1);
    assertEquals(NO_DATA, quietArea.status());
    assertNull(quietArea.shareFulfilled());
    assertEquals(
        "none of its 1 parts could be judged (no data or no target)", quietArea.reason().text());
    assertEquals("PROGRESS/UNANIMOUS", report.ruleName());
    assertEquals(2024, report.year());
    assertEquals(Basis.LATEST, report.basis());
  }

  @Test
  void aNodeWithNothingBeneathHasNoData() {
    NodeResult goal = Trees.judge(goal(), FulfilmentRule.DEFAULT).root();

    assertEquals(NO_DATA, goal.status());
    assertEquals(StatusCounts.NONE, goal.counts());
    assertEquals(0, goal.judged());
    assertNull(goal.shareFulfilled());
    assertEquals("nothing beneath it to judge", goal.reason().text());
  }

  @Test
  void theReportNamesTheThresholdRule() {
    FulfilmentReport report = Trees.judge(goal(indicator(FULFILLED)), THRESHOLDS);

    assertEquals("PROGRESS/SHARE_THRESHOLDS(0.8,0.3)", report.ruleName());
    assertEquals(THRESHOLDS, report.rule());
  }

  @Test
  void thresholdsApplyAtEveryNode() {
    NodeInput indicator =
        indicator(FULFILLED, FULFILLED, FULFILLED, FULFILLED, NOT_FULFILLED, NO_TARGET);

    NodeResult underThresholds = Trees.judge(goal(indicator), THRESHOLDS).root();
    NodeResult underDefault = Trees.judge(goal(indicator), FulfilmentRule.DEFAULT).root();

    assertEquals(FULFILLED, underThresholds.status());
    assertEquals(FULFILLED, underThresholds.children().get(0).status());
    assertEquals(PARTIALLY_FULFILLED, underDefault.status());
  }
}
