package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.fulfilment.AssessedStatus.NOT_ASSESSABLE;
import static se.styrkort.fulfilment.FulfilmentStatus.FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NOT_FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_DATA;
import static se.styrkort.fulfilment.FulfilmentStatus.PARTIALLY_FULFILLED;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The roll-up option (issue 19): where the plan's rule says so, a node with an approved assessment
 * counts with its assessed status in the roll-up above it; its own status stays computed, and the
 * point counts beneath stay those of the points. From the seed, 2024: the indicator "Godkänt i
 * matematik och svenska" holds Matematik (17 → 16, target ≥ 2023: not fulfilled) and Svenska (29 →
 * 30: fulfilled), so it is computed partially fulfilled; the indicator Förskola (99 → 100, ≥ 100)
 * is fulfilled; both serve one goal under one focus area of the plan.
 */
class AssessedRollUpTest {

  private static final long PLAN = 1;
  private static final long AREA = 2;
  private static final long GOAL = 3;
  private static final long SKOLA = 11;
  private static final long FORSKOLA = 12;

  private static NodeInput seedTree(String forskola2024) {
    NodeInput skola =
        NodeInput.indicator(
            SKOLA,
            List.of(
                SeedPoints.matematik().outcome(2024, "16").build(),
                SeedPoints.svenska().outcome(2024, "30").build()));
    NodeInput forskola =
        NodeInput.indicator(
            FORSKOLA, List.of(SeedPoints.forskola().outcome(2024, forskola2024).build()));
    return NodeInput.of(
        NodeKind.PLAN,
        PLAN,
        List.of(
            NodeInput.of(
                NodeKind.FOCUS_AREA,
                AREA,
                List.of(NodeInput.of(NodeKind.GOAL, GOAL, List.of(skola, forskola))))));
  }

  private static FulfilmentReport judge(
      boolean rollUpAssessed, String forskola2024, Assessments assessed) {
    FulfilmentRule rule = FulfilmentRule.DEFAULT.withRollUpAssessed(rollUpAssessed);
    return Fulfilment.evaluateTree(
        seedTree(forskola2024),
        new PlanContext(SeedPoints.BASELINE_YEAR, rule),
        FulfilmentOptions.forYear(SeedPoints.YEAR),
        assessed);
  }

  private static Assessments approved(Object... kindIdStatus) {
    Assessments assessed = Assessments.NONE;
    for (int i = 0; i < kindIdStatus.length; i += 3) {
      assessed =
          assessed.and(
              (NodeKind) kindIdStatus[i],
              (Long) kindIdStatus[i + 1],
              (AssessedStatus) kindIdStatus[i + 2]);
    }
    return assessed;
  }

  /** rule on?, Förskola 2024, approved assessments → skola counted as, goal, focus area, plan. */
  static Stream<Arguments> cases() {
    return Stream.of(
        // The default: assessments change nothing.
        Arguments.of(
            false,
            "100",
            approved(NodeKind.INDICATOR, SKOLA, AssessedStatus.FULFILLED),
            List.of(
                PARTIALLY_FULFILLED,
                PARTIALLY_FULFILLED,
                PARTIALLY_FULFILLED,
                PARTIALLY_FULFILLED)),
        // The rule, no assessment: computed.
        Arguments.of(
            true,
            "100",
            Assessments.NONE,
            List.of(
                PARTIALLY_FULFILLED,
                PARTIALLY_FULFILLED,
                PARTIALLY_FULFILLED,
                PARTIALLY_FULFILLED)),
        // Skola judged fulfilled (the analysis explains Matematik): all above are fulfilled.
        Arguments.of(
            true,
            "100",
            approved(NodeKind.INDICATOR, SKOLA, AssessedStatus.FULFILLED),
            List.of(FULFILLED, FULFILLED, FULFILLED, FULFILLED)),
        // Not assessable: left out like NO_DATA, Förskola alone decides.
        Arguments.of(
            true,
            "100",
            approved(NodeKind.INDICATOR, SKOLA, NOT_ASSESSABLE),
            List.of(NO_DATA, FULFILLED, FULFILLED, FULFILLED)),
        // Förskola 98 is not fulfilled; skola judged not fulfilled too.
        Arguments.of(
            true,
            "98",
            approved(NodeKind.INDICATOR, SKOLA, AssessedStatus.NOT_FULFILLED),
            List.of(NOT_FULFILLED, NOT_FULFILLED, NOT_FULFILLED, NOT_FULFILLED)),
        // The goal judged fulfilled: its own status stays computed, the focus area counts it.
        Arguments.of(
            true,
            "100",
            approved(NodeKind.GOAL, GOAL, AssessedStatus.FULFILLED),
            List.of(PARTIALLY_FULFILLED, PARTIALLY_FULFILLED, FULFILLED, FULFILLED)),
        // The plan's own assessment has nothing above it to count in.
        Arguments.of(
            true,
            "100",
            approved(NodeKind.PLAN, PLAN, AssessedStatus.NOT_FULFILLED),
            List.of(
                PARTIALLY_FULFILLED,
                PARTIALLY_FULFILLED,
                PARTIALLY_FULFILLED,
                PARTIALLY_FULFILLED)));
  }

  @ParameterizedTest(name = "[{index}] rollUpAssessed={0}, Förskola {1}")
  @MethodSource("cases")
  void anApprovedAssessmentCountsAboveItsNodeOnlyWhereTheRuleSaysSo(
      boolean rollUpAssessed,
      String forskola2024,
      Assessments assessed,
      List<FulfilmentStatus> expected) {
    NodeResult plan = judge(rollUpAssessed, forskola2024, assessed).root();
    NodeResult area = plan.children().get(0);
    NodeResult goal = area.children().get(0);
    NodeResult skola = goal.children().get(0);
    assertEquals(expected, List.of(skola.countedAs(), goal.status(), area.status(), plan.status()));
    // Whatever counts above, the node's own status is computed, and the points are the points.
    assertEquals(PARTIALLY_FULFILLED, skola.status());
    assertEquals(3, plan.counts().judged());
  }

  @Test
  void theRuleInForceNamesTheOption() {
    FulfilmentReport off = judge(false, "100", Assessments.NONE);
    FulfilmentReport on = judge(true, "100", Assessments.NONE);
    assertEquals("PROGRESS/UNANIMOUS", off.ruleName());
    assertEquals("PROGRESS/UNANIMOUS/ASSESSED", on.ruleName());
    assertEquals(false, off.rule().rollUpAssessed());
    assertEquals(
        true,
        on.ruleDescription().contains("approved assessment counts with its assessed status"),
        on.ruleDescription());
  }

  @Test
  void assessmentsAreInputsLikeValues() {
    Assessments assessed =
        approved(NodeKind.INDICATOR, SKOLA, AssessedStatus.FULFILLED)
            .and(NodeKind.INDICATOR, SKOLA, AssessedStatus.NOT_FULFILLED);
    assertEquals(AssessedStatus.NOT_FULFILLED, assessed.of(NodeKind.INDICATOR, SKOLA));
    assertNull(assessed.of(NodeKind.GOAL, SKOLA));
    assertEquals(Map.of(), Assessments.NONE.approved());
  }
}
