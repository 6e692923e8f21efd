package se.styrkort.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.support.Api.as;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.period.PeriodFixtures;

/**
 * Assessments of a plan's nodes in a period: checked against the period's plan and kind, one per
 * node and period, DRAFT → SUBMITTED → APPROVED with their history, and locked by a closed period.
 */
@QuarkusTest
class AssessmentTest {

  private long planId;
  private long focusAreaId;
  private long goalId;
  private long t1;
  private long helar;

  @BeforeEach
  void plan() {
    planId = GoalFixtures.newPlan();
    focusAreaId = GoalFixtures.newFocusArea(planId);
    goalId = GoalFixtures.newGoal(planId, focusAreaId);
    Map<String, Long> periods = PeriodFixtures.defaultCalendar(planId, 2024);
    t1 = periods.get("2024-T1");
    helar = periods.get("2024-HELAR");
  }

  static Map<String, Object> assessment(String kind, long nodeId, String status) {
    Map<String, Object> body = new HashMap<>();
    body.put("nodeKind", kind);
    body.put("nodeId", nodeId);
    body.put("status", status);
    body.put("motivation", "Andelen ökar men når inte målvärdet");
    return body;
  }

  static long create(long periodId, Map<String, Object> body) {
    return given()
        .body(body)
        .post("/api/v1/reporting-periods/{id}/assessments", periodId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static String etag(long id) {
    return given().get("/api/v1/assessments/{id}", id).header("ETag");
  }

  @Test
  void anAssessmentCarriesItsJudgementAuthorAndWordsInSwedishWhenAsked() {
    Map<String, Object> body = assessment("GOAL", goalId, "PARTIALLY_FULFILLED");
    body.put("outlook", "UNCERTAIN");
    body.put(
        "analysis", "Analys i förhållande till riket och Örebro län: Matematik 16 % (riket 20 %).");
    long id =
        given()
            .body(body)
            .post("/api/v1/reporting-periods/{id}/assessments", t1)
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/assessments/"))
            .header("ETag", "\"0\"")
            .body("periodCode", equalTo("2024-T1"))
            .body("nodeKind", equalTo("GOAL"))
            .body("status", equalTo("PARTIALLY_FULFILLED"))
            .body("statusText", equalTo("Partially fulfilled"))
            .body("outlook", equalTo("UNCERTAIN"))
            .body("state", equalTo("DRAFT"))
            .body("recordedBy", containsString("api-key"))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5")
        .get("/api/v1/assessments/{id}", id)
        .then()
        .statusCode(200)
        .body("statusText", equalTo("Delvis uppfyllt"))
        .body("outlookText", equalTo("Osäkert"))
        .body("nodeKindText", equalTo("Mål"))
        .body("stateText", equalTo("Utkast"))
        .body("analysis", containsString("Örebro län"));
    given()
        .queryParam("lang", "sv")
        .get("/api/v1/reporting-periods/{id}/assessments", t1)
        .then()
        .statusCode(200)
        .body("items.id", contains((int) id))
        .body("items[0].statusText", equalTo("Delvis uppfyllt"));
    givenInvalid()
        .queryParam("lang", "de")
        .get("/api/v1/assessments/{id}", id)
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("lang"));
  }

  @Test
  void theNodeMustBeOfThePeriodsPlanAndOfTheKindSaid() {
    long otherPlan = GoalFixtures.newPlan();
    long foreignGoal = GoalFixtures.newGoal(otherPlan, GoalFixtures.newFocusArea(otherPlan));
    given()
        .body(assessment("GOAL", foreignGoal, "FULFILLED"))
        .post("/api/v1/reporting-periods/{id}/assessments", t1)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("nodeId"))
        .body("errors[0].message", equalTo("is no goal of plan " + planId));
    given()
        .body(assessment("GOAL", focusAreaId, "FULFILLED"))
        .post("/api/v1/reporting-periods/{id}/assessments", t1)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("send nodeKind FOCUS_AREA"));
    given()
        .body(assessment("PLAN", otherPlan, "FULFILLED"))
        .post("/api/v1/reporting-periods/{id}/assessments", t1)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("nodeId"));
    Map<String, Object> outlookAtYearEnd = assessment("PLAN", planId, "FULFILLED");
    outlookAtYearEnd.put("outlook", "EXPECTED_MET");
    given()
        .body(outlookAtYearEnd)
        .post("/api/v1/reporting-periods/{id}/assessments", helar)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("outlook"));
    Map<String, Object> noMotivation = assessment("PLAN", planId, "FULFILLED");
    noMotivation.remove("motivation");
    givenInvalid()
        .body(noMotivation)
        .post("/api/v1/reporting-periods/{id}/assessments", helar)
        .then()
        .statusCode(400)
        .body("errors[0].field", containsString("motivation"));
    long first = create(helar, assessment("PLAN", planId, "NOT_ASSESSABLE"));
    given()
        .body(assessment("PLAN", planId, "FULFILLED"))
        .post("/api/v1/reporting-periods/{id}/assessments", helar)
        .then()
        .statusCode(409)
        .body("code", equalTo("DUPLICATE"))
        .body("detail", containsString("assessment " + first));
  }

  @Test
  void approvalLocksAndReopeningNeedsAReasonAndEveryVersionIsKept() {
    long id = create(helar, assessment("FOCUS_AREA", focusAreaId, "NOT_FULFILLED"));
    as("REPORTER")
        .header("If-Match", etag(id))
        .post("/api/v1/assessments/{id}/submission", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"))
        .body("allowedTransitions", contains("EDIT", "DELETE"));
    as("REPORTER")
        .header("If-Match", etag(id))
        .post("/api/v1/assessments/{id}/approval", id)
        .then()
        .statusCode(403);
    as("APPROVER")
        .header("If-Match", etag(id))
        .post("/api/v1/assessments/{id}/approval", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("APPROVED"))
        .body("allowedTransitions", contains("REOPEN"));
    Map<String, Object> change =
        Map.of("status", "PARTIALLY_FULFILLED", "motivation", "Rättad efter ny statistik");
    given()
        .header("If-Match", etag(id))
        .body(change)
        .put("/api/v1/assessments/{id}", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("ASSESSMENT_LOCKED"));
    as("APPROVER")
        .header("If-Match", etag(id))
        .body(Map.of("reason", "Ny statistik från Skolverket"))
        .post("/api/v1/assessments/{id}/reopening", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("DRAFT"));
    given()
        .header("If-Match", "\"0\"")
        .body(change)
        .put("/api/v1/assessments/{id}", id)
        .then()
        .statusCode(412);
    given().body(change).put("/api/v1/assessments/{id}", id).then().statusCode(428);
    given()
        .header("If-Match", etag(id))
        .body(change)
        .put("/api/v1/assessments/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("PARTIALLY_FULFILLED"))
        .body("analysis", nullValue());
    given()
        .get("/api/v1/assessments/{id}/history", id)
        .then()
        .statusCode(200)
        .body(
            "items.changeType", contains("UPDATED", "REOPENED", "APPROVED", "SUBMITTED", "CREATED"))
        .body("items[1].reason", equalTo("Ny statistik från Skolverket"))
        .body("items[4].status", equalTo("NOT_FULFILLED"));
    given()
        .header("If-Match", etag(id))
        .delete("/api/v1/assessments/{id}", id)
        .then()
        .statusCode(204);
    given().get("/api/v1/assessments/{id}", id).then().statusCode(404);
    given()
        .get("/api/v1/assessments/{id}/history", id)
        .then()
        .statusCode(200)
        .body("items[0].changeType", equalTo("DELETED"));
  }

  @Test
  void aClosedPeriodLocksItsAssessmentsAndAGoalWithAssessmentsStays() {
    long id = create(t1, assessment("GOAL", goalId, "FULFILLED"));
    PeriodFixtures.close(t1);
    given()
        .body(assessment("PLAN", planId, "FULFILLED"))
        .post("/api/v1/reporting-periods/{id}/assessments", t1)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"))
        .body("detail", containsString("Tertial 1 2024 (2024-T1)"));
    given()
        .header("If-Match", etag(id))
        .post("/api/v1/assessments/{id}/submission", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    given().get("/api/v1/assessments/{id}", id).then().body("allowedTransitions", empty());
    given()
        .header("If-Match", GoalFixtures.etag("/api/v1/goals/{id}", goalId))
        .delete("/api/v1/goals/{id}", goalId)
        .then()
        .statusCode(409)
        .body("code", equalTo("HAS_DEPENDENTS"))
        .body("detail", containsString("1 assessment"));
  }

  @Test
  void theVocabularyHasEveryEnumInSwedishAndEnglish() {
    given()
        .get("/api/v1/vocabulary")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.type == 'FulfilmentStatus' && it.value == 'NO_DATA' }.sv",
            equalTo("Uppgift saknas"))
        .body(
            "items.find { it.type == 'AssessedStatus' && it.value == 'NOT_ASSESSABLE' }.sv",
            equalTo("Kan inte bedömas"))
        .body(
            "items.find { it.type == 'Outlook' && it.value == 'EXPECTED_NOT_MET' }.sv",
            equalTo("Bedöms inte uppnås"))
        .body(
            "items.find { it.type == 'Trend' && it.value == 'WORSENED' }.sv", equalTo("Försämrad"))
        .body(
            "items.find { it.type == 'NodeKind' && it.value == 'FOCUS_AREA' }.sv",
            equalTo("Utvecklingsområde"))
        .body(
            "items.find { it.type == 'EvaluationKind' && it.value == 'FORECAST' }.en",
            equalTo("Forecast"));
  }
}
