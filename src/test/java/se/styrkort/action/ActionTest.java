package se.styrkort.action;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.support.Api.anonymous;
import static se.styrkort.support.Api.as;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Plans.adopt;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.period.PeriodFixtures;
import se.styrkort.support.Api;

/**
 * Actions and assignments: tied to goals of their own plan, their kind frozen by adoption, a status
 * report per period with its history and ETag, locked by a closed period, counted per status on
 * each node of the fulfilment, in the change feed, and scoped like every other part of a plan.
 */
@QuarkusTest
class ActionTest {

  private long planId;
  private long focusAreaId;
  private long goalId;
  private long otherGoalId;
  private Map<String, Long> periods;

  @BeforeEach
  void plan() {
    planId = GoalFixtures.newPlan();
    focusAreaId = GoalFixtures.newFocusArea(planId);
    goalId = GoalFixtures.newGoal(planId, focusAreaId);
    otherGoalId = GoalFixtures.newGoal(planId, focusAreaId);
    periods = PeriodFixtures.defaultCalendar(planId, 2024);
  }

  private static String etag(long actionId) {
    return given().get("/api/v1/actions/{id}", actionId).header("ETag");
  }

  @Test
  void anAssignmentServesGoalsOfItsPlanWithResponsibleDatesAndDecision() {
    Map<String, Object> body =
        ActionFixtures.action(
            "ASSIGNMENT", "Utred föräldrasamverkan i förskolan", goalId, otherGoalId);
    body.put("responsiblePerson", "anna.andersson@example.se");
    body.put("description", "Återrapporteras till nämnden i oktober.");
    long id =
        given()
            .body(body)
            .post("/api/v1/plans/{id}/actions", planId)
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .header("Location", containsString("/api/v1/actions/"))
            .body("kind", equalTo("ASSIGNMENT"))
            .body("kindText", equalTo("Assignment"))
            .body("goalIds", contains((int) goalId, (int) otherGoalId))
            .body("responsiblePerson", equalTo("anna.andersson@example.se"))
            .body("decisionReference", equalTo("KF 2023-11-27 § 112"))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .queryParam("lang", "sv")
        .queryParam("goalId", otherGoalId)
        .get("/api/v1/plans/{id}/actions", planId)
        .then()
        .statusCode(200)
        .body("items.id", contains((int) id))
        .body("items[0].kindText", equalTo("Uppdrag"));
    given()
        .queryParam("kind", "ACTIVITY")
        .get("/api/v1/plans/{id}/actions", planId)
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());

    // A goal of another plan answers as one that does not exist.
    long foreign = GoalFixtures.goalInNewPlan();
    String foreignAnswer =
        given()
            .body(ActionFixtures.action("ACTIVITY", "Fel plan", foreign))
            .post("/api/v1/plans/{id}/actions", planId)
            .then()
            .statusCode(409)
            .body("errors[0].field", equalTo("goalIds"))
            .extract()
            .path("errors[0].message");
    String missingAnswer =
        given()
            .body(ActionFixtures.action("ACTIVITY", "Ingen plan", 987654321L))
            .post("/api/v1/plans/{id}/actions", planId)
            .then()
            .statusCode(409)
            .extract()
            .path("errors[0].message");
    org.junit.jupiter.api.Assertions.assertEquals(missingAnswer, foreignAnswer);

    Map<String, Object> backwards = ActionFixtures.action("ACTIVITY", "Baklänges", goalId);
    backwards.put("startDate", "2025-01-01");
    given()
        .body(backwards)
        .post("/api/v1/plans/{id}/actions", planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("endDate"));

    // The goal it serves cannot be deleted from under it.
    given()
        .header("If-Match", GoalFixtures.etag("/api/v1/goals/{id}", otherGoalId))
        .delete("/api/v1/goals/{id}", otherGoalId)
        .then()
        .statusCode(409)
        .body("detail", containsString("1 action"));

