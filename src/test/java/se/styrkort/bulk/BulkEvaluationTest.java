package se.styrkort.bulk;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.bulk.BulkEntryFixtures.BULK;
import static se.styrkort.bulk.BulkEntryFixtures.outcome;
import static se.styrkort.bulk.BulkEntryFixtures.pointIn;
import static se.styrkort.bulk.BulkEntryFixtures.rows;
import static se.styrkort.bulk.BulkEntryFixtures.valuesOf;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/** Many follow-up values of a plan are written at once: all of them, or none. */
@QuarkusTest
class BulkEvaluationTest {

  @Test
  void createsNewKeysCorrectsExistingOnesAndLeavesEqualRowsAlone() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");
    long school = pointIn(planId, "Grundskola");
    long first =
        given()
            .body(rows(outcome(preschool, 2023, 96), outcome(school, 2023, 80)))
            .post(BULK, planId)
            .then()
            .statusCode(200)
            .body("created", equalTo(2))
            .extract()
            .jsonPath()
            .getLong("createdIds[0]");

    given()
        .body(
            rows(
                outcome(preschool, 2023, 97),
                outcome(school, 2023, 80.0),
                outcome(school, 2024, 81)))
        .post(BULK, planId)
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(false))
        .body("created", equalTo(1))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(1))
        .body("createdIds", hasSize(1))
        .body("updatedIds", contains((int) first));

    assertEquals(List.of(97), valuesOf(preschool));
    assertEquals(List.of(80, 81), valuesOf(school));
    // The correction went the way of a single PUT: it has its revision.
    given()
        .get("/api/v1/evaluations/{id}/history", first)
        .then()
        .body("items.changeType", contains("UPDATED", "CREATED"));
  }

  @Test
  void oneBadRowWritesNothingAndEveryFailingRowIsNamed() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");
    long elsewhere = PointFixtures.newPoint(PointFixtures.percent("Förskola"));

    givenInvalid()
        .body(
            rows(
                outcome(preschool, 2024, 98),
                outcome(preschool, 2025, 140),
                outcome(elsewhere, 2024, 50),
                outcome(preschool, 2031, 90)))
        .post(BULK, planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body(
            "errors.field",
            containsInAnyOrder("rows[1].value", "rows[2].measurementPointId", "rows[3].year"));

    assertEquals(List.of(), valuesOf(preschool));
  }

  @Test
  void theSameKeyTwiceInOneRequestIsRefused() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");

    givenInvalid()
        .body(rows(outcome(preschool, 2024, 98), outcome(preschool, 2024, 97)))
        .post(BULK, planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("rows[1].asOf"));
  }

  @Test
  void aRowThatWouldChangeAnApprovedValueIsLocked() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");
    long id =
        given()
            .body(rows(outcome(preschool, 2024, 98)))
            .post(BULK, planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("createdIds[0]");
    given().header("If-Match", "\"0\"").post("/api/v1/evaluations/{id}/submission", id);
    given().header("If-Match", "\"1\"").post("/api/v1/evaluations/{id}/approval", id);

    given()
        .body(rows(outcome(preschool, 2023, 96), outcome(preschool, 2024, 99)))
        .post(BULK, planId)
        .then()
        .statusCode(409)
        .body("code", equalTo("EVALUATION_LOCKED"))
        .body("errors.field", contains("rows[1].value"));
    assertEquals(List.of(98), valuesOf(preschool));

    // Repeating what is approved changes nothing, so it is no conflict.
    given()
        .body(rows(outcome(preschool, 2024, 98)))
        .post(BULK, planId)
        .then()
        .statusCode(200)
        .body("unchanged", equalTo(1))
        .body("unchangedIds", contains((int) id));
  }

  @Test
  void anEmptyRequestIsRefused() {
    givenInvalid()
        .body(Map.of("rows", List.of()))
        .post(BULK, GoalFixtures.newPlan())
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("rows"));
  }

  @Test
  void anUnknownPlanIsNotFound() {
    given()
        .body(rows(outcome(1, 2024, 98)))
        .post(BULK, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"))
        .body("errors", nullValue());
  }
}
