package se.styrkort.bi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

@QuarkusTest
class BiFactsTest {

  private static final String FACTS = "/api/v1/bi/facts";

  @Inject AgroalDataSource dataSource;

  @Test
  void theDemoPlanHas23FactsPerYearAlikeInEveryJsonPageAndInCsv() throws Exception {
    long planId = DemoPlans.id();
    BiTables.Pages json = BiTables.json(FACTS, Map.of("planId", planId, "limit", 10));
    BiTables.Csv csv = BiTables.csv(FACTS, Map.of("planId", planId));

    assertEquals(7, json.pages(), "69 rows in pages of 10");
    Map<String, Long> perYear =
        json.rows().stream()
            .collect(Collectors.groupingBy(r -> r.get("year"), Collectors.counting()));
    assertEquals(Map.of("2024", 23L, "2025", 23L, "2026", 23L), perYear);
    assertEquals(200, csv.response().statusCode());
    assertTrue(csv.response().contentType().startsWith("text/csv"), csv.response().contentType());
    assertEquals(new FlatTable<>(FactRow.class).columns(), csv.columns());
    assertEquals(csv.columns(), json.columns(), "the same columns, in the same order");
    assertEquals(json.rows(), csv.rows(), "the same content, cell by cell");
    assertTrue(json.rows().stream().allMatch(r -> r.get("planName").equals(DemoPlans.NAME)));
    assertTrue(json.rows().stream().anyMatch(r -> "≥ 2023".equals(r.get("targetWritten"))));
  }

  @Test
  void aFactCarriesTargetBaselineOutcomeForecastFulfilmentAndReferenceValues() throws Exception {
    Built plan = new Built();
    long point =
        PointFixtures.create(
            plan.indicatorId,
            PointFixtures.withTargets(
                PointFixtures.percent("Förskola"),
                PointFixtures.inYear(2024, PointFixtures.literal("GE", 100, "100 %"))));
    PointFixtures.recordOutcome(point, 2023, 99);
    record(point, "FORECAST", "2024-08-31", 98);
    long outcome = PointFixtures.recordOutcome(point, 2024, 99.5);
    BiTables.references(dataSource, point, "NATIONAL", "Riket", Map.of(2024, "97.2"));
    BiTables.references(
        dataSource, point, "COUNTY", "Örebro län", Map.of(2024, "96.8", 2025, "97"));

    List<Map<String, Object>> items =
        given()
            .queryParam("planId", plan.planId)
            .get(FACTS)
            .then()
            .statusCode(200)
            .body("items", hasSize(3))
            .body("items.year", equalTo(List.of(2024, 2025, 2026)))
            .body("next", nullValue())
            .extract()
            .jsonPath()
            .getList("items");
    Map<String, Object> fact = items.get(0);
    assertEquals(plan.planId, ((Number) fact.get("planId")).longValue());
    assertEquals("Öppen kommun", fact.get("focusAreaTitle"));
    assertEquals("1", fact.get("focusAreaCode"));
    assertEquals("1.1", fact.get("goalCode"));
    assertEquals("1.1.1", fact.get("indicatorCode"));
    assertEquals("1.1.1.1", fact.get("pointCode"));
    assertEquals("Förskola", fact.get("pointLabel"));
    assertEquals("PERCENT", fact.get("valueType"));
    assertEquals("100 %", fact.get("targetWritten"));
    assertEquals("GE", fact.get("targetComparator"));
    assertEquals(100, fact.get("targetValue"));
    assertEquals(2023, fact.get("baselineYear"));
    assertEquals(99, fact.get("baselineValue"));
    assertEquals(99.5f, ((Number) fact.get("outcomeValue")).floatValue());
    assertEquals("2024-12-31", fact.get("outcomeAsOf"));
    assertEquals(98, fact.get("forecastValue"));
    assertEquals("2024-08-31", fact.get("forecastAsOf"));
    assertEquals("PARTIALLY_FULFILLED", fact.get("status"));
    assertEquals(0.5f, ((Number) fact.get("progress")).floatValue());
    assertEquals("IMPROVED", fact.get("trend"));
    assertEquals(97.2f, ((Number) fact.get("nationalValue")).floatValue());
    assertEquals(96.8f, ((Number) fact.get("countyValue")).floatValue());
    // The own outcome 99.5 beside them: 2.3 and 2.7 percentage points above.
    assertEquals(2.3f, ((Number) fact.get("nationalDifference")).floatValue());
    assertEquals(2.7f, ((Number) fact.get("countyDifference")).floatValue());
    assertTrue(outcome > 0);

    Map<String, Object> noTarget = items.get(1);
    assertEquals("NO_DATA", noTarget.get("status"), "nothing recorded for 2025 comes first");
    assertEquals("no outcome or forecast recorded for 2025", noTarget.get("reason"));
    assertNull(noTarget.get("targetWritten"));
    assertNull(noTarget.get("nationalValue"), "no national value for 2025");
    assertEquals(97, noTarget.get("countyValue"));
    assertNull(noTarget.get("countyDifference"), "no own value for 2025: no difference");
    assertNull(items.get(2).get("countyValue"));
  }

