package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.styrkort.fulfilment.Comparator.LT;
import static se.styrkort.fulfilment.FulfilmentStatus.FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_DATA;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_TARGET;
import static se.styrkort.fulfilment.FulfilmentStatus.PARTIALLY_FULFILLED;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A point's fulfilment year by year, as a chart draws it. */
class SeriesTest {

  @Test
  void judgesEachYearAgainstItsOwnTargetAndThePlanBaseline() {
    PointInput energy =
        SeedPoints.energiforbrukning()
            .targetPreviousYear(2025, LT)
            .targetPreviousYear(2026, LT)
            .outcome(2023, "1100")
            .outcome(2024, "1000")
            .outcome(2025, "1050")
            .build();

    List<PointResult> series =
        Fulfilment.series(energy, SeedPoints.PLAN, 2023, 2026, Basis.LATEST, false);

    assertEquals(
        List.of(NO_TARGET, FULFILLED, PARTIALLY_FULFILLED, NO_DATA),
        series.stream().map(PointResult::status).toList());
    assertEquals(List.of(2023, 2024, 2025, 2026), series.stream().map(PointResult::year).toList());
    PointResult year2025 = series.get(2);
    assertEquals(Value.numeric("1000"), year2025.target().value());
    assertEquals(2024, year2025.target().referenceYear());
    assertEquals(2023, year2025.baseline().year());
    assertEquals(0.5, year2025.progress());
    assertEquals(Trend.WORSENED, year2025.trend());
  }

  @Test
  void agreesWithJudgingEachYearAlone() {
    PointInput point =
        SeedPoints.forskola().outcome(2024, "99.5").target(2025, Comparator.GE, "100").build();

    List<PointResult> series = Fulfilment.series(point, SeedPoints.PLAN, 2022, 2026, null, true);

    for (PointResult result : series) {
      FulfilmentOptions alone = new FulfilmentOptions(result.year(), Basis.LATEST, true);
      assertEquals(Fulfilment.evaluatePoint(point, SeedPoints.PLAN, alone), result);
    }
  }

  @Test
  void refusesABackwardRange() {
    PointInput point = SeedPoints.forskola().build();

    assertThrows(
        IllegalArgumentException.class,
        () -> Fulfilment.series(point, SeedPoints.PLAN, 2025, 2024, Basis.LATEST, false));
  }
}
