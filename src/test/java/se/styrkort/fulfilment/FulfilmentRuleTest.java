package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.fulfilment.PointRuleKind.PROGRESS;
import static se.styrkort.fulfilment.PointRuleKind.SHARE_OF_TARGET;
import static se.styrkort.fulfilment.RollUpRuleKind.SHARE_THRESHOLDS;
import static se.styrkort.fulfilment.RollUpRuleKind.UNANIMOUS;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FulfilmentRuleTest {

  static Stream<Arguments> invalidRules() {
    return Stream.of(
        Arguments.of(
            rule(SHARE_OF_TARGET, null, UNANIMOUS, null, null),
            List.of(problem("pointPartialShare", "is required for SHARE_OF_TARGET"))),
        Arguments.of(
            rule(SHARE_OF_TARGET, "1.2", UNANIMOUS, null, null),
            List.of(problem("pointPartialShare", "must lie between 0 and 1, was 1.2"))),
        Arguments.of(
            rule(SHARE_OF_TARGET, "-0.1", UNANIMOUS, null, null),
            List.of(problem("pointPartialShare", "must lie between 0 and 1, was -0.1"))),
        Arguments.of(
            rule(PROGRESS, "0.8", UNANIMOUS, null, null),
            List.of(
                problem(
                    "pointPartialShare",
                    "is used only by SHARE_OF_TARGET; leave it empty for PROGRESS"))),
        Arguments.of(
            rule(PROGRESS, null, SHARE_THRESHOLDS, null, "0.3"),
            List.of(problem("rollUpFulfilledShare", "is required for SHARE_THRESHOLDS"))),
        Arguments.of(
            rule(PROGRESS, null, SHARE_THRESHOLDS, "0.8", "1.5"),
            List.of(problem("rollUpPartialShare", "must lie between 0 and 1, was 1.5"))),
        Arguments.of(
            rule(PROGRESS, null, SHARE_THRESHOLDS, "0.3", "0.8"),
            List.of(problem("rollUpPartialShare", "must not exceed rollUpFulfilledShare"))),
        Arguments.of(
            rule(PROGRESS, null, UNANIMOUS, "0.8", null),
            List.of(
                problem(
                    "rollUpFulfilledShare",
                    "is used only by SHARE_THRESHOLDS; leave it empty for UNANIMOUS"))),
        Arguments.of(
            rule(SHARE_OF_TARGET, "2", SHARE_THRESHOLDS, null, null),
            List.of(
                problem("pointPartialShare", "must lie between 0 and 1, was 2"),
                problem("rollUpFulfilledShare", "is required for SHARE_THRESHOLDS"),
                problem("rollUpPartialShare", "is required for SHARE_THRESHOLDS"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRules")
  void reportsEveryProblemByField(FulfilmentRule rule, List<FieldProblem> expected) {
    assertEquals(expected, rule.problems());
    InvalidFulfilmentRuleException thrown =
        assertThrows(InvalidFulfilmentRuleException.class, () -> new PlanContext(2023, rule));
    assertEquals(expected, thrown.problems());
  }

  static Stream<Arguments> validRules() {
    return Stream.of(
        Arguments.of(FulfilmentRule.DEFAULT, "PROGRESS/UNANIMOUS"),
        Arguments.of(rule(null, null, null, null, null), "PROGRESS/UNANIMOUS"),
        Arguments.of(
            rule(SHARE_OF_TARGET, "0.8000", UNANIMOUS, null, null),
            "SHARE_OF_TARGET(0.8)/UNANIMOUS"),
        Arguments.of(
            rule(PROGRESS, null, SHARE_THRESHOLDS, "0.8", "0.3"),
            "PROGRESS/SHARE_THRESHOLDS(0.8,0.3)"),
        Arguments.of(
            rule(SHARE_OF_TARGET, "0", SHARE_THRESHOLDS, "1", "1"),
            "SHARE_OF_TARGET(0)/SHARE_THRESHOLDS(1,1)"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("validRules")
  void acceptsThresholdsWithinZeroAndOneAndNamesTheRule(FulfilmentRule rule, String name) {
    assertEquals(List.of(), rule.problems());
    assertSame(rule, rule.requireValid());
    assertEquals(name, rule.name());
  }

  @Test
  void describesTheRuleInWords() {
    FulfilmentRule vansbro =
        FulfilmentRule.shareOfTarget(new BigDecimal("0.8"))
            .withShareThresholds(new BigDecimal("0.8"), new BigDecimal("0.3"));

    assertEquals(
        "A measurement point that misses its target is partially fulfilled when its value reaches"
            + " 80 % of the target level (for numbers; other values use progress from the"
            + " baseline). A goal is fulfilled when at least 80 % of its judged parts are"
            + " fulfilled, and not fulfilled when fewer than 30 % are fulfilled or partially"
            + " fulfilled.",
        vansbro.describe());
    assertTrue(FulfilmentRule.DEFAULT.describe().contains("moved from the baseline"));
  }

  @Test
  void aPlanWithoutARuleGetsTheDefault() {
    assertEquals(FulfilmentRule.DEFAULT, new PlanContext(null, null).rule());
  }

  private static FulfilmentRule rule(
      PointRuleKind point,
      String pointShare,
      RollUpRuleKind rollUp,
      String fulfilled,
      String partial) {
    return new FulfilmentRule(
        point, decimal(pointShare), rollUp, decimal(fulfilled), decimal(partial));
  }

  private static BigDecimal decimal(String written) {
    return written == null ? null : new BigDecimal(written);
  }

  private static FieldProblem problem(String field, String message) {
    return new FieldProblem(field, message);
  }
}
