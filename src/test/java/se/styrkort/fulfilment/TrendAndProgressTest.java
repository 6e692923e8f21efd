package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.fulfilment.Comparator.EQ;
import static se.styrkort.fulfilment.Comparator.GE;
import static se.styrkort.fulfilment.Comparator.GT;
import static se.styrkort.fulfilment.Comparator.LE;
import static se.styrkort.fulfilment.Comparator.LT;
import static se.styrkort.fulfilment.PointBuilder.number;
import static se.styrkort.fulfilment.PointBuilder.ordinal;
import static se.styrkort.fulfilment.PointBuilder.yesNo;
import static se.styrkort.fulfilment.Trend.IMPROVED;
import static se.styrkort.fulfilment.Trend.UNCHANGED;
import static se.styrkort.fulfilment.Trend.WORSENED;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrendAndProgressTest {

  private static final PlanContext PLAN = new PlanContext(2023, FulfilmentRule.DEFAULT);

  static Stream<Arguments> trends() {
    return Stream.of(
        // comparator, target, 2023 outcome, 2024 value, trend
        Arguments.of(GE, "20", "10", "12", IMPROVED),
        Arguments.of(GT, "20", "10", "10", UNCHANGED),
        Arguments.of(GE, "20", "10", "8", WORSENED),
        Arguments.of(GE, "20", "10", "25", IMPROVED),
        Arguments.of(LE, "5", "10", "8", IMPROVED),
        Arguments.of(LT, "5", "10", "12", WORSENED),
        Arguments.of(LE, "5", "10", "10.0", UNCHANGED),
        Arguments.of(EQ, "10", "14", "11", IMPROVED),
        Arguments.of(EQ, "10", "9", "11", UNCHANGED), // as far off as before, on the other side
        Arguments.of(EQ, "10", "10", "12", WORSENED));
  }

  @ParameterizedTest(name = "{2} → {3} under {0} {1}: {4}")
  @MethodSource("trends")
  void betterFollowsTheComparator(
      Comparator comparator, String target, String before, String now, Trend expected) {
    PointResult result =
        judge(
            number("x").outcome(2023, before).target(2024, comparator, target).outcome(2024, now));

    assertEquals(expected, result.trend());
    assertEquals(Value.numeric(before), result.previousOutcome().value());
  }

  static Stream<Arguments> yesNoTrends() {
    return Stream.of(
        Arguments.of("false", "true", IMPROVED),
        Arguments.of("true", "false", WORSENED),
        Arguments.of("true", "true", UNCHANGED),
        Arguments.of("false", "false", UNCHANGED));
  }

  /** A yes/no moves toward "= true" by becoming true; it has no other "better". */
  @ParameterizedTest(name = "{0} → {1}: {2}")
  @MethodSource("yesNoTrends")
  void aYesNoImprovesByReachingItsTarget(String before, String now, Trend expected) {
    PointResult result =
        judge(yesNo("x").outcome(2023, before).target(2024, EQ, "true").outcome(2024, now));

    assertEquals(expected, result.trend());
  }

  @Test
  void aScaleLevelTrendsByRank() {
    PointResult result = judge(SeedPoints.hemsida().outcome(2024, "saknas"));

    assertEquals(WORSENED, result.trend());
  }

  @Test
  void energyBelowThePreviousYearIsAnImprovement() {
    PointResult result =
        judge(SeedPoints.energiforbrukning().outcome(2023, "1000000").outcome(2024, "950000"));

    assertEquals(IMPROVED, result.trend());
    assertEquals(2023, result.target().referenceYear());
  }

  @Test
  void noTrendWithoutThePreviousYearsOutcome() {
    PointResult noOutcome = judge(SeedPoints.personalomsattning().outcome(2024, "12"));
    PointResult onlyAForecast =
        judge(
            number("x")
                .forecast(2023, "2023-08-31", "10")
                .target(2024, GE, "20")
                .outcome(2024, "12"));

    assertNull(noOutcome.trend());
    assertNull(noOutcome.previousOutcome());
    assertNull(onlyAForecast.trend());
  }

  @Test
  void noTrendWithoutAValue() {
    PointResult result = judge(SeedPoints.forskola());

    assertNull(result.trend());
    assertEquals(Value.numeric("99"), result.previousOutcome().value());
  }

  @Test
  void withoutATargetTheStatedDirectionSaysWhatIsBetter() {
    PointResult stated =
        judge(number("x").direction(Direction.DECREASE).outcome(2023, "10").outcome(2024, "8"));
    PointResult unstated = judge(number("x").outcome(2023, "10").outcome(2024, "8"));

    assertEquals(FulfilmentStatus.NO_TARGET, stated.status());
    assertEquals(IMPROVED, stated.trend());
    assertNull(unstated.trend());
  }

  @Test
  void closerToAnUnknownTargetCannotBeSaid() {
    PointResult result =
        judge(number("x").outcome(2023, "10").targetOutcomeOf(2024, EQ, 2022).outcome(2024, "8"));

    assertEquals(FulfilmentStatus.NO_TARGET, result.status());
    assertNull(result.trend());
  }

  @Test
  void aYesNoHasNoTrendAlongAStatedDirection() {
    PointResult result =
        judge(
            yesNo("x").direction(Direction.INCREASE).outcome(2023, "false").outcome(2024, "true"));

    assertNull(result.trend());
  }

  @Test
  void progressIsNotClamped() {
    assertEquals(1.5, judge(SeedPoints.forskola().outcome(2024, "100.5")).progress());
    assertEquals(-2.0, judge(SeedPoints.forskola().outcome(2024, "97")).progress());
  }

  @Test
  void progressOnAScaleCountsLevels() {
    PointResult result =
        judge(
            ordinal("x", "a", "b", "c", "d", "e")
                .outcome(2023, "b")
                .target(2024, GE, "e")
                .outcome(2024, "c"));

    assertEquals(1.0 / 3.0, result.progress(), 1e-12);
    assertEquals(FulfilmentStatus.PARTIALLY_FULFILLED, result.status());
  }

  @Test
  void progressIsNullWhereItCannotBeComputed() {
    assertNull(
        judge(number("x").target(2024, GE, "5").outcome(2024, "3")).progress(), "no baseline");
    assertNull(
        judge(SeedPoints.ledningsgruppen().outcome(2024, "17")).progress(), "target = baseline");
    assertNull(judge(SeedPoints.positivtResultat().outcome(2024, "false")).progress(), "yes/no");
    assertNull(judge(SeedPoints.eTjanster()).progress(), "no value");
    assertNull(judge(SeedPoints.personalomsattning().outcome(2024, "12")).progress(), "no target");
  }

  private static PointResult judge(PointBuilder point) {
    return Fulfilment.evaluatePoint(point.build(), PLAN, FulfilmentOptions.forYear(2024));
  }
}
