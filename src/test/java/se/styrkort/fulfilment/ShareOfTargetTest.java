package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.fulfilment.Comparator.EQ;
import static se.styrkort.fulfilment.Comparator.GE;
import static se.styrkort.fulfilment.Comparator.GT;
import static se.styrkort.fulfilment.Comparator.LE;
import static se.styrkort.fulfilment.Comparator.LT;
import static se.styrkort.fulfilment.FulfilmentStatus.FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NOT_FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.PARTIALLY_FULFILLED;
import static se.styrkort.fulfilment.PointBuilder.number;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Vansbro's rule: "delvis uppnått" means at least 80 % of the target level. */
class ShareOfTargetTest {

  private static final PlanContext VANSBRO =
      new PlanContext(2023, FulfilmentRule.shareOfTarget(new BigDecimal("0.8")));

  static Stream<Arguments> cases() {
    return Stream.of(
        // comparator, target, value, expected; baseline 2023 = the value, so PROGRESS would say no
        Arguments.of(GE, "100", "100", FULFILLED),
        Arguments.of(GE, "100", "80", PARTIALLY_FULFILLED), // exactly 80 %
        Arguments.of(GE, "100", "79.99", NOT_FULFILLED),
        Arguments.of(GT, "50", "40", PARTIALLY_FULFILLED),
        Arguments.of(GT, "50", "50", PARTIALLY_FULFILLED), // not above 50, but 100 % of it
        Arguments.of(GE, "100", "-5", NOT_FULFILLED),
        Arguments.of(LE, "8", "10", PARTIALLY_FULFILLED), // 8 / 10 = 80 %
        Arguments.of(LE, "8", "10.01", NOT_FULFILLED),
        Arguments.of(LT, "8", "8", PARTIALLY_FULFILLED),
        Arguments.of(LE, "8", "7", FULFILLED));
  }

  @ParameterizedTest(name = "{2} against {0} {1} → {3}")
  @MethodSource("cases")
  void judgesByShareOfTheTargetLevel(
      Comparator comparator, String target, String value, FulfilmentStatus expected) {
    PointResult result =
        judge(
            number("x").outcome(2023, value).target(2024, comparator, target).outcome(2024, value));

    assertEquals(expected, result.status());
    if (expected != FULFILLED) {
      assertEquals(PointRuleKind.SHARE_OF_TARGET, result.pointRule());
      assertNull(result.pointRuleNote());
    }
  }

  @Test
  void ignoresTheBaselineWhereTheShareIsReached() {
    PointResult result =
        judge(number("x").outcome(2023, "95").target(2024, GE, "100").outcome(2024, "90"));

    assertEquals(PARTIALLY_FULFILLED, result.status());
    assertEquals(-1.0, result.progress());
  }

  @Test
  void fallsBackToProgressForScaleLevelsAndSaysSo() {
    PointResult result = judge(SeedPoints.digitalaAvslutningssamtal().outcome(2024, "delvis"));

    assertEquals(PARTIALLY_FULFILLED, result.status());
    assertEquals(PointRuleKind.PROGRESS, result.pointRule());
    assertEquals(
        "SHARE_OF_TARGET applies to numbers only; this ORDINAL point is judged by PROGRESS",
        result.pointRuleNote());
  }

  @Test
  void fallsBackToProgressForYesNo() {
    PointResult result = judge(SeedPoints.positivtResultat().outcome(2024, "false"));

    assertEquals(NOT_FULFILLED, result.status());
    assertEquals(PointRuleKind.PROGRESS, result.pointRule());
  }

  @Test
  void fallsBackToProgressForAnExactTarget() {
    PointResult result =
        judge(number("x").outcome(2023, "20").target(2024, EQ, "10").outcome(2024, "15"));

    assertEquals(PARTIALLY_FULFILLED, result.status());
    assertEquals(PointRuleKind.PROGRESS, result.pointRule());
    assertEquals(
        "SHARE_OF_TARGET does not apply to an EQ target; judged by PROGRESS",
        result.pointRuleNote());
  }

  /** A share of zero (or of a negative level) would divide by zero or turn its meaning around. */
  @Test
  void fallsBackToProgressForATargetOfZeroOrLess() {
    PointResult zero =
        judge(number("x").outcome(2023, "-3").target(2024, GT, "0").outcome(2024, "-1"));
    PointResult negative =
        judge(number("x").outcome(2023, "-30").target(2024, GE, "-10").outcome(2024, "-100"));

    assertEquals(PARTIALLY_FULFILLED, zero.status());
    assertEquals(
        "SHARE_OF_TARGET needs a target above 0; judged by PROGRESS", zero.pointRuleNote());
    assertEquals(NOT_FULFILLED, negative.status());
    assertEquals(PointRuleKind.PROGRESS, negative.pointRule());
  }

  @Test
  void saysNothingAboutTheRuleWhenTheTargetIsMet() {
    PointResult result = judge(number("x").target(2024, GE, "5").outcome(2024, "5"));

    assertNull(result.pointRule());
    assertNull(result.pointRuleNote());
  }

  private static PointResult judge(PointBuilder point) {
    return Fulfilment.evaluatePoint(point.build(), VANSBRO, FulfilmentOptions.forYear(2024));
  }
}
