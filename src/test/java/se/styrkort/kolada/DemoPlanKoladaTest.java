package se.styrkort.kolada;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.support.DemoPlanCopy;
import se.styrkort.support.JsonTrees;
import se.styrkort.support.KoladaLinks;
import se.styrkort.support.KoladaStub;

/**
 * Matematik and Svenska of the demo plan ("i förhållande till riket och Örebro län"; a fresh copy
 * of it, since the tests record values in it), linked to a Kolada key figure each and synced from
 * the local Kolada stub: riket and Örebro län beside the outcomes in the series, the point's
 * fulfilment, the plan tree and the BI facts; a revision kept in the history; a failing Kolada
 * changing nothing.
 */
@QuarkusTest
class DemoPlanKoladaTest {

  private static final String SERIES = "/api/v1/measurement-points/{id}/reference-series";

  private static long plan;
  private long matematik;
  private long svenska;

  @BeforeEach
  void linkedAndNeverSynced() {
    KoladaStub.reset();
    if (plan == 0) {
      plan = DemoPlanCopy.create("Flerårsplan 2025–2026 (Kolada)");
    }
    matematik = DemoPlanCopy.point(plan, "Matematik");
    svenska = DemoPlanCopy.point(plan, "Svenska");
    link(matematik, "N90001");
    link(svenska, "N90002");
    recordOutcome(matematik, 2024, 20);
  }

  /** Riket and Örebro län for the key figure, with no values: a link, before any sync. */
  private static void link(long point, String kpi) {
    for (Map<String, Object> old :
        given().get(SERIES, point).jsonPath().<Map<String, Object>>getList("")) {
      given()
          .header("If-Match", "\"" + old.get("version") + "\"")
          .delete("/api/v1/reference-series/{id}", old.get("id"))
          .then()
          .statusCode(204);
    }
    KoladaLinks.riket(point, kpi);
    KoladaLinks.orebroLan(point, kpi);
  }

  private static void recordOutcome(long point, int year, int value) {
    boolean recorded =
        given()
            .get("/api/v1/measurement-points/{id}/evaluations", point)
            .jsonPath()
            .<Map<String, Object>>getList("items")
            .stream()
            .anyMatch(
                e ->
                    Integer.valueOf(year).equals(e.get("year")) && "OUTCOME".equals(e.get("kind")));
    if (!recorded) {
      given()
          .body(Map.of("year", year, "kind", "OUTCOME", "asOf", year + "-12-31", "value", value))
          .post("/api/v1/measurement-points/{id}/evaluations", point)
          .then()
          .statusCode(201);
    }
  }

  private Map<String, Object> fact(String label, int year) {
    return DemoPlanCopy.facts(plan, year).stream()
        .filter(f -> label.equals(f.get("pointLabel")))
        .findFirst()
        .orElseThrow();
  }

