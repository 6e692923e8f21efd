package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.fulfilment.FulfilmentStatus.FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NOT_FULFILLED;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_DATA;
import static se.styrkort.fulfilment.FulfilmentStatus.NO_TARGET;
import static se.styrkort.fulfilment.FulfilmentStatus.PARTIALLY_FULFILLED;
import static se.styrkort.fulfilment.SeedPoints.annonsorer;
import static se.styrkort.fulfilment.SeedPoints.avslutningssamtalSammanstalls;
import static se.styrkort.fulfilment.SeedPoints.digitalaAvslutningssamtal;
import static se.styrkort.fulfilment.SeedPoints.eTjanster;
import static se.styrkort.fulfilment.SeedPoints.energiforbrukning;
import static se.styrkort.fulfilment.SeedPoints.foreningstraffar;
import static se.styrkort.fulfilment.SeedPoints.forskola;
import static se.styrkort.fulfilment.SeedPoints.grundlaggandeNiva;
import static se.styrkort.fulfilment.SeedPoints.grundskola;
import static se.styrkort.fulfilment.SeedPoints.gymnasialNiva;
import static se.styrkort.fulfilment.SeedPoints.hemsida;
import static se.styrkort.fulfilment.SeedPoints.infopoint;
import static se.styrkort.fulfilment.SeedPoints.kommunbygderad;
import static se.styrkort.fulfilment.SeedPoints.kyrkbacksskolan;
import static se.styrkort.fulfilment.SeedPoints.ledningsgruppen;
import static se.styrkort.fulfilment.SeedPoints.matematik;
import static se.styrkort.fulfilment.SeedPoints.naringslivet;
import static se.styrkort.fulfilment.SeedPoints.personalomsattning;
import static se.styrkort.fulfilment.SeedPoints.positivtResultat;
import static se.styrkort.fulfilment.SeedPoints.svenska;
import static se.styrkort.fulfilment.SeedPoints.ungForetagsamhet;
import static se.styrkort.fulfilment.SeedPoints.ungtArrangorskap;
import static se.styrkort.fulfilment.SeedPoints.vuxenutbildningen;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every measurement point of the demo plan, in every status it can reach in 2024 (and NO_TARGET in
 * 2025, which has no targets). Statuses a row cannot reach are left out on purpose: a "≥ 2023"
 * target equals its baseline, so any value above the baseline already fulfils it.
 */
class SeedPointsTest {

