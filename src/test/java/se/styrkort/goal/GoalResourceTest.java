package se.styrkort.goal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.goal.GoalFixtures.create;
import static se.styrkort.goal.GoalFixtures.focusArea;
import static se.styrkort.goal.GoalFixtures.goalUnder;
import static se.styrkort.goal.GoalFixtures.newFocusArea;
import static se.styrkort.goal.GoalFixtures.newGoal;
import static se.styrkort.goal.GoalFixtures.newPlan;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Creating and reading a focus area or goal, and every way each can be refused. */
@QuarkusTest
class GoalResourceTest {

  private static final String SWEDISH = "Mål: ≥ 2023, åäö ÅÄÖ – ”citat”";

  @Test
  void createdFocusAreaAndGoalHaveLocationETagAndTheirPlaceInTheTree() {
    long planId = newPlan();
    Map<String, Object> area = focusArea("Öppen kommun");
    area.put("description", SWEDISH);
    var created =
        given().body(area).post("/api/v1/plans/{planId}/goals", planId).then().statusCode(201);
    long areaId = created.extract().jsonPath().getLong("id");
    created
        .header("Location", endsWith("/api/v1/goals/" + areaId))
        .header("ETag", equalTo("\"0\""))
        .body("planId", equalTo((int) planId))
        .body("parentId", nullValue())
        .body("kind", equalTo("FOCUS_AREA"))
        .body("title", equalTo("Öppen kommun"))
        .body("description", equalTo(SWEDISH))
        .body("position", equalTo(1))
        .body("version", equalTo(0))
        .body("createdAt", notNullValue());

    given()
        .body(goalUnder(areaId, "Vår hemsida är användarvänlig för medborgarna"))
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(201)
        .body("kind", equalTo("GOAL"))
        .body("parentId", equalTo((int) areaId))
        .body("position", equalTo(1));

    given()
        .get("/api/v1/goals/{id}", areaId)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("title", equalTo("Öppen kommun"))
        .body("description", equalTo(SWEDISH));
  }

  @Test
  void withoutAPositionANodeGoesLastAmongItsSiblings() {
    long planId = newPlan();
    long first = create(planId, GoalFixtures.at(5, focusArea("Kunskap och kompetens")));
    long second = newFocusArea(planId);
    long goal = newGoal(planId, first);

    given().get("/api/v1/goals/{id}", second).then().body("position", equalTo(6));
    given().get("/api/v1/goals/{id}", goal).then().body("position", equalTo(1));
  }

  @Test
  void readWithCurrentETagIsNotModified() {
    long id = newFocusArea(newPlan());
    given()
        .header("If-None-Match", "\"0\"")
        .get("/api/v1/goals/{id}", id)
        .then()
        .statusCode(304)
        .header("ETag", "\"0\"");
    given().header("If-None-Match", "\"9\"").get("/api/v1/goals/{id}", id).then().statusCode(200);
  }

  @Test
  void unknownIdsAreNotFound() {
    long missing = 999_999_999L;
    given()
        .get("/api/v1/goals/{id}", missing)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"))
        .body("detail", equalTo("No goal with id 999999999."));
    given()
        .get("/api/v1/plans/{id}/goals", missing)
        .then()
        .statusCode(404)
        .body("detail", equalTo("No plan with id 999999999."));
    given()
        .body(focusArea("Öppen kommun"))
        .post("/api/v1/plans/{id}/goals", missing)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    given()
        .header("If-Match", "\"0\"")
        .body(focusArea("Öppen kommun"))
        .put("/api/v1/goals/{id}", missing)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    given()
        .header("If-Match", "\"0\"")
        .delete("/api/v1/goals/{id}", missing)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void malformedIdsAreBadRequests() {
    givenInvalid()
        .get("/api/v1/goals/abc")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("goalId"));
    givenInvalid()
        .body(focusArea("Öppen kommun"))
        .post("/api/v1/plans/abc/goals")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("planId"));
    givenInvalid()
        .header("If-Match", "\"0\"")
        .delete("/api/v1/goals/abc")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("goalId"));
  }

  @Test
  void invalidBodiesNameEachField() {
    long planId = newPlan();
    Map<String, Object> blank = focusArea("  ");
    blank.put("position", -1);
    givenInvalid()
        .body(blank)
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("position", "title"));

    Map<String, Object> unknownKind = focusArea("Öppen kommun");
    unknownKind.put("kind", "PROJECT");
    givenInvalid()
        .body(unknownKind)
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].message", containsString("FOCUS_AREA, GOAL"));

    Map<String, Object> missingKind = focusArea("Öppen kommun");
    missingKind.remove("kind");
    givenInvalid()
        .body(missingKind)
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("kind"));

    Map<String, Object> wrongType = focusArea("Öppen kommun");
    wrongType.put("position", "first");
    givenInvalid()
        .body(wrongType)
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("position"))
        .body("errors[0].message", equalTo("must be an integer"));

    givenInvalid()
        .body("{\"kind\": \"FOCUS_AREA\", \"title\": ")
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_JSON"));

    given()
        .get("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void treeRulesOnCreationAreConflictsThatChangeNothing() {
    long planId = newPlan();
    long areaId = newFocusArea(planId);
    long otherPlansArea = newFocusArea(newPlan());

    Map<String, Object> orphan = goalUnder(areaId, "Ett mål utan förälder");
    orphan.remove("parentId");
    assertConflict(planId, orphan, "parentId", "is required");

    Map<String, Object> nestedArea = focusArea("Kunskap och kompetens");
    nestedArea.put("parentId", areaId);
    assertConflict(planId, nestedArea, "parentId", "must be null");

    // Another plan's goal and no goal at all get one answer: nothing to enumerate (issue 15).
    String none = "names no goal of plan " + planId;
    assertConflict(planId, goalUnder(otherPlansArea, "Fel plan"), "parentId", none);
    assertConflict(planId, goalUnder(999_999_999L, "Ingen förälder"), "parentId", none);

    given()
        .get("/api/v1/plans/{planId}/goals", planId)
        .then()
        .body("items.id", contains((int) areaId));
  }

  private static void assertConflict(
      long planId, Map<String, Object> body, String field, String message) {
    given()
        .body(body)
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("CONFLICT"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo(field))
        .body("errors[0].message", containsString(message));
  }
}