  @Test
  void aRangeOutsideThePlanGivesNoRowsButTheSameColumns() throws Exception {
    long planId = DemoPlans.id();
    given()
        .queryParam("planId", planId)
        .queryParam("fromYear", 2030)
        .get(FACTS)
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("next", nullValue());
    BiTables.Csv csv = BiTables.csv(FACTS, Map.of("planId", planId, "fromYear", 2030));
    assertEquals(new FlatTable<>(FactRow.class).columns(), csv.columns());
    assertEquals(List.of(), csv.rows());
    assertEquals(
        String.join(",", new FlatTable<>(FactRow.class).columns()) + "\r\n",
        csv.response().body().asString());
  }

  @Test
  void yearsNarrowTheFacts() throws Exception {
    BiTables.Pages json =
        BiTables.json(
            FACTS,
            Map.of("planId", DemoPlans.id(), "fromYear", 2025, "toYear", 2025, "limit", 500));
    assertEquals(23, json.rows().size());
    assertTrue(json.rows().stream().allMatch(r -> r.get("year").equals("2025")));
  }

  @Test
  void withoutAPlanEveryPlanIsRead() throws Exception {
    long planId = DemoPlans.id();
    BiTables.Csv all = BiTables.csv(FACTS, Map.of("fromYear", 2024, "toYear", 2024));
    long demo =
        all.rows().stream().filter(r -> r.get("planId").equals(Long.toString(planId))).count();
    assertEquals(23, demo);
  }

  @Test
  void badParametersAreRefusedWithAProblem() {
    givenInvalid()
        .queryParam("fromYear", 2026)
        .queryParam("toYear", 2024)
        .get(FACTS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("toYear"))
        .body("errors[0].message", equalTo("must not be before fromYear"));
    givenInvalid()
        .queryParam("cursor", "not-ours")
        .get(FACTS)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("cursor"));
    givenInvalid()
        .queryParam("limit", 501)
        .get(FACTS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"))
        .body("errors[0].message", equalTo("must be between 1 and 500"));
    givenInvalid()
        .queryParam("planId", 999_999)
        .get(FACTS)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"))
        .body("detail", equalTo("No plan with id 999999."));
    givenInvalid()
        .accept("text/csv")
        .queryParam("planId", 999_999)
        .get(FACTS)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("999999"));
    givenInvalid()
        .queryParam("planId", "ett")
        .get(FACTS)
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("planId"));
  }

  /** A plan of its own (2024–2026, baseline 2023): a focus area, a goal and an indicator. */
  static final class Built {
    final long planId = GoalFixtures.newPlan();
    final long focusAreaId = GoalFixtures.newFocusArea(planId);
    final long goalId = GoalFixtures.newGoal(planId, focusAreaId);
    final long indicatorId =
        given()
            .body(Map.of("title", "Alla elever upplever respektfullt bemötande"))
            .post("/api/v1/goals/{goalId}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
  }

  static long record(long pointId, String kind, String asOf, Object value) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", Integer.parseInt(asOf.substring(0, 4)));
    body.put("kind", kind);
    body.put("asOf", asOf);
    body.put("value", value);
    return given()
        .body(body)
        .post("/api/v1/measurement-points/{id}/evaluations", pointId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
