package se.styrkort.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/**
 * Every creating POST takes an Idempotency-Key: a retry gets the first 201 again, with the same
 * body, Location and ETag, and nothing is created twice; the same key with another body is refused
 * with 422 and creates nothing either.
 */
@QuarkusTest
class IdempotentCreationTest {

  private final String key = UUID.randomUUID().toString();

  /** Sends the POST with the test's key and returns the 201. */
  private ExtractableResponse<Response> create(String path, Object body, Object... params) {
    var request = given().header(Idempotency.HEADER, key);
    if (body != null) {
      request.body(body);
    }
    return request.post(path, params).then().statusCode(201).extract();
  }

  /** The first answer and its retry are one and the same. */
  private static void sameAnswer(
      ExtractableResponse<Response> first, ExtractableResponse<Response> retry) {
    assertEquals(first.header("Location"), retry.header("Location"));
    assertEquals(first.header("ETag"), retry.header("ETag"));
    assertEquals(first.jsonPath().getMap(""), retry.jsonPath().getMap(""));
  }

  private void refusedWithAnotherBody(String path, Object body, Object... params) {
    given()
        .header(Idempotency.HEADER, key)
        .body(body)
        .post(path, params)
        .then()
        .statusCode(422)
        .body("type", equalTo("https://styrkort.se/problems/idempotency-key-reused"))
        .body("status", equalTo(422))
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"))
        .body(
            "detail",
            equalTo(
                "Idempotency-Key "
                    + key
                    + " was used for a different request; send a new key for a new request."));
  }

  private static Map<String, Object> plan(String organisation) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("name", "Flerårsplan 2025–2026");
    plan.put("organisation", organisation);
    plan.put("startYear", 2024);
    plan.put("endYear", 2026);
    plan.put("baselineYear", 2023);
    return plan;
  }

  @Test
  void aRetriedFollowUpValueIsRecordedOnce() {
    long pointId = PointFixtures.newPoint(PointFixtures.percent("Förskola"));
    Map<String, Object> outcome = new HashMap<>();
    outcome.put("year", 2024);
    outcome.put("kind", "OUTCOME");
    outcome.put("asOf", "2024-12-31");
    outcome.put("value", 96.5);
    String path = "/api/v1/measurement-points/{id}/evaluations";

    var first = create(path, outcome, pointId);
    var retry = create(path, outcome, pointId);

    sameAnswer(first, retry);
    given().get(path, pointId).then().statusCode(200).body("items", hasSize(1));
    outcome.put("value", 97);
    refusedWithAnotherBody(path, outcome, pointId);
    given().get(path, pointId).then().statusCode(200).body("items[0].value", equalTo(96.5f));
  }

  @Test
  void aRetriedPlanIsCreatedOnce() {
    String organisation = "Testkommun " + UUID.randomUUID();

    var first = create("/api/v1/plans", plan(organisation));
    var retry = create("/api/v1/plans", plan(organisation));

    sameAnswer(first, retry);
    given()
        .queryParam("organisation", organisation)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
    refusedWithAnotherBody("/api/v1/plans", plan(organisation + " (annan)"));
  }

  @Test
  void aRetriedGoalIndicatorAndPointAreEachCreatedOnce() {
    long planId = GoalFixtures.newPlan();
    Map<String, Object> area = GoalFixtures.focusArea("Öppen kommun");
    var first = create("/api/v1/plans/{id}/goals", area, planId);
    sameAnswer(first, create("/api/v1/plans/{id}/goals", area, planId));
    given().get("/api/v1/plans/{id}/goals", planId).then().body("items", hasSize(1));

    long areaId = first.jsonPath().getLong("id");
    long goalId = GoalFixtures.newGoal(planId, areaId);
    Map<String, Object> indicator = Map.of("title", "Alla elever upplever respektfullt bemötande");
    // A key belongs to one request: the indicator needs a key of its own.
    String indicatorKey = UUID.randomUUID().toString();
    var indicatorFirst =
        given()
            .header(Idempotency.HEADER, indicatorKey)
            .body(indicator)
            .post("/api/v1/goals/{id}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract();
    var indicatorRetry =
        given()
            .header(Idempotency.HEADER, indicatorKey)
            .body(indicator)
            .post("/api/v1/goals/{id}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract();
    sameAnswer(indicatorFirst, indicatorRetry);
    given().get("/api/v1/goals/{id}/indicators", goalId).then().body("items", hasSize(1));

    long indicatorId = indicatorFirst.jsonPath().getLong("id");
    String pointKey = UUID.randomUUID().toString();
    Map<String, Object> point = PointFixtures.percent("Förskola");
    String points = "/api/v1/indicators/{id}/measurement-points";
    var pointFirst =
        given()
            .header(Idempotency.HEADER, pointKey)
            .body(point)
            .post(points, indicatorId)
            .then()
            .statusCode(201)
            .extract();
    var pointRetry =
        given()
            .header(Idempotency.HEADER, pointKey)
            .body(point)
            .post(points, indicatorId)
            .then()
            .statusCode(201)
            .extract();
    sameAnswer(pointFirst, pointRetry);
    given().get(points, indicatorId).then().body("items", hasSize(1));

    // The goal's key sent to another operation is another request.
    refusedWithAnotherBody("/api/v1/goals/{id}/indicators", indicator, goalId);
  }

  @Test
  void aRetriedImportCreatesOnePlan() {
    String organisation = "Testkommun " + UUID.randomUUID();
    Map<String, Object> document = new HashMap<>(plan(organisation));
    document.put("formatVersion", 1);

    var first = create("/api/v1/plans/import", document);
    var retry = create("/api/v1/plans/import", document);

    sameAnswer(first, retry);
    given()
        .queryParam("organisation", organisation)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
    document.put("name", "Flerårsplan 2027–2028");
    refusedWithAnotherBody("/api/v1/plans/import", document);
  }

  @Test
  void aRetriedRevisionAnswersWithTheRevisionItMade() {
    long planId = GoalFixtures.newPlan();
    given()
        .header("If-Match", "\"0\"")
        .body(Map.of("decisionReference", "KF § 123", "decisionDate", "2024-11-25"))
        .post("/api/v1/plans/{id}/adoption", planId)
        .then()
        .statusCode(200);

    var first = create("/api/v1/plans/{id}/revisions", null, planId);
    var retry = create("/api/v1/plans/{id}/revisions", null, planId);

    sameAnswer(first, retry);
    // Without the key, a second revision is refused: one DRAFT revision at a time.
    given()
        .post("/api/v1/plans/{id}/revisions", planId)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"));
  }

  @Test
  void aKeyLongerThan255CharactersIsRefused() {
    given()
        .header(Idempotency.HEADER, "k".repeat(256))
        .body(plan("Testkommun " + UUID.randomUUID()))
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("Idempotency-Key"))
        .body("errors[0].message", equalTo("must be 1–255 characters"));
  }
}