    // Anonymous readers of a public adopted plan do not see who is responsible by name.
    adopt(planId);
    given()
        .header("If-Match", given().get("/api/v1/plans/{id}", planId).header("ETag"))
        .body(Map.of("public", true))
        .put("/api/v1/plans/{id}/visibility", planId)
        .then()
        .statusCode(200);
    anonymous()
        .get("/api/v1/actions/{id}", id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Utred föräldrasamverkan i förskolan"))
        .body("responsiblePerson", nullValue());
  }

  @Test
  void adoptionFreezesTheKindAndTheAssignmentsButNotTheActivities() {
    long assignment =
        ActionFixtures.create(planId, ActionFixtures.action("ASSIGNMENT", "KF-uppdrag", goalId));
    long activity =
        ActionFixtures.create(planId, ActionFixtures.action("ACTIVITY", "Egen aktivitet", goalId));
    adopt(planId);

    Map<String, Object> changed = ActionFixtures.action("ACTIVITY", "KF-uppdrag", goalId);
    given()
        .header("If-Match", etag(assignment))
        .body(changed)
        .put("/api/v1/actions/{id}", assignment)
        .then()
        .statusCode(409)
        .body("errors[0].field", equalTo("kind"));
    Map<String, Object> later = ActionFixtures.action("ASSIGNMENT", "KF-uppdrag", goalId);
    later.put("endDate", "2025-06-30");
    later.put("responsiblePerson", "bo.berg@example.se");
    given()
        .header("If-Match", etag(assignment))
        .body(later)
        .put("/api/v1/actions/{id}", assignment)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("endDate", equalTo("2025-06-30"));
    given()
        .body(ActionFixtures.action("ASSIGNMENT", "Nytt uppdrag", goalId))
        .post("/api/v1/plans/{id}/actions", planId)
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_FROZEN"));
    given()
        .header("If-Match", etag(assignment))
        .delete("/api/v1/actions/{id}", assignment)
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_FROZEN"));
    ActionFixtures.create(planId, ActionFixtures.action("ACTIVITY", "Ny aktivitet", goalId));
    given()
        .header("If-Match", etag(activity))
        .delete("/api/v1/actions/{id}", activity)
        .then()
        .statusCode(204);
    given().get("/api/v1/actions/{id}", activity).then().statusCode(404);
    given()
        .get("/api/v1/actions/{id}/history", activity)
        .then()
        .statusCode(200)
        .body("items.changeType", contains("DELETED", "CREATED"));
    given()
        .get("/api/v1/actions/{id}/history", assignment)
        .then()
        .statusCode(200)
        .body("items.changeType", contains("UPDATED", "CREATED"));
  }

