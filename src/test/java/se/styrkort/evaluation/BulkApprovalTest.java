package se.styrkort.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.evaluation.EvaluationFixtures.forecast;
import static se.styrkort.evaluation.EvaluationFixtures.outcome;
import static se.styrkort.evaluation.EvaluationFixtures.record;
import static se.styrkort.evaluation.EvaluationFixtures.stateOf;
import static se.styrkort.evaluation.EvaluationFixtures.submitted;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/** A whole reporting date of a plan is approved at once: every submitted value, or none. */
@QuarkusTest
class BulkApprovalTest {

  private static final String APPROVAL = "/api/v1/plans/{planId}/evaluations/approval";

  @Test
  void approvesEverySubmittedValueOfTheDateAndLeavesTheRestAlone() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");
    long school = pointIn(planId, "Grundskola");
    long adults = pointIn(planId, "Vuxenutbildningen");
    long first = submitted(preschool, outcome(2024, 98));
    long second = submitted(school, outcome(2024, 81));
    long draft = record(adults, outcome(2024, 74));
    long otherDate = submitted(preschool, forecast(2024, 95));
    long otherPlan =
        submitted(PointFixtures.newPoint(PointFixtures.percent("Förskola")), outcome(2024, 50));

    given()
        .body(Map.of("asOf", "2024-12-31"))
        .post(APPROVAL, planId)
        .then()
        .statusCode(200)
        .body("planId", equalTo((int) planId))
        .body("asOf", equalTo("2024-12-31"))
        .body("approvedCount", equalTo(2))
        .body("approvedIds", containsInAnyOrder((int) first, (int) second))
        .body("draftCount", equalTo(1))
        .body("draftIds", contains((int) draft));

    assertEquals("APPROVED", stateOf(first));
    assertEquals("APPROVED", stateOf(second));
    assertEquals("DRAFT", stateOf(draft));
    assertEquals("SUBMITTED", stateOf(otherDate));
    assertEquals("SUBMITTED", stateOf(otherPlan));
    given()
        .get("/api/v1/evaluations/{id}/history", first)
        .then()
        .body("items.changeType", contains("APPROVED", "SUBMITTED", "CREATED"));
  }

  @Test
  void aKindNarrowsTheApprovalToThatKind() {
    long planId = GoalFixtures.newPlan();
    long point = pointIn(planId, "Grundskola");
    Map<String, Object> forecastAtYearEnd = outcome(2024, 80);
    forecastAtYearEnd.put("kind", "FORECAST");
    long forecast = submitted(point, forecastAtYearEnd);
    long outcome = submitted(point, outcome(2024, 81));

    given()
        .body(approvalOf("2024-12-31", "OUTCOME"))
        .post(APPROVAL, planId)
        .then()
        .statusCode(200)
        .body("kind", equalTo("OUTCOME"))
        .body("approvedIds", contains((int) outcome));
    assertEquals("SUBMITTED", stateOf(forecast));
  }

  @Test
  void approvingAgainFindsNothingLeftToApprove() {
    long planId = GoalFixtures.newPlan();
    submitted(pointIn(planId, "Förskola"), outcome(2024, 98));
    given().body(Map.of("asOf", "2024-12-31")).post(APPROVAL, planId).then().statusCode(200);

    given()
        .body(Map.of("asOf", "2024-12-31"))
        .post(APPROVAL, planId)
        .then()
        .statusCode(200)
        .body("approvedCount", equalTo(0))
        .body("approvedIds", empty());
  }

  @Test
  void aRefusedApprovalApprovesNothing() {
    long planId = GoalFixtures.newPlan();
    long value = submitted(pointIn(planId, "Förskola"), outcome(2024, 98));

    givenInvalid()
        .body(Map.of("kind", "OUTCOME"))
        .post(APPROVAL, planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("asOf"));
    givenInvalid()
        .body(approvalOf("2024-12-31", "UTFALL"))
        .post(APPROVAL, planId)
        .then()
        .statusCode(400)
        .body("errors.field", contains("kind"));
    assertEquals("SUBMITTED", stateOf(value));
  }

  @Test
  void anUnknownPlanIsNotFound() {
    given()
        .body(Map.of("asOf", "2024-12-31"))
        .post(APPROVAL, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  /** A point under a goal and indicator of its own in the plan. */
  private static long pointIn(long planId, String label) {
    long goalId = GoalFixtures.newGoal(planId, GoalFixtures.newFocusArea(planId));
    long indicatorId =
        given()
            .body(Map.of("title", "Andel nöjda vårdnadshavare"))
            .post("/api/v1/goals/{goalId}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return PointFixtures.create(indicatorId, PointFixtures.percent(label));
  }

  private static Map<String, Object> approvalOf(String asOf, String kind) {
    Map<String, Object> body = new HashMap<>();
    body.put("asOf", asOf);
    body.put("kind", kind);
    return body;
  }
}
