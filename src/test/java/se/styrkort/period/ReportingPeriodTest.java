package se.styrkort.period;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.period.PeriodFixtures.close;
import static se.styrkort.period.PeriodFixtures.defaultCalendar;
import static se.styrkort.period.PeriodFixtures.etag;
import static se.styrkort.period.PeriodFixtures.period;
import static se.styrkort.period.PeriodFixtures.record;
import static se.styrkort.period.PeriodFixtures.reopen;
import static se.styrkort.period.PeriodFixtures.value;
import static se.styrkort.support.Api.as;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan's calendar: the default one in one call, periods of its own, closing (which locks the
 * values of the period, and only those) and reopening with a reason.
 */
@QuarkusTest
class ReportingPeriodTest {

  private long pointId;
  private long planId;

  @BeforeEach
  void plan() {
    pointId = PeriodFixtures.pointInNewPlan();
    planId = PeriodFixtures.planOfPoint(pointId);
  }

  @Test
  void theDefaultCalendarIsTertialDelarAndHelarAndAdoptingItTwiceChangesNothing() {
    given()
        .body(Map.of("year", 2024))
        .post("/api/v1/plans/{id}/reporting-periods/default-calendar", planId)
        .then()
        .statusCode(200)
        .body("items.code", contains("2024-T1", "2024-DELAR", "2024-HELAR"))
        .body("items.label", contains("Tertial 1 2024", "Delår 2024", "Helår 2024"))
        .body("items.asOf", contains("2024-04-30", "2024-08-31", "2024-12-31"))
        .body("items.deadline", contains("2024-05-31", "2024-09-30", "2025-02-15"))
        .body("items.expectedKind", contains("FORECAST", "FORECAST", "OUTCOME"))
        .body("items.expectsAnalyses", contains(false, true, true))
        .body("items.state", contains("OPEN", "OPEN", "OPEN"))
        .body("items[0].allowedTransitions", contains("EDIT", "CLOSE"));
    List<Integer> first =
        given().get("/api/v1/plans/{id}/reporting-periods", planId).jsonPath().getList("items.id");
    // Without a year: every year of the plan (2024–2026); 2024 keeps its periods.
    List<Integer> all =
        given()
            .body(Map.of())
            .post("/api/v1/plans/{id}/reporting-periods/default-calendar", planId)
            .then()
            .statusCode(200)
            .body("items", org.hamcrest.Matchers.hasSize(9))
            .extract()
            .jsonPath()
            .getList("items.id");
    assertEquals(first, all.subList(0, 3));
    given()
        .queryParam("year", 2025)
        .get("/api/v1/plans/{id}/reporting-periods", planId)
        .then()
        .statusCode(200)
        .body("items.code", contains("2025-T1", "2025-DELAR", "2025-HELAR"));
  }

  @Test
  void aPeriodOfItsOwnIsCheckedFieldByFieldAndUniqueByCodeAndDate() {
    long monthly =
        PeriodFixtures.create(
            planId, period(2024, "2024-03", "Mars 2024", "2024-03-31", "2024-04-15", "FORECAST"));
    given()
        .get("/api/v1/reporting-periods/{id}", monthly)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("code", equalTo("2024-03"))
        .body("label", equalTo("Mars 2024"))
        .body("closedBy", nullValue());
    givenInvalid()
        .body(period(2030, "X", "Fel", "2029-03-31", "2029-03-01", "FORECAST"))
        .post("/api/v1/plans/{id}/reporting-periods", planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("year", "asOf", "deadline"));
    given()
        .body(period(2024, "2024-03", "Mars igen", "2024-03-30", "2024-04-15", "FORECAST"))
        .post("/api/v1/plans/{id}/reporting-periods", planId)
        .then()
        .statusCode(409)
        .body("code", equalTo("DUPLICATE"))
        .body("detail", containsString("Mars 2024 (2024-03)"));
    given()
        .body(period(2024, "2024-M3", "Mars igen", "2024-03-31", "2024-04-15", "FORECAST"))
        .post("/api/v1/plans/{id}/reporting-periods", planId)
        .then()
        .statusCode(409)
        .body("code", equalTo("DUPLICATE"));
  }