  @Test
  void aStatusReportPerPeriodKeepsItsHistoryAndAClosedPeriodLocksIt() {
    long action =
        ActionFixtures.create(planId, ActionFixtures.action("ACTIVITY", "Läsfrämjande", goalId));
    long t1 = periods.get("2024-T1");
    long delar = periods.get("2024-DELAR");
    String path = "/api/v1/actions/{a}/status-reports/{p}";

    given()
        .body(Map.of("status", "STARTED", "comment", "Igång i fyra skolor."))
        .put(path, action, t1)
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("status", equalTo("STARTED"))
        .body("periodCode", equalTo("2024-T1"))
        .body("editable", equalTo(true))
        .body("recordedBy", containsString("api-key"));
    given().body(Map.of("status", "DELAYED")).put(path, action, t1).then().statusCode(428);
    given()
        .header("If-Match", "\"7\"")
        .body(Map.of("status", "DELAYED"))
        .put(path, action, t1)
        .then()
        .statusCode(412);
    as("REPORTER")
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "DELAYED", "comment", "Försenad: bokbussen är på service."))
        .put(path, action, t1)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("statusText", equalTo("Delayed"));
    as("VIEWER")
        .body(Map.of("status", "COMPLETED"))
        .put(path, action, delar)
        .then()
        .statusCode(403);
    given()
        .header("Accept-Language", "sv")
        .get(path, action, t1)
        .then()
        .statusCode(200)
        .body("statusText", equalTo("Försenad"));
    given()
        .get(path + "/history", action, t1)
        .then()
        .statusCode(200)
        .body("items.status", contains("DELAYED", "STARTED"))
        .body("items.changeType", contains("UPDATED", "CREATED"));
    given().get(path, action, delar).then().statusCode(404);

    // A period of another plan answers as a missing one.
    long otherPlan = GoalFixtures.newPlan();
    long foreignPeriod = PeriodFixtures.defaultCalendar(otherPlan, 2024).get("2024-T1");
    String foreign =
        given()
            .body(Map.of("status", "STARTED"))
            .put(path, action, foreignPeriod)
            .then()
            .statusCode(404)
            .extract()
            .path("detail");
    String missing =
        given()
            .body(Map.of("status", "STARTED"))
            .put(path, action, 987654321L)
            .then()
            .statusCode(404)
            .extract()
            .path("detail");
    org.junit.jupiter.api.Assertions.assertEquals(
        missing, foreign.replace(Long.toString(foreignPeriod), "987654321"));

    PeriodFixtures.close(t1);
    given()
        .header("If-Match", "\"1\"")
        .body(Map.of("status", "COMPLETED"))
        .put(path, action, t1)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"));
    given().get(path, action, t1).then().statusCode(200).body("editable", equalTo(false));
    // An action with reports is not deleted: its follow-up would be lost.
    given()
        .header("If-Match", etag(action))
        .delete("/api/v1/actions/{id}", action)
        .then()
        .statusCode(409)
        .body("code", equalTo("HAS_DEPENDENTS"));
  }

  @Test
  void eachNodeOfTheFulfilmentCountsItsActionsPerStatus() {
    long subGoal = GoalFixtures.newGoal(planId, goalId);
    long a = ActionFixtures.create(planId, ActionFixtures.action("ACTIVITY", "A", goalId));
    long b = ActionFixtures.create(planId, ActionFixtures.action("ASSIGNMENT", "B", subGoal));
    long c =
        ActionFixtures.create(planId, ActionFixtures.action("ACTIVITY", "C", subGoal, otherGoalId));
    ActionFixtures.create(planId, ActionFixtures.action("ACTIVITY", "D", otherGoalId));
    ActionFixtures.report(a, periods.get("2024-T1"), "STARTED");
    // The latest period of the year with a report counts.
    ActionFixtures.report(a, periods.get("2024-DELAR"), "COMPLETED");
    ActionFixtures.report(b, periods.get("2024-T1"), "DELAYED");
    ActionFixtures.report(c, periods.get("2024-DELAR"), "STARTED");

    // Without include=actions there are no counts: they cost a statement of their own.
    given()
        .queryParam("year", 2024)
        .get("/api/v1/plans/{id}/fulfilment", planId)
        .then()
        .statusCode(200)
        .body("node.actions", org.hamcrest.Matchers.nullValue());
    JsonPath fulfilment =
        given()
            .queryParam("year", 2024)
            .queryParam("include", "actions")
            .get("/api/v1/plans/{id}/fulfilment", planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> plan = fulfilment.getMap("node.actions");
    org.junit.jupiter.api.Assertions.assertEquals(
        Map.of(
            "total", 4,
            "notStarted", 0,
            "started", 1,
            "completed", 1,
            "delayed", 1,
            "cancelled", 0,
            "notReported", 1),
        plan);
    // The goal counts A (its own), B and C (beneath it): each action once.
    given()
        .queryParam("year", 2024)
        .queryParam("include", "actions")
        .get("/api/v1/goals/{id}/fulfilment", goalId)
        .then()
        .statusCode(200)
        .body("node.actions.total", equalTo(3))
        .body("node.actions.completed", equalTo(1))
        .body("node.actions.delayed", equalTo(1))
        .body("node.actions.started", equalTo(1));
    given()
        .queryParam("year", 2024)
        .queryParam("include", "actions")
        .get("/api/v1/goals/{id}/fulfilment", otherGoalId)
        .then()
        .statusCode(200)
        .body("node.actions.total", equalTo(2))
        .body("node.actions.notReported", equalTo(1));
  }

  @Test
  void actionsAndTheirReportsHaveAFeedBesideTheMainOne() {
    String cursor =
        given().get("/api/v1/changes/latest").then().extract().jsonPath().getString("cursor");
    long action = ActionFixtures.create(planId, ActionFixtures.action("ACTIVITY", "Flöde", goalId));
    ActionFixtures.report(action, periods.get("2024-T1"), "NOT_STARTED");
    given()
        .queryParam("planId", planId)
        .queryParam("cursor", cursor)
        .get("/api/v1/changes/actions")
        .then()
        .statusCode(200)
        .body("items.entityType", contains("ACTION", "ACTION_STATUS_REPORT"))
        .body("items.actionId", contains((int) action, (int) action))
        .body("items[0].href", org.hamcrest.Matchers.endsWith("/api/v1/actions/" + action))
        .body(
            "items[1].href",
            org.hamcrest.Matchers.endsWith("/api/v1/actions/" + action + "/status-reports"));
    // The main feed keeps the kinds v1 published; the cursors are the same.
    String next =
        given()
            .queryParam("planId", planId)
            .queryParam("cursor", cursor)
            .get("/api/v1/changes")
            .then()
            .statusCode(200)
            .body("items.entityType", org.hamcrest.Matchers.not(hasItem("ACTION")))
            .extract()
            .path("next");
    given()
        .queryParam("planId", planId)
        .queryParam("cursor", next.replaceAll(".*cursor=([^&]*).*", "$1"))
        .get("/api/v1/changes/actions")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }

  @Test
  void aKeyLimitedToAnotherPlanSeesNoActionAndChangesNone() {
    long action = ActionFixtures.create(planId, ActionFixtures.action("ACTIVITY", "Dold", goalId));
    long t1 = periods.get("2024-T1");
    ActionFixtures.report(action, t1, "STARTED");
    long otherPlan = GoalFixtures.newPlan();
    long otherPeriod = PeriodFixtures.defaultCalendar(otherPlan, 2024).get("2024-T1");
    String key = Api.createKey("limited reporter", "PLANNER", otherPlan);
    long missing = 987654321L;
    for (String path :
        List.of(
            "/api/v1/actions/{a}",
            "/api/v1/actions/{a}/history",
            "/api/v1/actions/{a}/status-reports")) {
      String hidden =
          Api.withoutCredentials()
              .header(Api.API_KEY_HEADER, key)
              .get(path, action)
              .then()
              .statusCode(404)
              .extract()
              .path("detail");
      String absent =
          Api.withoutCredentials()
              .header(Api.API_KEY_HEADER, key)
              .get(path, missing)
              .then()
              .statusCode(404)
              .extract()
              .path("detail");
      org.junit.jupiter.api.Assertions.assertEquals(
          absent, hidden.replace(Long.toString(action), Long.toString(missing)), path);
    }
    // Naming a period it may reach does not open another plan's action.
    for (long period : List.of(t1, otherPeriod)) {
      Api.withoutCredentials()
          .header(Api.API_KEY_HEADER, key)
          .header("If-Match", "\"0\"")
          .body(Map.of("status", "CANCELLED"))
          .put("/api/v1/actions/{a}/status-reports/{p}", action, period)
          .then()
          .statusCode(404)
          .body("detail", equalTo("No action with id " + action + "."));
    }
    Api.withoutCredentials()
        .header(Api.API_KEY_HEADER, key)
        .header("If-Match", etag(action))
        .body(ActionFixtures.action("ACTIVITY", "Kapad", goalId))
        .put("/api/v1/actions/{a}", action)
        .then()
        .statusCode(404);
    Api.withoutCredentials()
        .header(Api.API_KEY_HEADER, key)
        .get("/api/v1/plans/{id}/actions", planId)
        .then()
        .statusCode(404);
    given()
        .get("/api/v1/actions/{a}/status-reports/{p}", action, t1)
        .then()
        .statusCode(200)
        .body("status", equalTo("STARTED"));
  }
}
