package se.styrkort.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.styrkort.goal.GoalFixtures.goalInNewPlan;
import static se.styrkort.goal.GoalFixtures.newFocusArea;
import static se.styrkort.goal.GoalFixtures.newGoal;
import static se.styrkort.goal.GoalFixtures.newPlan;
import static se.styrkort.indicator.IndicatorFixtures.addMeasurementPoints;
import static se.styrkort.indicator.IndicatorFixtures.indicator;
import static se.styrkort.indicator.IndicatorFixtures.newIndicator;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replacing, moving and deleting an indicator, with the preconditions that guard each. */
@QuarkusTest
class IndicatorChangeTest {

  @Test
  void updateReplacesTheFieldsAndMayMoveToAnotherGoalOfThePlan() {
    long planId = newPlan();
    long area = newFocusArea(planId);
    long from = newGoal(planId, area);
    long to = newGoal(planId, area);
    newIndicator(to);
    long id = newIndicator(from);

    Map<String, Object> moved = indicator("Vi förbrukar våra resurser hållbart");
    moved.put("goalId", to);
    moved.put("comparisons", List.of("COUNTY"));
    moved.put("owner", "Samhällsbyggnad");
    given()
        .header("If-Match", "\"0\"")
        .body(moved)
        .put("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("goalId", equalTo((int) to))
        .body("planId", equalTo((int) planId))
        .body("position", equalTo(2))
        .body("title", equalTo("Vi förbrukar våra resurser hållbart"))
        .body("comparisons", contains("COUNTY"))
        .body("owner", equalTo("Samhällsbyggnad"))
        .body("version", equalTo(1));

    given().get("/api/v1/goals/{id}/indicators", from).then().body("items", hasSize(0));
  }

  @Test
  void withoutGoalIdTheIndicatorStaysWhereItIs() {
    long goal = goalInNewPlan();
    long id = newIndicator(goal);
    given()
        .header("If-Match", "\"0\"")
        .body(indicator("Kommunens ekonomi är i balans"))
        .put("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(200)
        .body("goalId", equalTo((int) goal))
        .body("position", equalTo(1));
  }

  @Test
  void aMoveOutOfThePlanOrOntoAFocusAreaIsAConflictThatChangesNothing() {
    long planId = newPlan();
    long area = newFocusArea(planId);
    long goal = newGoal(planId, area);
    long id = newIndicator(goal);

    // Another plan's goal and no goal at all get one answer: nothing to enumerate (issue 15).
    assertMoveRefused(id, goalInNewPlan(), "names no goal of plan " + planId);
    assertMoveRefused(id, area, "is a focus area");
    assertMoveRefused(id, 999_999_999L, "names no goal of plan " + planId);

    given()
        .get("/api/v1/indicators/{id}", id)
        .then()
        .header("ETag", "\"0\"")
        .body("goalId", equalTo((int) goal))
        .body("title", equalTo("Digitalisering"));
  }

  private static void assertMoveRefused(long id, long goalId, String message) {
    Map<String, Object> body = indicator("Flyttad");
    body.put("goalId", goalId);
    given()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("goalId"))
        .body("errors[0].message", containsString(message));
  }

  @Test
  void updateAndDeleteNeedTheCurrentETag() {
    long id = newIndicator(goalInNewPlan());
    Map<String, Object> renamed = indicator("Besöksnäringen");

    given()
        .body(renamed)
        .put("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"))
        .body("errors[0].field", equalTo("If-Match"));
    given()
        .header("If-Match", "\"4\"")
        .body(renamed)
        .put("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
    given()
        .delete("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"));
    given()
        .header("If-Match", "\"4\"")
        .delete("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));

    given()
        .get("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("title", equalTo("Digitalisering"));
  }

  @Test
  void deleteIsRefusedWhileMeasurementPointsRemainThenSucceeds() {
    long id = newIndicator(goalInNewPlan());
    addMeasurementPoints(id, "Förskola", "Grundskola/särskola");

    given()
        .header("If-Match", "\"0\"")
        .delete("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("HAS_DEPENDENTS"))
        .body(
            "detail",
            equalTo("The indicator cannot be deleted while it has 2 measurement points."));
    given().get("/api/v1/indicators/{id}", id).then().statusCode(200);

    long empty = newIndicator(goalInNewPlan());
    given()
        .header("If-Match", "\"0\"")
        .delete("/api/v1/indicators/{id}", empty)
        .then()
        .statusCode(204);
    given().get("/api/v1/indicators/{id}", empty).then().statusCode(404);
  }
}