  static Stream<SeedCase> seedCases() {
    return Stream.of(
        // Alla elever upplever respektfullt bemötande: 99/81/74 % → 100 %
        expect(forskola().outcome(2024, "100"), FULFILLED).progress(1.0),
        expect(forskola().outcome(2024, "99.5"), PARTIALLY_FULFILLED).progress(0.5),
        expect(forskola().outcome(2024, "98"), NOT_FULFILLED).progress(-1.0),
        expect(forskola(), NO_DATA).reason("no outcome or forecast recorded for 2024"),
        expect(forskola().outcome(2025, "100"), NO_TARGET).in(2025).reason("no target for 2025"),
        expect(grundskola().outcome(2024, "100"), FULFILLED),
        expect(grundskola().outcome(2024, "90.5"), PARTIALLY_FULFILLED).progress(0.5),
        expect(grundskola().outcome(2024, "81"), NOT_FULFILLED).progress(0.0),
        expect(grundskola(), NO_DATA),
        expect(vuxenutbildningen().outcome(2024, "100"), FULFILLED),
        expect(vuxenutbildningen().forecast(2024, "2024-08-31", "87"), PARTIALLY_FULFILLED)
            .progress(0.5),
        expect(vuxenutbildningen().outcome(2024, "70"), NOT_FULFILLED),
        expect(vuxenutbildningen(), NO_DATA),
        // Aktiv medverkan i regionala samverkansorgan och civilsamhället: ≥ 18, ≥ 4, ≥ 4, ≥ 5
        expect(ledningsgruppen().outcome(2024, "18"), FULFILLED).progress(null),
        expect(ledningsgruppen().outcome(2024, "21"), FULFILLED),
        expect(ledningsgruppen().outcome(2024, "17"), NOT_FULFILLED).progress(null),
        expect(ledningsgruppen(), NO_DATA),
        expect(kommunbygderad().outcome(2024, "4"), FULFILLED),
        expect(kommunbygderad().outcome(2024, "3"), NOT_FULFILLED),
        expect(kommunbygderad(), NO_DATA),
        expect(foreningstraffar().outcome(2024, "5"), FULFILLED),
        expect(foreningstraffar().outcome(2024, "2"), NOT_FULFILLED),
        expect(foreningstraffar(), NO_DATA),
        expect(naringslivet().outcome(2024, "5"), FULFILLED),
        expect(naringslivet().outcome(2024, "4"), NOT_FULFILLED),
        expect(naringslivet(), NO_DATA),
        // Digitalisering: 3 → 5 e-tjänster, hemsida delvis → > delvis, avslutningssamtal
        expect(eTjanster().outcome(2024, "5"), FULFILLED).progress(1.0),
        expect(eTjanster().outcome(2024, "4"), PARTIALLY_FULFILLED).progress(0.5),
        expect(eTjanster().outcome(2024, "3"), NOT_FULFILLED).progress(0.0),
        expect(eTjanster().outcome(2024, "2"), NOT_FULFILLED).progress(-0.5),
        expect(eTjanster(), NO_DATA),
        expect(hemsida().outcome(2024, "helt"), FULFILLED).progress(null),
        expect(hemsida().outcome(2024, "delvis"), NOT_FULFILLED),
        expect(hemsida().outcome(2024, "saknas"), NOT_FULFILLED),
        expect(hemsida(), NO_DATA),
        expect(digitalaAvslutningssamtal().outcome(2024, "implementerat"), FULFILLED).progress(1.0),
        expect(digitalaAvslutningssamtal().outcome(2024, "delvis"), PARTIALLY_FULFILLED)
            .progress(0.5),
        expect(digitalaAvslutningssamtal().outcome(2024, "saknas"), NOT_FULFILLED).progress(0.0),
        expect(digitalaAvslutningssamtal(), NO_DATA),
        // Nationella prov åk 3, vuxenutbildningen: ≥ the 2023 outcome
        expect(matematik().outcome(2024, "17"), FULFILLED),
        expect(matematik().outcome(2024, "16"), NOT_FULFILLED),
        expect(matematik().forecast(2024, "2024-08-31", "18"), FULFILLED),
        expect(matematik().forecast(2024, "2024-08-31", "18"), NO_DATA)
            .on(Basis.OUTCOME)
            .reason("no outcome recorded for 2024"),
        expect(svenska().outcome(2024, "30"), FULFILLED),
        expect(svenska().outcome(2024, "28"), NOT_FULFILLED),
        expect(svenska(), NO_DATA),
        expect(grundlaggandeNiva().outcome(2024, "37"), FULFILLED),
        expect(grundlaggandeNiva().outcome(2024, "36"), NOT_FULFILLED),
        expect(grundlaggandeNiva(), NO_DATA),
        expect(gymnasialNiva().outcome(2024, "50"), FULFILLED),
        expect(gymnasialNiva().outcome(2024, "47"), NOT_FULFILLED),
        expect(gymnasialNiva(), NO_DATA),
        // Besöksnäringen: 0 → 1 utbildningsinsats, 3 → ≥ 3 annonsörer
        expect(infopoint().outcome(2024, "1"), FULFILLED).progress(1.0),
        expect(infopoint().outcome(2024, "0"), NOT_FULFILLED).progress(0.0),
        expect(infopoint(), NO_DATA),
        expect(annonsorer().outcome(2024, "4"), FULFILLED),
        expect(annonsorer().outcome(2024, "2"), NOT_FULFILLED),
        expect(annonsorer(), NO_DATA),
        // Entreprenöriellt förhållningssätt: ≥ the 2023 outcome (0 and 2 activities)
        expect(ungForetagsamhet().outcome(2024, "2"), FULFILLED),
        expect(ungForetagsamhet().outcome(2024, "0"), FULFILLED),
        expect(ungForetagsamhet(), NO_DATA),
        expect(ungtArrangorskap().outcome(2024, "3"), FULFILLED),
        expect(ungtArrangorskap().outcome(2024, "1"), NOT_FULFILLED),
        expect(ungtArrangorskap(), NO_DATA),
        // Attraktiv arbetsgivare: personalomsättning ≤ 2023 (2023 unknown), sammanställning ja
        expect(personalomsattning().outcome(2024, "12"), NO_TARGET)
            .reason("no outcome recorded for 2023"),
        expect(personalomsattning().noteOnly(2023).outcome(2024, "12"), NO_TARGET)
            .reason("no outcome recorded for 2023"),
        expect(personalomsattning().outcome(2023, "14").outcome(2024, "12"), FULFILLED),
        expect(personalomsattning().outcome(2023, "14").outcome(2024, "15"), NOT_FULFILLED),
        expect(personalomsattning(), NO_DATA),
        expect(avslutningssamtalSammanstalls().outcome(2024, "true"), FULFILLED).progress(null),
        expect(avslutningssamtalSammanstalls().outcome(2024, "false"), NOT_FULFILLED),
        expect(avslutningssamtalSammanstalls(), NO_DATA),
        // Resurser: energi and Kyrkbacksskolan's electricity below the previous year
        expect(energiforbrukning().outcome(2024, "950000"), NO_TARGET)
            .reason("no outcome recorded for 2023"),
        expect(energiforbrukning().outcome(2023, "1000000").outcome(2024, "950000"), FULFILLED),
        expect(
            energiforbrukning().outcome(2023, "1000000").outcome(2024, "1000000"), NOT_FULFILLED),
        expect(energiforbrukning(), NO_DATA),
        expect(kyrkbacksskolan().outcome(2024, "180000"), NO_TARGET)
            .reason("no outcome recorded for 2023"),
        expect(kyrkbacksskolan().outcome(2023, "200000").outcome(2024, "180000"), FULFILLED),
        expect(kyrkbacksskolan().outcome(2023, "200000").outcome(2024, "210000"), NOT_FULFILLED),
        expect(kyrkbacksskolan(), NO_DATA),
        // Ekonomi i balans: followed up at the interim report and at full year
        expect(positivtResultat().outcome(2024, "2024-08-31", "true"), FULFILLED),
        expect(
            positivtResultat().outcome(2024, "2024-08-31", "true").outcome(2024, "false"),
            NOT_FULFILLED),
        expect(
            positivtResultat().outcome(2024, "2024-08-31", "false").outcome(2024, "true"),
            FULFILLED),
        expect(positivtResultat().forecast(2024, "2024-08-31", "false"), NOT_FULFILLED),
        expect(positivtResultat().forecast(2024, "2024-08-31", "true"), NO_DATA).on(Basis.OUTCOME),
        expect(positivtResultat(), NO_DATA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedCases")
  void judgesTheSeedRow(SeedCase example) {
    PointResult result =
        Fulfilment.evaluatePoint(
            example.point().build(),
            SeedPoints.PLAN,
            new FulfilmentOptions(example.year(), example.basis(), false));

    assertEquals(example.status(), result.status(), () -> "reason: " + result.reason());
    if (example.checksProgress()) {
      assertEquals(example.progress(), result.progress());
    }
    if (example.status().isJudged()) {
      assertNull(result.reason());
    } else {
      assertNotNull(result.reason());
    }
    if (example.reason() != null) {
      assertEquals(example.reason(), result.reason().text());
    }
  }

  @Test
  void everySeedRowHasCases() {
    Set<String> covered =
        seedCases().map(example -> example.point().label()).collect(Collectors.toSet());
    Set<String> rows =
        SeedPoints.all().stream()
            .map(Supplier::get)
            .map(PointBuilder::label)
            .collect(Collectors.toSet());

    assertEquals(23, rows.size());
    assertEquals(rows, covered);
  }

  private static SeedCase expect(PointBuilder point, FulfilmentStatus status) {
    return new SeedCase(point, SeedPoints.YEAR, Basis.LATEST, status, false, null, null);
  }

  /** One row of the table: a seed point with values added, and what it must come to. */
  record SeedCase(
      PointBuilder point,
      int year,
      Basis basis,
      FulfilmentStatus status,
      boolean checksProgress,
      Double progress,
      String reason) {

    SeedCase progress(Double expected) {
      return new SeedCase(point, year, basis, status, true, expected, reason);
    }

    SeedCase reason(String expected) {
      return new SeedCase(point, year, basis, status, checksProgress, progress, expected);
    }

    SeedCase in(int otherYear) {
      return new SeedCase(point, otherYear, basis, status, checksProgress, progress, reason);
    }

    SeedCase on(Basis otherBasis) {
      return new SeedCase(point, year, otherBasis, status, checksProgress, progress, reason);
    }

    @Override
    public String toString() {
      String judged = year == SeedPoints.YEAR ? "" : " (judged for " + year + ")";
      String onBasis = basis == Basis.LATEST ? "" : " on " + basis;
      return point.describe() + judged + onBasis + " → " + status;
    }
  }
}