  @Test
  void closingLocksTheValuesOfThePeriodAndReopeningNeedsAReason() {
    Map<String, Long> periods = defaultCalendar(planId, 2024);
    long delar = periods.get("2024-DELAR");
    long forecast = record(pointId, "FORECAST", "2024-08-31", 95);
    long early = record(pointId, "FORECAST", "2024-04-30", 93);
    close(delar);

    given()
        .get("/api/v1/reporting-periods/{id}", delar)
        .then()
        .body("state", equalTo("CLOSED"))
        .body("closedBy", containsString("api-key"))
        .body("allowedTransitions", contains("REOPEN"));
    // A value dated inside the period belongs to it too (the first period on or after its date).
    given()
        .body(value("FORECAST", "2024-07-15", 96))
        .post("/api/v1/measurement-points/{id}/evaluations", pointId)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"))
        .body("detail", containsString("Delår 2024 (2024-DELAR)"));
    String etag = etagOf(forecast);
    given()
        .header("If-Match", etag)
        .body(value("FORECAST", "2024-08-31", 97))
        .put("/api/v1/evaluations/{id}", forecast)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    // Moving a value of an open period into the closed one is a write into it as well.
    given()
        .header("If-Match", etagOf(early))
        .body(value("FORECAST", "2024-08-30", 93))
        .put("/api/v1/evaluations/{id}", early)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    given()
        .header("If-Match", etag)
        .post("/api/v1/evaluations/{id}/submission", forecast)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    given()
        .header("If-Match", etag)
        .delete("/api/v1/evaluations/{id}", forecast)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    given()
        .body(
            Map.of(
                "rows",
                List.of(
                    Map.of(
                        "measurementPointId",
                        pointId,
                        "year",
                        2024,
                        "kind",
                        "FORECAST",
                        "asOf",
                        "2024-08-31",
                        "value",
                        98))))
        .post("/api/v1/plans/{id}/evaluations/bulk", planId)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    given()
        .get("/api/v1/evaluations/{id}", forecast)
        .then()
        .body("value", equalTo(95))
        .body("allowedTransitions", empty());
    // The other periods stay open.
    record(pointId, "OUTCOME", "2024-12-31", 99);
    given()
        .get("/api/v1/evaluations/{id}", early)
        .then()
        .body("allowedTransitions", contains("SUBMIT", "EDIT", "DELETE"));

    givenInvalid()
        .header("If-Match", etag(delar))
        .body(Map.of("reason", " "))
        .post("/api/v1/reporting-periods/{id}/reopening", delar)
        .then()
        .statusCode(400);
    given()
        .header("If-Match", etag(delar))
        .post("/api/v1/reporting-periods/{id}/closing", delar)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"));
    reopen(delar, "Förskolans prognos rättas efter ny statistik");
    given()
        .header("If-Match", etagOf(forecast))
        .body(value("FORECAST", "2024-08-31", 97))
        .put("/api/v1/evaluations/{id}", forecast)
        .then()
        .statusCode(200)
        .body("value", equalTo(97));
    given()
        .get("/api/v1/reporting-periods/{id}/history", delar)
        .then()
        .statusCode(200)
        .body("items.changeType", contains("REOPENED", "CLOSED", "CREATED"))
        .body("items[0].reason", equalTo("Förskolans prognos rättas efter ny statistik"))
        .body("items[0].state", equalTo("OPEN"))
        .body("items[1].changedBy", containsString("api-key"));
  }

  @Test
  void anOutcomeKnownAfterTheYearBelongsToTheYearsLastPeriod() {
    long helar = defaultCalendar(planId, 2024).get("2024-HELAR");
    close(helar);
    given()
        .body(
            value("OUTCOME", "2025-02-10", 99).entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getKey().equals("year") ? 2024 : e.getValue())))
        .post("/api/v1/measurement-points/{id}/evaluations", pointId)
        .then()
        .statusCode(409)
        .body("detail", containsString("Helår 2024 (2024-HELAR)"));
  }

  @Test
  void allowedTransitionsFollowTheCallersRole() {
    long value = record(pointId, "OUTCOME", "2024-12-31", 99);
    as("VIEWER")
        .get("/api/v1/evaluations/{id}", value)
        .then()
        .statusCode(200)
        .body("allowedTransitions", empty());
    as("REPORTER")
        .get("/api/v1/evaluations/{id}", value)
        .then()
        .body("allowedTransitions", contains("SUBMIT", "EDIT", "DELETE"));
    as("APPROVER")
        .get("/api/v1/evaluations/{id}", value)
        .then()
        .body("allowedTransitions", empty());
    as("REPORTER")
        .header("If-Match", etagOf(value))
        .post("/api/v1/evaluations/{id}/submission", value)
        .then()
        .statusCode(200)
        .body("allowedTransitions", contains("EDIT", "DELETE"));
    as("APPROVER")
        .get("/api/v1/evaluations/{id}", value)
        .then()
        .body("allowedTransitions", contains("APPROVE"));
    given()
        .get("/api/v1/evaluations/{id}", value)
        .then()
        .body("allowedTransitions", hasItems("APPROVE", "EDIT", "DELETE"));
    long period = defaultCalendar(planId, 2024).get("2024-T1");
    as("VIEWER")
        .get("/api/v1/reporting-periods/{id}", period)
        .then()
        .body("allowedTransitions", empty());
    as("APPROVER")
        .get("/api/v1/reporting-periods/{id}", period)
        .then()
        .body("allowedTransitions", contains("CLOSE"));
    as("PLANNER")
        .get("/api/v1/reporting-periods/{id}", period)
        .then()
        .body("allowedTransitions", contains("EDIT"));
  }

  @Test
  void anOpenPeriodsDeadlineMayMoveAClosedOnesMayNot() {
    long delar = defaultCalendar(planId, 2024).get("2024-DELAR");
    Map<String, Object> change =
        Map.of(
            "label", "Delår 2024",
            "deadline", "2024-10-15",
            "expectedKind", "FORECAST",
            "expectsAssessments", true,
            "expectsAnalyses", true);
    given()
        .header("If-Match", etag(delar))
        .body(change)
        .put("/api/v1/reporting-periods/{id}", delar)
        .then()
        .statusCode(200)
        .body("deadline", equalTo("2024-10-15"))
        .header("ETag", "\"1\"");
    close(delar);
    given()
        .header("If-Match", etag(delar))
        .body(change)
        .put("/api/v1/reporting-periods/{id}", delar)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
  }

  @Test
  void aPlanWithPeriodsIsDeletedOnlyWithoutThem() {
    long empty = se.styrkort.goal.GoalFixtures.newPlan();
    defaultCalendar(empty, 2024);
    given()
        .header("If-Match", se.styrkort.goal.GoalFixtures.etag("/api/v1/plans/{id}", empty))
        .delete("/api/v1/plans/{id}", empty)
        .then()
        .statusCode(409)
        .body("code", equalTo("HAS_DEPENDENTS"))
        .body("detail", containsString("3 reporting periods"));
  }

  private static String etagOf(long evaluationId) {
    return given().get("/api/v1/evaluations/{id}", evaluationId).header("ETag");
  }
}
