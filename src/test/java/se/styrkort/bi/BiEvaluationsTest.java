package se.styrkort.bi;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.point.PointFixtures;

/** Every follow-up value, flat: the same rows through every JSON page and in the CSV. */
@QuarkusTest
class BiEvaluationsTest {

  private static final String EVALUATIONS = "/api/v1/bi/evaluations";

  @Test
  void everyValueOfAPlanWithItsStateAlikeInJsonPagesAndCsv() throws Exception {
    BiFactsTest.Built plan = new BiFactsTest.Built();
    long point = PointFixtures.create(plan.indicatorId, PointFixtures.percent("Förskola"));
    long baseline = PointFixtures.recordOutcome(point, 2023, 99);
    long forecast = BiFactsTest.record(point, "FORECAST", "2024-08-31", 98.25);
    long outcome = PointFixtures.recordOutcome(point, 2024, 99.5);
    given()
        .header("If-Match", "\"0\"")
        .post("/api/v1/evaluations/{id}/submission", outcome)
        .then()
        .statusCode(200);

    BiTables.Pages json = BiTables.json(EVALUATIONS, Map.of("planId", plan.planId, "limit", 2));
    BiTables.Csv csv = BiTables.csv(EVALUATIONS, Map.of("planId", plan.planId));

    assertEquals(2, json.pages());
    assertEquals(new FlatTable<>(EvaluationRow.class).columns(), csv.columns());
    assertEquals(csv.columns(), json.columns());
    assertEquals(json.rows(), csv.rows());
    assertEquals(
        List.of(Long.toString(baseline), Long.toString(forecast), Long.toString(outcome)),
        json.rows().stream().map(r -> r.get("evaluationId")).toList());
    Map<String, String> submitted = json.rows().get(2);
    assertEquals("SUBMITTED", submitted.get("state"));
    assertEquals("OUTCOME", submitted.get("kind"));
    assertEquals("2024-12-31", submitted.get("asOf"));
    assertEquals("99.5", submitted.get("value"));
    assertEquals("99.5", submitted.get("valueText"));
    assertEquals(Long.toString(point), submitted.get("pointId"));
    assertEquals("Förskola", submitted.get("pointLabel"));
    assertEquals("DRAFT", json.rows().get(1).get("state"));
    assertEquals("98.25", json.rows().get(1).get("value"));
  }

  @Test
  void yearsNarrowTheValues() {
    BiFactsTest.Built plan = new BiFactsTest.Built();
    long point = PointFixtures.create(plan.indicatorId, PointFixtures.percent("Gymnasiet"));
    PointFixtures.recordOutcome(point, 2023, 70);
    PointFixtures.recordOutcome(point, 2024, 74);
    given()
        .queryParam("planId", plan.planId)
        .queryParam("fromYear", 2024)
        .get(EVALUATIONS)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].year", equalTo(2024))
        .body("items[0].value", equalTo(74));
  }

  @Test
  void badParametersAreRefusedWithAProblem() {
    givenInvalid()
        .queryParam("cursor", "ZjoxOjIwMjQ") // a facts cursor is not an evaluations cursor
        .get(EVALUATIONS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("cursor"));
    givenInvalid()
        .queryParam("planId", 0)
        .get(EVALUATIONS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("planId"))
        .body("errors[0].message", equalTo("must be a positive id"));
    givenInvalid()
        .queryParam("planId", 999_999)
        .get(EVALUATIONS)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }
}