  private JsonPath syncPlan() {
    return given()
        .post("/api/v1/plans/{id}/kolada-sync", plan)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> series(long point, String label) {
    return given().get(SERIES, point).jsonPath().<Map<String, Object>>getList("").stream()
        .filter(s -> label.equals(s.get("label")))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> year(Map<String, Object> series, int year) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> values = (List<Map<String, Object>>) series.get("values");
    return values.stream()
        .filter(v -> Integer.valueOf(year).equals(v.get("year")))
        .findFirst()
        .orElseThrow();
  }

  /** The reference values of the point with that id, wherever it is in the tree. */
  @SuppressWarnings("unchecked")
  private static java.util.Optional<List<Map<String, Object>>> pointIn(Object tree, long id) {
    return JsonTrees.first(
            tree,
            node ->
                node.containsKey("referenceValues")
                    && node.get("id") instanceof Number n
                    && n.longValue() == id)
        .map(node -> (List<Map<String, Object>>) node.get("referenceValues"));
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  @Test
  void aSyncFillsRiketAndOrebroLanForThePlansYears() {
    JsonPath report = syncPlan();
    assertEquals("Källa: Kolada", report.getString("credit"));
    Map<String, Object> riket =
        report.<Map<String, Object>>getList("series").stream()
            .filter(s -> ((Number) s.get("pointId")).longValue() == matematik)
            .filter(s -> "Riket".equals(s.get("label")))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(2023, 2024), riket.get("added"));
    // 2025 is published without a figure, 2026 not at all: both missing, never 0.
    assertEquals(List.of(2025, 2026), riket.get("missing"));
    assertEquals(4, report.getList("series").size());

    Map<String, Object> stored = series(matematik, "Riket");
    assertEquals("Källa: Kolada", stored.get("credit"));
    assertEquals(71.2, number(year(stored, 2024).get("value")), 1e-4);
    assertNotNull(year(stored, 2024).get("fetchedAt"));
    assertNull(year(stored, 2025).get("value"));
    // Kolada withdrew Örebro län 2025 (isdeleted): missing as well.
    assertNull(year(series(matematik, "Örebro län"), 2025).get("value"));
    assertTrue((Boolean) year(series(svenska, "Riket"), 2024).get("preliminary"));
  }

  @Test
  void theFulfilmentShowsTheComparisonsBesideTheOutcome() {
    syncPlan();
    JsonPath fulfilment =
        given()
            .queryParam("year", 2024)
            .get("/api/v1/measurement-points/{id}/fulfilment", matematik)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(20, fulfilment.getInt("years[0].value.value"));
    List<Map<String, Object>> comparisons = fulfilment.getList("years[0].referenceValues");
    assertEquals(2, comparisons.size());
    Map<String, Object> riket =
        comparisons.stream()
            .filter(c -> "NATIONAL".equals(c.get("level")))
            .findFirst()
            .orElseThrow();
    assertEquals(71.2, number(riket.get("value")), 1e-4);
    assertEquals(-51.2, number(riket.get("difference")), 1e-4);
    assertEquals("Källa: Kolada", riket.get("credit"));
    Map<String, Object> lan =
        comparisons.stream().filter(c -> "COUNTY".equals(c.get("level"))).findFirst().orElseThrow();
    assertEquals(-48.4, number(lan.get("difference")), 1e-4);
  }

  @Test
  void thePlanTreeShowsEveryYearsComparisonWithTheOutcomesDifference() {
    syncPlan();
    Map<String, Object> tree =
        given().get("/api/v1/plans/{id}/tree", plan).then().statusCode(200).extract().as(Map.class);
    List<Map<String, Object>> comparisons = pointIn(tree, matematik).orElseThrow();
    Map<String, Object> riket2023 =
        comparisons.stream()
            .filter(
                c -> "Riket".equals(c.get("label")) && Integer.valueOf(2023).equals(c.get("year")))
            .findFirst()
            .orElseThrow();
    // The baseline outcome of 2023 is 17 %; riket had 70.4 %.
    assertEquals(70.4, number(riket2023.get("value")), 1e-4);
    assertEquals(-53.4, number(riket2023.get("difference")), 1e-4);
    assertEquals(8, comparisons.size(), "two series, four years each");
  }

  @Test
  void theBiFactsCarryRiketAndTheCountyBesideTheOutcome() {
    syncPlan();
    Map<String, Object> matematik2024 = fact("Matematik", 2024);
    assertEquals(20, matematik2024.get("outcomeValue"));
    assertEquals(71.2, number(matematik2024.get("nationalValue")), 1e-4);
    assertEquals(68.4, number(matematik2024.get("countyValue")), 1e-4);
    assertEquals(-51.2, number(matematik2024.get("nationalDifference")), 1e-4);
    Map<String, Object> svenska2024 = fact("Svenska", 2024);
    assertEquals(77.0, number(svenska2024.get("nationalValue")), 1e-4);
    assertNull(svenska2024.get("countyValue"), "a missing county value stays missing, not 0");
  }

  @Test
  void aSecondSyncAfterARevisionUpdatesTheValueAndKeepsTheOldInTheHistory() {
    syncPlan();
    KoladaStub.serve(KoladaStub.REVISED);
    JsonPath report = syncPlan();
    assertEquals(1, report.getInt("totals.revised"));
    assertEquals(0, report.getInt("totals.added"));
    Map<String, Object> revision =
        report.getMap(
            "series.find { it.pointId == " + matematik + " && it.label == 'Riket' }.revised[0]");
    assertEquals(2024, revision.get("year"));
    assertEquals(71.2, number(revision.get("from")), 1e-4);
    assertEquals(71.6, number(revision.get("to")), 1e-4);

    Map<String, Object> riket = series(matematik, "Riket");
    assertEquals(71.6, number(year(riket, 2024).get("value")), 1e-4);
    List<Map<String, Object>> history =
        given()
            .get("/api/v1/reference-series/{id}/history", riket.get("id"))
            .jsonPath()
            .getList("");
    Map<String, Object> earlier =
        history.stream()
            .filter(h -> Integer.valueOf(2024).equals(h.get("year")))
            .findFirst()
            .orElseThrow();
    assertEquals(71.2, number(earlier.get("value")), 1e-4);
    assertNotNull(earlier.get("replacedAt"));
    assertEquals(71.6, number(fact("Matematik", 2024).get("nationalValue")), 1e-4);

    JsonPath again = syncPlan();
    assertEquals(0, again.getInt("totals.revised"), "an unchanged value is not a revision");
    assertEquals(7, again.getInt("totals.unchanged"));
    assertEquals(9, again.getInt("totals.missing"));
  }

  @Test
  void aFailingKoladaLeavesEverySeriesAsItWasAndSaysWhy() {
    syncPlan();
    Map<String, Object> before = series(matematik, "Riket");
    KoladaStub.serve(KoladaStub.REVISED);
    KoladaStub.failNext("500", "500", "500");
    given()
        .post("/api/v1/plans/{id}/kolada-sync", plan)
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("code", org.hamcrest.Matchers.equalTo("KOLADA_UNAVAILABLE"))
        .body("detail", containsString("HTTP 500"))
        .body("detail", containsString("attempt 3 of 3"));
    assertEquals(before, series(matematik, "Riket"), "values, fetch times and version as before");

    // The second key figure fails after the first was fetched: still nothing written.
    KoladaStub.reset();
    KoladaStub.serve(KoladaStub.REVISED);
    KoladaStub.failNextAfter(2, "stall", "stall", "stall");
    given()
        .post("/api/v1/plans/{id}/kolada-sync", plan)
        .then()
        .statusCode(504)
        .body("code", org.hamcrest.Matchers.equalTo("KOLADA_TIMEOUT"));
    assertEquals(before, series(matematik, "Riket"));
    assertNotEquals(0, KoladaStub.requests().size());
  }

  @Test
  void aPointIsSyncedOnItsOwn() {
    JsonPath report =
        given()
            .post("/api/v1/measurement-points/{id}/kolada-sync", svenska)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(2, report.getList("series").size());
    assertEquals(List.of(2023), report.getList("series.find { it.label == 'Örebro län' }.added"));
    assertEquals(1, KoladaStub.requests().size(), "one request for both areas");
  }
}
