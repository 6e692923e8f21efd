package se.styrkort.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;

/**
 * The follow-up status of a plan on a reporting date, on a plan of five points: one in each status,
 * one whose forecast is dated after the reporting date, and one targeted only in 2025.
 */
@QuarkusTest
class FollowUpStatusTest {

  private static final String PATH = "/api/v1/plans/{planId}/follow-up-status";

  private FollowUpPlan plan;
  private long nothing;
  private long forecastOnly;
  private long complete;
  private long laterForecast;
  private long nextYearOnly;
  private long forecastId;
  private long outcomeId;

  @BeforeEach
  void createPlan() {
    plan = new FollowUpPlan();
    nothing = plan.pointWithTarget("Förskola", 2024);
    forecastOnly = plan.pointWithTarget("Grundskola/särskola", 2024);
    complete = plan.pointWithTarget("Vuxenutbildningen", 2024);
    laterForecast = plan.pointWithTarget("Gymnasiet", 2024);
    nextYearOnly = plan.pointWithTarget("Fritidshem", 2025);

    plan.outcome(nothing, "2023-12-31", 99); // another year's value does not count
    forecastId = plan.forecast(forecastOnly, "2024-08-31", 80);
    plan.forecast(complete, "2024-08-31", 73);
    outcomeId = plan.outcome(complete, "2024-12-31", 74);
    plan.forecast(laterForecast, "2024-10-31", 90);
  }

