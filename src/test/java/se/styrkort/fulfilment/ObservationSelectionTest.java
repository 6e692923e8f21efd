package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.fulfilment.Comparator.GE;
import static se.styrkort.fulfilment.FulfilmentStatus.FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NOT_FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_DATA;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_TARGET;
import static se.styrkort.fulfilment.FulfilmentStatus.PARTIALLY_FULFILLED;
import static se.styrkort.fulfilment.PointBuilder.number;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step 1 and the outcomes that targets, baselines and trends refer to. */
class ObservationSelectionTest {

  private static final PlanContext PLAN = new PlanContext(2023, FulfilmentRule.DEFAULT);

  /** Baseline 2023 = 10, target 2024 ≥ 20. */
  private static PointBuilder point() {
    return number("x").outcome(2023, "10").target(2024, GE, "20");
  }

  @Test
  void theFullYearOutcomeOutranksTheInterimOne() {
    PointResult result =
        judge(point().outcome(2024, "2024-12-31", "15").outcome(2024, "2024-08-31", "25"));

    assertEquals(PARTIALLY_FULFILLED, result.status());
    assertEquals(LocalDate.parse("2024-12-31"), result.observation().asOf());
    assertEquals(2L, result.observation().evaluationId());
  }

  @Test
  void anOutcomeOutranksALaterForecast() {
    PointResult result =
        judge(point().outcome(2024, "2024-08-31", "25").forecast(2024, "2024-12-31", "5"));

    assertEquals(FULFILLED, result.status());
    assertEquals(EvaluationKind.OUTCOME, result.observation().kind());
  }

  @Test
  void theLatestForecastCountsWithoutAnOutcome() {
    PointResult result =
        judge(point().forecast(2024, "2024-08-31", "25").forecast(2024, "2024-04-30", "5"));

    assertEquals(FULFILLED, result.status());
    assertEquals(LocalDate.parse("2024-08-31"), result.observation().asOf());
  }

  @Test
  void anEntryWithOnlyANoteIsNoValue() {
    PointResult result = judge(point().forecast(2024, "2024-08-31", "25").noteOnly(2024));

    assertEquals(FULFILLED, result.status());
    assertEquals(EvaluationKind.FORECAST, result.observation().kind());
    assertEquals(NO_DATA, judge(point().noteOnly(2024)).status());
  }

  @Test
  void entriesOfTheSameDateGoToTheLaterEntryWhateverTheirOrder() {
    Observation first = outcome(7, "2024-12-31", "25");
    Observation later = outcome(9, "2024-12-31", "15");

    for (List<Observation> order : List.of(List.of(first, later), List.of(later, first))) {
      PointInput input =
          new PointInput(
              1,
              ValueType.NUMBER,
              List.of(),
              List.of(TargetSpec.literal(2024, GE, numeric("20"))),
              order);
      PointResult result = Fulfilment.evaluatePoint(input, PLAN, FulfilmentOptions.forYear(2024));
      assertEquals(9L, result.observation().evaluationId());
    }
  }

  @Test
  void approvedOnlyPassesOverUnapprovedEntries() {
    PointBuilder point =
        point().forecast(2024, "2024-08-31", "15").outcome(2024, "25").unapproved();

    assertEquals(FULFILLED, judge(point, Basis.LATEST, false).status());
    PointResult approved = judge(point, Basis.LATEST, true);
    assertEquals(PARTIALLY_FULFILLED, approved.status());
    assertEquals(EvaluationKind.FORECAST, approved.observation().kind());
    assertEquals(true, approved.approvedOnly());
    PointResult approvedOutcomes = judge(point, Basis.OUTCOME, true);
    assertEquals(NO_DATA, approvedOutcomes.status());
    assertEquals("no approved outcome recorded for 2024", approvedOutcomes.reason().text());
  }

  @Test
  void approvedOnlyAppliesToTheReferencedAndBaselineOutcomes() {
    PointBuilder point =
        number("x")
            .outcome(2023, "10")
            .unapproved()
            .targetOutcomeOf(2024, GE, 2023)
            .outcome(2024, "12");

    PointResult approved = judge(point, Basis.LATEST, true);
    assertEquals(NO_TARGET, approved.status());
    assertEquals("no approved outcome recorded for 2023", approved.reason().text());
    assertNull(approved.baseline());
    assertEquals(FULFILLED, judge(point, Basis.LATEST, false).status());
  }

  @Test
  void theLatestApprovedInterimOutcomeCountsWhenTheFullYearIsNotApproved() {
    PointBuilder point =
        point().outcome(2024, "2024-08-31", "12").outcome(2024, "2024-12-31", "25").unapproved();

    PointResult result = judge(point, Basis.OUTCOME, true);

    assertEquals(PARTIALLY_FULFILLED, result.status());
    assertEquals(LocalDate.parse("2024-08-31"), result.observation().asOf());
  }

  @Test
  void theBaselineIsTheLatestOutcomeOfTheBaselineYear() {
    PointBuilder point =
        number("x")
            .outcome(2023, "2023-08-31", "30")
            .outcome(2023, "2023-12-31", "10")
            .target(2024, GE, "20")
            .outcome(2024, "5");

    PointResult result = judge(point);

    assertEquals(NOT_FULFILLED, result.status());
    assertEquals(Value.numeric("10"), result.baseline().value());
    assertEquals(2L, result.baseline().evaluationId());
  }

  @Test
  void withoutABaselineYearTheYearBeforeIsTheBaseline() {
    PlanContext noBaselineYear = new PlanContext(null, FulfilmentRule.DEFAULT);
    PointInput point =
        number("x")
            .outcome(2023, "10")
            .outcome(2024, "14")
            .target(2025, GE, "20")
            .outcome(2025, "16")
            .build();

    PointResult result =
        Fulfilment.evaluatePoint(point, noBaselineYear, FulfilmentOptions.forYear(2025));

    assertEquals(PARTIALLY_FULFILLED, result.status());
    assertEquals(2024, result.baseline().year());
    assertEquals(2.0 / 6.0, result.progress(), 1e-12);
  }

  @Test
  void aPlanBaselineYearHoldsForLaterYearsToo() {
    PointInput point =
        number("x")
            .outcome(2023, "10")
            .outcome(2024, "18")
            .target(2025, GE, "20")
            .outcome(2025, "16")
            .build();

    PointResult result = Fulfilment.evaluatePoint(point, PLAN, FulfilmentOptions.forYear(2025));

    assertEquals(PARTIALLY_FULFILLED, result.status());
    assertEquals(2023, result.baseline().year());
    assertEquals(0.6, result.progress(), 1e-12);
  }

  @Test
  void withoutABaselineAMissedTargetIsNotFulfilled() {
    PointResult result = judge(number("x").target(2024, GE, "20").outcome(2024, "19"));

    assertEquals(NOT_FULFILLED, result.status());
    assertNull(result.baseline());
    assertNull(result.progress());
  }

  private static Observation outcome(long id, String asOf, String value) {
    return new Observation(
        id, 2024, EvaluationKind.OUTCOME, LocalDate.parse(asOf), numeric(value), true);
  }

  private static Value numeric(String value) {
    return Value.numeric(value);
  }

  private static PointResult judge(PointBuilder point) {
    return judge(point, Basis.LATEST, false);
  }

  private static PointResult judge(PointBuilder point, Basis basis, boolean approvedOnly) {
    return Fulfilment.evaluatePoint(
        point.build(), PLAN, new FulfilmentOptions(2024, basis, approvedOnly));
  }
}
