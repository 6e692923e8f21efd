package se.styrkort.goal;

import static se.styrkort.support.Api.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Test-data builders for plans, focus areas and goals, created through the API like a client would.
 * Bodies are mutable maps so that a test can change one field and leave the rest valid.
 */
public final class GoalFixtures {

  private GoalFixtures() {}

  /** A new plan of its own, so that no test depends on what else is in the database. */
  public static long newPlan() {
    Map<String, Object> plan = new HashMap<>();
    plan.put("name", "Flerårsplan 2025–2026 (test)");
    plan.put("organisation", "Testkommun " + UUID.randomUUID());
    plan.put("startYear", 2024);
    plan.put("endYear", 2026);
    plan.put("baselineYear", 2023);
    return given()
        .body(plan)
        .post("/api/v1/plans")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static Map<String, Object> focusArea(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "FOCUS_AREA");
    body.put("title", title);
    return body;
  }

  public static Map<String, Object> goalUnder(long parentId, String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "GOAL");
    body.put("parentId", parentId);
    body.put("title", title);
    return body;
  }

  public static Map<String, Object> at(int position, Map<String, Object> body) {
    body.put("position", position);
    return body;
  }

  /** Creates the focus area or goal and returns its id. */
  public static long create(long planId, Map<String, Object> body) {
    return given()
        .body(body)
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static long newFocusArea(long planId) {
    return create(planId, focusArea("Öppen kommun"));
  }

  public static long newGoal(long planId, long parentId) {
    return create(planId, goalUnder(parentId, "Våra medborgare uppfattar oss som professionella"));
  }

  /** A plan with one focus area and one goal under it; returns the goal's id. */
  public static long goalInNewPlan() {
    long planId = newPlan();
    return newGoal(planId, newFocusArea(planId));
  }

  public static String etag(String path, Object... pathParams) {
    return given().get(path, pathParams).then().statusCode(200).extract().header("ETag");
  }
}
