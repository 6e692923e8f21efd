package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.fulfilment.Comparator.GE;
import static se.styrkort.fulfilment.Comparator.GT;
import static se.styrkort.fulfilment.Comparator.LE;
import static se.styrkort.fulfilment.FulfilmentStatus.FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NOT_FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_DATA;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_TARGET;
import static se.styrkort.fulfilment.FulfilmentStatus.PARTIALLY_FULFILLED;
import static se.styrkort.fulfilment.PointBuilder.ordinal;
import static se.styrkort.fulfilment.PointBuilder.percent;

import org.junit.jupiter.api.Test;

/** The worked examples of domain.md, word for word. */
class WorkedExamplesTest {

  private static final PlanContext PLAN = new PlanContext(2023, FulfilmentRule.DEFAULT);

  private static PointBuilder forskola() {
    return percent("Förskola").outcome(2023, "99").target(2024, GE, "100");
  }

  private static PointBuilder matematik() {
    return percent("Matematik").outcome(2023, "17").targetOutcomeOf(2024, GE, 2023);
  }

  @Test
  void forskolaReachingOneHundredIsFulfilled() {
    PointResult result = judge(forskola().outcome(2024, "100"), Basis.LATEST);

    assertEquals(FULFILLED, result.status());
    assertEquals(Value.numeric("100"), result.observation().value());
    assertEquals(Value.numeric("99"), result.baseline().value());
    assertEquals(2023, result.baseline().year());
    assertEquals(Value.numeric("100"), result.target().value());
    assertNull(result.target().referenceYear());
  }

  @Test
  void forskolaAtNinetyNineAndAHalfIsPartiallyFulfilledHalfway() {
    PointResult result = judge(forskola().outcome(2024, "99.5"), Basis.LATEST);

    assertEquals(PARTIALLY_FULFILLED, result.status());
    assertEquals(0.5, result.progress());
    assertEquals(PointRuleKind.PROGRESS, result.pointRule());
  }

  @Test
  void forskolaFallingToNinetyEightIsNotFulfilled() {
    PointResult result = judge(forskola().outcome(2024, "98"), Basis.LATEST);

    assertEquals(NOT_FULFILLED, result.status());
    assertEquals(-1.0, result.progress());
  }

  @Test
  void matematikBelowTheOutcomeOf2023IsNotFulfilled() {
    PointResult result = judge(matematik().outcome(2024, "16"), Basis.LATEST);

    assertEquals(NOT_FULFILLED, result.status());
    assertEquals(Value.numeric("17"), result.target().value());
    assertEquals(2023, result.target().referenceYear());
    assertEquals(1L, result.target().referenceEvaluationId());
  }

  @Test
  void matematikForecastOfEighteenIsFulfilledOnLatest() {
    PointResult result = judge(matematik().forecast(2024, "2024-08-31", "18"), Basis.LATEST);

    assertEquals(FULFILLED, result.status());
    assertEquals(EvaluationKind.FORECAST, result.observation().kind());
    assertEquals(Basis.LATEST, result.basis());
  }

  @Test
  void matematikForecastOfEighteenIsNoDataOnOutcome() {
    PointResult result = judge(matematik().forecast(2024, "2024-08-31", "18"), Basis.OUTCOME);

    assertEquals(NO_DATA, result.status());
    assertNull(result.observation());
    assertEquals(Basis.OUTCOME, result.basis());
    assertEquals("no outcome recorded for 2024", result.reason().text());
  }

  @Test
  void personalomsattningWithoutA2023OutcomeHasNoTarget() {
    PointBuilder point =
        percent("Personalomsättning").targetOutcomeOf(2024, LE, 2023).outcome(2024, "12");

    PointResult result = judge(point, Basis.LATEST);

    assertEquals(NO_TARGET, result.status());
    assertEquals("no outcome recorded for 2023", result.reason().text());
    assertEquals(2023, result.target().referenceYear());
    assertNull(result.target().value());
    assertEquals(Value.numeric("12"), result.observation().value());
  }

  @Test
  void hemsidaFullyUserFriendlyBeatsPartly() {
    PointBuilder point =
        ordinal("Hemsida", "saknas", "delvis", "helt")
            .outcome(2023, "delvis")
            .target(2024, GT, "delvis")
            .outcome(2024, "helt");

    PointResult result = judge(point, Basis.LATEST);

    assertEquals(FULFILLED, result.status());
    assertEquals(Value.level("helt"), result.observation().value());
  }

  private static PointResult judge(PointBuilder point, Basis basis) {
    return Fulfilment.evaluatePoint(point.build(), PLAN, new FulfilmentOptions(2024, basis, false));
  }
}
