package se.styrkort.goal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.goal.GoalFixtures.etag;
import static se.styrkort.goal.GoalFixtures.focusArea;
import static se.styrkort.goal.GoalFixtures.goalUnder;
import static se.styrkort.goal.GoalFixtures.newFocusArea;
import static se.styrkort.goal.GoalFixtures.newGoal;
import static se.styrkort.goal.GoalFixtures.newPlan;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replacing, moving and deleting a focus area or goal, with the rules and preconditions. */
@QuarkusTest
class GoalChangeTest {

  private static final String SWEDISH = "Mål: ≥ 2023, åäö ÅÄÖ – ”citat”";

  @Test
  void updateReplacesTheFieldsAndMayMoveAGoalWithinItsPlan() {
    long planId = newPlan();
    long first = newFocusArea(planId);
    long second = newFocusArea(planId);
    newGoal(planId, second);
    long goal = newGoal(planId, first);

    Map<String, Object> moved = goalUnder(second, "Ljusnarsbergs kommun är en bra plats att bo");
    moved.put("description", SWEDISH);
    given()
        .header("If-Match", "\"0\"")
        .body(moved)
        .put("/api/v1/goals/{id}", goal)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("parentId", equalTo((int) second))
        .body("position", equalTo(2))
        .body("title", equalTo("Ljusnarsbergs kommun är en bra plats att bo"))
        .body("description", equalTo(SWEDISH))
        .body("version", equalTo(1));

    Map<String, Object> repositioned = GoalFixtures.at(0, moved);
    given()
        .header("If-Match", "\"1\"")
        .body(repositioned)
        .put("/api/v1/goals/{id}", goal)
        .then()
        .statusCode(200)
        .body("position", equalTo(0));
  }

  @Test
  void updateNeedsTheCurrentETag() {
    long id = newFocusArea(newPlan());
    Map<String, Object> renamed = focusArea("Hållbar kommun");

    given()
        .body(renamed)
        .put("/api/v1/goals/{id}", id)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"))
        .body("errors[0].field", equalTo("If-Match"));
    given()
        .header("If-Match", "\"3\"")
        .body(renamed)
        .put("/api/v1/goals/{id}", id)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"))
        .body("detail", containsString("\"0\""));

    given()
        .get("/api/v1/goals/{id}", id)
        .then()
        .header("ETag", "\"0\"")
        .body("title", equalTo("Öppen kommun"));
  }

  @Test
  void updateRefusesCyclesKindChangesAndParentsForFocusAreas() {
    long planId = newPlan();
    long area = newFocusArea(planId);
    long goal = newGoal(planId, area);
    long subGoal = newGoal(planId, goal);

    assertUpdateConflict(goal, goalUnder(goal, "Under sig själv"), "parentId", "cycle");
    assertUpdateConflict(goal, goalUnder(subGoal, "Under sitt delmål"), "parentId", "cycle");
    assertUpdateConflict(goal, focusArea("Blir utvecklingsområde"), "kind", "cannot change");
    Map<String, Object> areaWithParent = focusArea("Öppen kommun");
    areaWithParent.put("parentId", goal);
    assertUpdateConflict(area, areaWithParent, "parentId", "must be null");

    given()
        .get("/api/v1/goals/{id}", goal)
        .then()
        .header("ETag", "\"0\"")
        .body("parentId", equalTo((int) area));
    given().get("/api/v1/goals/{id}", area).then().body("parentId", nullValue());
  }

  private static void assertUpdateConflict(
      long id, Map<String, Object> body, String field, String message) {
    given()
        .header("If-Match", etag("/api/v1/goals/{id}", id))
        .body(body)
        .put("/api/v1/goals/{id}", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo(field))
        .body("errors[0].message", containsString(message));
  }

  @Test
  void deleteIsRefusedWhileSubGoalsOrIndicatorsDependOnIt() {
    long planId = newPlan();
    long area = newFocusArea(planId);
    long goal = newGoal(planId, area);
    newGoal(planId, goal);
    newGoal(planId, goal);
    for (String title :
        new String[] {"Digitalisering", "Besöksnäringen", "Attraktiv arbetsgivare"}) {
      given()
          .body(Map.of("title", title))
          .post("/api/v1/goals/{id}/indicators", goal)
          .then()
          .statusCode(201);
    }

    given()
        .header("If-Match", "\"0\"")
        .delete("/api/v1/goals/{id}", goal)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("HAS_DEPENDENTS"))
        .body(
            "detail",
            equalTo("The goal cannot be deleted while it has 2 sub-goals, 3 indicators."));
    given()
        .header("If-Match", "\"0\"")
        .delete("/api/v1/goals/{id}", area)
        .then()
        .statusCode(409)
        .body("detail", equalTo("The focus area cannot be deleted while it has 1 sub-goal."));

    given().get("/api/v1/goals/{id}", goal).then().statusCode(200);
  }

  @Test
  void deleteNeedsTheCurrentETagAndThenTheGoalIsGone() {
    long id = newFocusArea(newPlan());

    given()
        .delete("/api/v1/goals/{id}", id)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"));
    given()
        .header("If-Match", "\"5\"")
        .delete("/api/v1/goals/{id}", id)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
    given().get("/api/v1/goals/{id}", id).then().statusCode(200);

    given().header("If-Match", "\"0\"").delete("/api/v1/goals/{id}", id).then().statusCode(204);
    given().get("/api/v1/goals/{id}", id).then().statusCode(404);
  }
}
