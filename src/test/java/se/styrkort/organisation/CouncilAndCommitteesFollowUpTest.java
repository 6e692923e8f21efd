package se.styrkort.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.withKey;
import static se.styrkort.support.Plans.adopt;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.action.ActionFixtures;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.organisation.OrganisationFixtures.Council;
import se.styrkort.period.PeriodFixtures;
import se.styrkort.point.PointFixtures;

/**
 * The done-when: a council plan and two committee plans whose goals contribute to the
 * council's, with actions and responsible people; a period reported; then the council goal with its
 * contributions, a reporter's follow-ups (overdue items included), the actions counted per node and
 * the evaluation of god ekonomisk hushållning — and a key limited to one committee that reaches
 * nothing of the other's plan by any path, actions included.
 */
@QuarkusTest
class CouncilAndCommitteesFollowUpTest {

  /** A committee goal contributing to the council's, with a responsible person. */
  private static long committeeGoal(long plan, String title, long councilGoal, String person) {
    long area = GoalFixtures.create(plan, GoalFixtures.focusArea("Barn och unga"));
    Map<String, Object> body = GoalFixtures.goalUnder(area, title);
    body.put("contributesToGoalId", councilGoal);
    body.put("responsiblePerson", person);
    return GoalFixtures.create(plan, body);
  }

  /** A percent point under the goal with a 2024 target of 90 % and a 2023 baseline of 80 %. */
  private static long point(long goal) {
    long indicator =
        given()
            .body(Map.of("title", "Andel behöriga"))
            .post("/api/v1/goals/{id}/indicators", goal)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long point =
        PointFixtures.create(
            indicator,
            PointFixtures.withTargets(
                PointFixtures.percent("Årskurs 9"),
                PointFixtures.inYear(2024, PointFixtures.literal("GE", 90, "90 %"))));
    PointFixtures.recordOutcome(point, 2023, 80);
    return point;
  }