  private JsonPath report(Object... query) {
    var request = given().queryParam("asOf", "2024-08-31");
    for (int i = 0; i < query.length; i += 2) {
      request.queryParam((String) query[i], query[i + 1]);
    }
    return request.get(PATH, plan.planId).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void everyTargetedPointHasAStatusForTheReportingDate() {
    given()
        .queryParam("asOf", "2024-08-31")
        .get(PATH, plan.planId)
        .then()
        .statusCode(200)
        .body("planId", equalTo((int) plan.planId))
        .body("year", equalTo(2024))
        .body("asOf", equalTo("2024-08-31"))
        .body("counts.total", equalTo(4))
        .body("counts.missing", equalTo(2))
        .body("counts.forecastOnly", equalTo(1))
        .body("counts.complete", equalTo(1))
        .body(
            "items.label",
            contains("Förskola", "Grundskola/särskola", "Vuxenutbildningen", "Gymnasiet"))
        .body("items.status", contains("MISSING", "FORECAST_ONLY", "COMPLETE", "MISSING"))
        .body("next", nullValue());
  }

  @Test
  void eachItemNamesWhereThePointSitsAndTheValueThatDecided() {
    JsonPath report = report();
    assertEquals(forecastOnly, report.getLong("items[1].measurementPointId"));
    assertEquals(plan.indicatorId, report.getLong("items[1].indicatorId"));
    assertEquals(
        "Alla elever upplever respektfullt bemötande", report.getString("items[1].indicatorTitle"));
    assertEquals(plan.goalId, report.getLong("items[1].goalId"));
    assertEquals(
        "Våra medborgare uppfattar oss som professionella", report.getString("items[1].goalTitle"));
    assertEquals(plan.focusAreaId, report.getLong("items[1].focusAreaId"));
    assertEquals("Öppen kommun", report.getString("items[1].focusAreaTitle"));
    assertEquals(true, report.getBoolean("items[1].hasForecast"));
    assertEquals(false, report.getBoolean("items[1].hasOutcome"));
    assertEquals(forecastId, report.getLong("items[1].latestEvaluationId"));
    assertEquals("FORECAST", report.getString("items[1].latestKind"));
    assertEquals("2024-08-31", report.getString("items[1].latestAsOf"));

    // The outcome decides even though it is dated after the reporting date.
    assertEquals(outcomeId, report.getLong("items[2].latestEvaluationId"));
    assertEquals("OUTCOME", report.getString("items[2].latestKind"));
    assertEquals("2024-12-31", report.getString("items[2].latestAsOf"));
    assertEquals(true, report.getBoolean("items[2].hasOutcome"));

    assertEquals(nothing, report.getLong("items[0].measurementPointId"));
    assertNull(report.get("items[0].latestEvaluationId"));
    assertEquals(false, report.getBoolean("items[0].hasForecast"));
  }

  @Test
  void aForecastCountsOnceTheReportingDateReachesIt() {
    JsonPath early = report();
    assertEquals(laterForecast, early.getLong("items[3].measurementPointId"));
    assertEquals("MISSING", early.getString("items[3].status"));

    JsonPath later =
        given()
            .queryParam("asOf", "2024-10-31")
            .get(PATH, plan.planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("FORECAST_ONLY", later.getString("items[3].status"));
    assertEquals(2, later.getInt("counts.forecastOnly"));
  }

  @Test
  void theYearParameterReportsAnotherYearThanTheDatesOwn() {
    given()
        .queryParam("asOf", "2025-03-01")
        .queryParam("year", 2025)
        .get(PATH, plan.planId)
        .then()
        .statusCode(200)
        .body("year", equalTo(2025))
        .body("counts.total", equalTo(1))
        .body("items.measurementPointId", contains((int) nextYearOnly))
        .body("items.status", contains("MISSING"));
  }

  @Test
  void theStatusFilterNarrowsTheItemsButNotTheCounts() {
    JsonPath missing = report("status", "MISSING");
    assertEquals(List.of(nothing, laterForecast), longs(missing, "items.measurementPointId"));
    assertEquals(4, missing.getInt("counts.total"));
    assertEquals(2, missing.getInt("counts.missing"));

    JsonPath done = report("status", "COMPLETE");
    assertEquals(List.of(complete), longs(done, "items.measurementPointId"));
  }

  @Test
  void pagesFollowNextToTheEndAndKeepTheFilter() {
    List<Long> seen = new ArrayList<>();
    JsonPath page = report("limit", 1);
    int pages = 1;
    while (true) {
      seen.addAll(longs(page, "items.measurementPointId"));
      String next = page.getString("next");
      if (next == null) {
        break;
      }
      page = given().get(next).then().statusCode(200).extract().jsonPath();
      pages++;
    }
    assertEquals(List.of(nothing, forecastOnly, complete, laterForecast), seen);
    assertEquals(4, pages);

    JsonPath filtered = report("status", "MISSING", "limit", 1);
    assertEquals(List.of(nothing), longs(filtered, "items.measurementPointId"));
    JsonPath second = given().get(filtered.getString("next")).then().extract().jsonPath();
    assertEquals(List.of(laterForecast), longs(second, "items.measurementPointId"));
    assertNull(second.getString("next"));
  }

  @Test
  void theDemoPlanListsAllItsPointsFor2024() {
    given()
        .queryParam("asOf", "2024-08-31")
        .queryParam("limit", 500)
        .get(PATH, DemoPlans.id())
        .then()
        .statusCode(200)
        .body("counts.total", equalTo(23))
        .body("items.size()", equalTo(23));
  }

  @Test
  void aMissingOrMalformedReportingDateIsAProblemNamingAsOf() {
    givenInvalid()
        .get(PATH, plan.planId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("asOf"));
    givenInvalid()
        .queryParam("asOf", "31/8 2024")
        .get(PATH, plan.planId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("asOf"))
        .body("errors[0].message", equalTo("must be a date (YYYY-MM-DD), not '31/8 2024'"));
  }

  @Test
  void otherBadParametersAreProblemsNamingTheField() {
    givenInvalid()
        .queryParam("asOf", "2024-08-31")
        .queryParam("status", "SAKNAS")
        .get(PATH, plan.planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"))
        .body(
            "errors[0].message",
            equalTo("must be one of MISSING, FORECAST_ONLY, COMPLETE, not 'SAKNAS'"));
    givenInvalid()
        .queryParam("asOf", "2024-08-31")
        .queryParam("limit", 0)
        .get(PATH, plan.planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    givenInvalid()
        .queryParam("asOf", "2024-08-31")
        .queryParam("cursor", "inte-en-cursor")
        .get(PATH, plan.planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void anUnknownPlanIsNotFound() {
    given()
        .queryParam("asOf", "2024-08-31")
        .get(PATH, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  private static List<Long> longs(JsonPath json, String path) {
    return json.getList(path, Number.class).stream().map(Number::longValue).toList();
  }
}
