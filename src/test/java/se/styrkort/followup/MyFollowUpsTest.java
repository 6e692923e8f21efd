package se.styrkort.followup;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.action.ActionFixtures;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.period.PeriodFixtures;
import se.styrkort.point.PointFixtures;
import se.styrkort.support.Api;

/**
 * "My follow-ups": what a person is responsible for and has not reported in open periods whose date
 * has passed (overdue here: the 2024 calendar's deadlines are past), found through the
 * responsibility of the node or the nearest node above it, across the plans the caller may read;
 * and, for approvers, what waits for approval.
 */
@QuarkusTest
class MyFollowUpsTest {

  static String keyFor(String role, String person, List<Long> planIds) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "my follow-ups " + role);
    body.put("role", role);
    body.put("person", person);
    body.put("planIds", planIds);
    return given()
        .body(body)
        .post("/api/v1/api-keys")
        .then()
        .statusCode(201)
        .body("key.person", equalTo(person))
        .extract()
        .path("secret");
  }

  static JsonPath mine(String key) {
    return Api.withoutCredentials()
        .header(Api.API_KEY_HEADER, key)
        .get("/api/v1/my/follow-ups")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The caller's items of one plan, as "ITEM SUBJECT id PERIOD" lines. */
  static List<String> items(JsonPath mine, long planId) {
    List<Map<String, Object>> items = mine.getList("items");
    return items.stream()
        .filter(i -> ((Number) i.get("planId")).longValue() == planId)
        .map(
            i ->
                i.get("reason")
                    + " "
                    + i.get("item")
                    + " "
                    + i.get("subject")
                    + " "
                    + i.get("subjectId")
                    + " "
                    + i.get("periodCode")
                    + (Boolean.TRUE.equals(i.get("overdue")) ? " overdue" : ""))
        .toList();
  }

  @Test
  void aReporterSeesWhatSheIsResponsibleForAndAnApproverWhatWaits() {
    String anna = "anna." + UUID.randomUUID().toString().substring(0, 6) + "@example.se";
    long plan = GoalFixtures.newPlan();
    long area = GoalFixtures.newFocusArea(plan);
    Map<String, Object> goalBody = GoalFixtures.goalUnder(area, "Fler barn läser");
    goalBody.put("responsiblePerson", anna);
    long goal = GoalFixtures.create(plan, goalBody);
    long indicator =
        given()
            .body(Map.of("title", "Läsning"))
            .post("/api/v1/goals/{id}/indicators", goal)
            .then()
            .statusCode(201)
            .body("responsiblePerson", nullValueMatcher())
            .extract()
            .jsonPath()
            .getLong("id");
    // Anna's by inheritance from the goal; the second point names Bo.
    long hers = PointFixtures.create(indicator, PointFixtures.percent("Förskola"));
    Map<String, Object> bosBody = PointFixtures.percent("Grundskola");
    bosBody.put("responsiblePerson", "bo@example.se");
    long bos = PointFixtures.create(indicator, bosBody);
    PointFixtures.putTarget(hers, 2024, PointFixtures.literal("GE", 90, "≥ 90 %"));
    PointFixtures.putTarget(bos, 2024, PointFixtures.literal("GE", 90, "≥ 90 %"));
    Map<String, Object> actionBody = ActionFixtures.action("ACTIVITY", "Läsfrämjande", goal);
    actionBody.put("responsiblePerson", anna.toUpperCase());
    long action = ActionFixtures.create(plan, actionBody);
    Map<String, Long> periods = PeriodFixtures.defaultCalendar(plan, 2024);
    long t1 = periods.get("2024-T1");
    long delar = periods.get("2024-DELAR");

    String annasKey = keyFor("REPORTER", anna.toUpperCase(), List.of(plan));
    JsonPath mine = mine(annasKey);
    assertEquals(List.of(anna), mine.getList("matchedAs"));
    List<String> items = items(mine, plan);
    assertTrue(
        items.contains("RESPONSIBLE VALUE MEASUREMENT_POINT " + hers + " 2024-T1 overdue"),
        items::toString);
    assertTrue(
        items.contains("RESPONSIBLE ACTION_STATUS ACTION " + action + " 2024-T1 overdue"),
        items::toString);
    assertTrue(
        items.stream().anyMatch(i -> i.startsWith("RESPONSIBLE ASSESSMENT GOAL " + goal)),
        items::toString);
    assertTrue(
        items.stream().anyMatch(i -> i.startsWith("RESPONSIBLE ASSESSMENT INDICATOR " + indicator)),
        items::toString);
    assertFalse(items.stream().anyMatch(i -> i.contains(" " + bos + " ")), items::toString);
    assertEquals(items.size(), mine.getInt("counts.total"));
    assertEquals(items.size(), mine.getInt("counts.overdue"));
    assertEquals(items.size(), mine.getInt("counts.missing"));

    // Reported: no longer due.
    ActionFixtures.report(action, t1, "STARTED");
    assertFalse(
        items(mine(annasKey), plan)
            .contains("RESPONSIBLE ACTION_STATUS ACTION " + action + " 2024-T1 overdue"));

    // A submitted assessment leaves Anna's list and waits for an approver.
    long assessment =
        given()
            .body(
                Map.of(
                    "nodeKind", "GOAL",
                    "nodeId", goal,
                    "status", "PARTIALLY_FULFILLED",
                    "motivation", "Läsningen ökar",
                    "analysis", "I nivå med länet."))
            .post("/api/v1/reporting-periods/{id}/assessments", delar)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .header("If-Match", "\"0\"")
        .post("/api/v1/assessments/{id}/submission", assessment)
        .then()
        .statusCode(200);
    assertFalse(
        items(mine(annasKey), plan).stream()
            .anyMatch(i -> i.startsWith("RESPONSIBLE ASSESSMENT GOAL " + goal + " 2024-DELAR")));
    String approver = keyFor("APPROVER", null, List.of(plan));
    List<String> waiting = items(mine(approver), plan);
    assertTrue(
        waiting.contains("APPROVAL ASSESSMENT GOAL " + goal + " 2024-DELAR"), waiting::toString);
    assertTrue(waiting.stream().allMatch(i -> i.startsWith("APPROVAL")), waiting::toString);
    assertTrue(mine(approver).getInt("counts.awaitingApproval") >= 1);

    // The same person with a key for another plan sees nothing of this one.
    String elsewhere = keyFor("REPORTER", anna, List.of(GoalFixtures.newPlan()));
    assertEquals(List.of(), items(mine(elsewhere), plan));
    // Anonymous callers have no follow-ups.
    Api.withoutCredentials().get("/api/v1/my/follow-ups").then().statusCode(401);
  }

  private static org.hamcrest.Matcher<Object> nullValueMatcher() {
    return org.hamcrest.Matchers.nullValue();
  }
}