  @Test
  void theCouncilFollowsUpThroughItsCommitteesWhoSeeOnlyTheirOwn() {
    String anna = "anna." + UUID.randomUUID().toString().substring(0, 6) + "@example.se";
    Council units = OrganisationFixtures.councilWithCommittees();
    long council = units.council();
    long school = units.school();
    long care = units.care();

    // The council's plan: one fullmäktigemål, also a goal for god ekonomisk hushållning.
    long councilPlan = OrganisationFixtures.planOf(council, "Kommunfullmäktiges plan 2024");
    long area = GoalFixtures.create(councilPlan, GoalFixtures.focusArea("Kunskap och lärande"));
    Map<String, Object> councilGoalBody =
        GoalFixtures.goalUnder(area, "Alla barn och elever når kunskapsmålen");
    councilGoalBody.put("goalClass", "OPERATIONAL");
    councilGoalBody.put("goodFinancialManagement", true);
    long councilGoal = GoalFixtures.create(councilPlan, councilGoalBody);
    PointFixtures.recordOutcome(point(councilGoal), 2024, 91);
    adopt(councilPlan);

    // Two committees' plans with goals contributing to it, actions and responsible people.
    long schoolPlan = OrganisationFixtures.planOf(school, "Barn- och utbildningsnämndens plan");
    long schoolGoal =
        committeeGoal(schoolPlan, "Alla elever är behöriga till gymnasiet", councilGoal, anna);
    long schoolPoint = point(schoolGoal);
    Map<String, Object> assignment =
        ActionFixtures.action("ASSIGNMENT", "Utred läxhjälp på alla skolor", schoolGoal);
    assignment.put("responsibleUnitId", school);
    assignment.put("responsiblePerson", anna);
    long schoolAssignment = ActionFixtures.create(schoolPlan, assignment);
    long schoolActivity =
        ActionFixtures.create(
            schoolPlan, ActionFixtures.action("ACTIVITY", "Sommarskola", schoolGoal));
    long carePlan = OrganisationFixtures.planOf(care, "Socialnämndens plan");
    long careGoal =
        committeeGoal(carePlan, "Placerade barn klarar skolan", councilGoal, "bo@example.se");
    PointFixtures.recordOutcome(point(careGoal), 2024, 70);
    Map<String, Object> careAction =
        ActionFixtures.action("ACTIVITY", "Skolstöd för placerade barn", careGoal);
    careAction.put("responsiblePerson", "bo@example.se");
    long careActivity = ActionFixtures.create(carePlan, careAction);
    Map<String, Long> carePeriods = PeriodFixtures.defaultCalendar(carePlan, 2024);

    // The school committee reports its first tertial: the assignment's status and the value.
    Map<String, Long> periods = PeriodFixtures.defaultCalendar(schoolPlan, 2024);
    long t1 = periods.get("2024-T1");
    String reporter = OrganisationFixtures.unitKey("REPORTER", school, anna);
    withKey(reporter)
        .body(Map.of("status", "STARTED", "comment", "Läxhjälp på fyra av sex skolor."))
        .put("/api/v1/actions/{a}/status-reports/{p}", schoolAssignment, t1)
        .then()
        .statusCode(201);
    withKey(reporter)
        .body(Map.of("year", 2024, "kind", "OUTCOME", "asOf", "2024-12-31", "value", 93))
        .post("/api/v1/measurement-points/{id}/evaluations", schoolPoint)
        .then()
        .statusCode(201);

    // The council goal with its contributions.
    given()
        .queryParam("year", 2024)
        .get("/api/v1/goals/{id}/contributions", councilGoal)
        .then()
        .statusCode(200)
        .body("items.goalId", contains((int) schoolGoal, (int) careGoal))
        .body("items.status", contains("FULFILLED", "NOT_FULFILLED"));

    // Anna's follow-ups: what she is responsible for and has not reported, overdue (2024 is past).
    JsonPath mine =
        withKey(reporter).get("/api/v1/my/follow-ups").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> items = mine.getList("items");
    assertTrue(items.stream().allMatch(i -> ((Number) i.get("planId")).longValue() == schoolPlan));
    assertTrue(
        items.stream()
            .anyMatch(
                i ->
                    "ACTION_STATUS".equals(i.get("item"))
                        && ((Number) i.get("subjectId")).longValue() == schoolAssignment
                        && "2024-DELAR".equals(i.get("periodCode"))
                        && Boolean.TRUE.equals(i.get("overdue"))),
        items::toString);
    assertTrue(
        items.stream()
            .anyMatch(
                i ->
                    "ASSESSMENT".equals(i.get("item"))
                        && ((Number) i.get("subjectId")).longValue() == schoolGoal
                        && Boolean.TRUE.equals(i.get("overdue"))),
        items::toString);
    assertTrue(
        items.stream()
            .noneMatch(
                i ->
                    "ACTION_STATUS".equals(i.get("item"))
                        && "2024-T1".equals(i.get("periodCode"))
                        && ((Number) i.get("subjectId")).longValue() == schoolAssignment),
        "reported in T1: " + items);
    assertTrue(
        items.stream().noneMatch(i -> ((Number) i.get("subjectId")).longValue() == schoolActivity),
        "nobody is named for the activity: " + items);
    assertTrue(mine.getInt("counts.overdue") > 0);
    assertEquals(items.size(), mine.getInt("counts.total"));

    // The actions counted per node.
    given()
        .queryParam("year", 2024)
        .queryParam("include", "actions")
        .get("/api/v1/plans/{id}/fulfilment", schoolPlan)
        .then()
        .statusCode(200)
        .body("node.actions.total", equalTo(2))
        .body("node.actions.started", equalTo(1))
        .body("node.actions.notReported", equalTo(1))
        .body("node.children[0].children[0].id", equalTo((int) schoolGoal))
        .body("node.children[0].children[0].actions.total", equalTo(2));

    // The evaluation of god ekonomisk hushållning, in the council's plan.
    given()
        .queryParam("year", 2024)
        .get("/api/v1/plans/{id}/good-financial-management", councilPlan)
        .then()
        .statusCode(200)
        .body("goals.goalId", contains((int) councilGoal))
        .body("fulfilled", equalTo(1), "total", equalTo(1));

    // A key limited to the school committee reaches nothing of the care committee's plan.
    String planner = OrganisationFixtures.unitKey("PLANNER", school, null);
    String approver = OrganisationFixtures.unitKey("APPROVER", school, null);
    long careT1 = carePeriods.get("2024-T1");
    for (String key : List.of(reporter, planner, approver)) {
      for (String path :
          List.of(
              "/api/v1/plans/" + carePlan,
              "/api/v1/plans/" + carePlan + "/goals",
              "/api/v1/plans/" + carePlan + "/actions",
              "/api/v1/plans/" + carePlan + "/fulfilment",
              "/api/v1/plans/" + carePlan + "/reporting-periods",
              "/api/v1/goals/" + careGoal,
              "/api/v1/goals/" + careGoal + "/contributions",
              "/api/v1/actions/" + careActivity,
              "/api/v1/actions/" + careActivity + "/history",
              "/api/v1/actions/" + careActivity + "/status-reports",
              "/api/v1/actions/" + careActivity + "/status-reports/" + careT1,
              "/api/v1/actions/" + careActivity + "/status-reports/" + t1,
              "/api/v1/reporting-periods/" + careT1)) {
        withKey(key).get(path).then().statusCode(404);
      }
      withKey(key)
          .body(Map.of("status", "CANCELLED"))
          .put("/api/v1/actions/{a}/status-reports/{p}", careActivity, careT1)
          .then()
          .statusCode(404);
      withKey(key)
          .body(Map.of("status", "CANCELLED"))
          .put("/api/v1/actions/{a}/status-reports/{p}", careActivity, t1)
          .then()
          .statusCode(404);
      withKey(key)
          .header("If-Match", "\"0\"")
          .body(ActionFixtures.action("ACTIVITY", "Kapad", careGoal))
          .put("/api/v1/actions/{a}", careActivity)
          .then()
          .statusCode(404);
      withKey(key)
          .header("If-Match", "\"0\"")
          .delete("/api/v1/actions/{a}", careActivity)
          .then()
          .statusCode(404);
      withKey(key)
          .body(ActionFixtures.action("ACTIVITY", "Inkräktare", careGoal))
          .post("/api/v1/plans/{id}/actions", carePlan)
          .then()
          .statusCode(404);
      // Nor through its own plan: another plan's goal is named as one that does not exist.
      withKey(key)
          .body(ActionFixtures.action("ACTIVITY", "Lånat mål", careGoal))
          .post("/api/v1/plans/{id}/actions", schoolPlan)
          .then()
          .statusCode(key.equals(planner) ? 409 : 403);
      // Lists across plans show none of it.
      withKey(key)
          .queryParam("limit", 500)
          .get("/api/v1/changes")
          .then()
          .statusCode(200)
          .body("items.planId", not(hasItem((int) carePlan)));
      withKey(key)
          .get("/api/v1/my/follow-ups")
          .then()
          .statusCode(200)
          .body("items.planId", not(hasItem((int) carePlan)));
    }
    given()
        .get("/api/v1/actions/{a}", careActivity)
        .then()
        .statusCode(200)
        .body("title", equalTo("Skolstöd för placerade barn"));
  }
}
