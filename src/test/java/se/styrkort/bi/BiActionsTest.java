package se.styrkort.bi;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.withoutCredentials;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.styrkort.action.ActionFixtures;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.organisation.OrganisationFixtures;
import se.styrkort.period.PeriodFixtures;
import se.styrkort.support.Api;

/**
 * The BI action table (issue 20): every action with the goals it serves and its status in the
 * latest reporting period that has a report, the same in JSON pages, CSV and the OData set Actions;
 * anonymous readers see public adopted plans only, without people; a key limited to one committee's
 * unit sees that committee's actions only.
 */
@QuarkusTest
class BiActionsTest {

  private static final String ACTIONS = "/api/v1/bi/actions";

  /** A committee's plan with two goals, an assignment of both and an activity, reported. */
  private record Committee(
      long unit, String code, long plan, long goal, long other, long assignment, long activity) {}

  private static Committee committee(String name) {
    String code = OrganisationFixtures.code("N");
    long unit = OrganisationFixtures.unit(code, name, "COMMITTEE", null);
    long plan = OrganisationFixtures.planOf(unit, name + "s plan");
    long area = GoalFixtures.create(plan, GoalFixtures.focusArea("Kunskap"));
    long goal = GoalFixtures.create(plan, GoalFixtures.goalUnder(area, "Alla elever når målen"));
    long other = GoalFixtures.create(plan, GoalFixtures.goalUnder(area, "Trygg skolmiljö"));
    Map<String, Object> assignment =
        ActionFixtures.action("ASSIGNMENT", "Utred föräldrasamverkan", other, goal);
    assignment.put("responsibleUnitId", unit);
    assignment.put("responsiblePerson", "anna.andersson@example.se");
    long assignmentId = ActionFixtures.create(plan, assignment);
    long activityId =
        ActionFixtures.create(plan, ActionFixtures.action("ACTIVITY", "Läxhjälp", goal));
    Map<String, Long> periods = PeriodFixtures.defaultCalendar(plan, 2024);
    ActionFixtures.report(assignmentId, periods.get("2024-DELAR"), "STARTED");
    ActionFixtures.report(assignmentId, periods.get("2024-HELAR"), "DELAYED");
    return new Committee(unit, code, plan, goal, other, assignmentId, activityId);
  }

  @Test
  void eachActionWithItsGoalsAndLatestStatusAlikeInJsonPagesCsvAndOData() throws Exception {
    Committee school = committee("Barn- och utbildningsnämnden");
    BiTables.Pages json = BiTables.json(ACTIONS, Map.of("planId", school.plan(), "limit", 1));
    BiTables.Csv csv = BiTables.csv(ACTIONS, Map.of("planId", school.plan()));
    assertEquals(new FlatTable<>(ActionRow.class).columns(), csv.columns());
    assertEquals(csv.columns(), json.columns());
    assertEquals(json.rows(), csv.rows(), "the same content, cell by cell");
    assertEquals(2, json.pages(), "paged one by one");

    Map<String, String> assignment = json.rows().get(0);
    assertEquals(Long.toString(school.assignment()), assignment.get("actionId"));
    assertEquals("ASSIGNMENT", assignment.get("kind"));
    assertEquals(
        Math.min(school.goal(), school.other()) + " " + Math.max(school.goal(), school.other()),
        assignment.get("goalIds"));
    assertEquals(school.code(), assignment.get("responsibleUnitCode"));
    assertEquals("anna.andersson@example.se", assignment.get("responsiblePerson"));
    assertEquals("2024-HELAR", assignment.get("latestPeriodCode"));
    assertEquals("2024", assignment.get("latestPeriodYear"));
    assertEquals("DELAYED", assignment.get("latestStatus"));
    assertEquals("Läget: DELAYED", assignment.get("latestComment"));
    assertTrue(assignment.get("latestRecordedBy").endsWith("(local-admin)"));
    Map<String, String> activity = json.rows().get(1);
    assertEquals(Long.toString(school.goal()), activity.get("goalIds"));
    assertNull(activity.get("latestStatus"), "never reported");
    assertNull(activity.get("latestPeriodId"));

    // Years: a plan is in the table for the years it covers.
    assertEquals(
        List.of(),
        BiTables.json(ACTIONS, Map.of("planId", school.plan(), "fromYear", 2030)).rows());

    // OData: the same rows, by set read and by key.
    JsonPath odata =
        given()
            .queryParam("$filter", "planId eq " + school.plan())
            .queryParam("$count", true)
            .get("/odata/v1/Actions")
            .then()
            .statusCode(200)
            .body("'@odata.count'", equalTo(2))
            .extract()
            .jsonPath();
    List<Map<String, Object>> entities = odata.getList("value");
    assertEquals(
        json.rows().stream().map(r -> r.get("actionId")).toList(),
        entities.stream().map(e -> e.get("actionId").toString()).toList());
    assertEquals("DELAYED", entities.get(0).get("latestStatus"));
    assertEquals(assignment.get("goalIds"), entities.get(0).get("goalIds"));
    Map<String, Object> byKey =
        io.restassured.RestAssured.given()
            .headers(Api.authHeaders())
            .urlEncodingEnabled(false)
            .get("/odata/v1/Actions(" + school.assignment() + ")")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    byKey.remove("@odata.context");
    assertEquals(entities.get(0), byKey);
    // As written: REST Assured would percent-encode the $ (the feed answers that form too,
    // ODataFeedTest.percentEncodedKeysAndCountsAreTheSameAddresses).
    io.restassured.RestAssured.given()
        .headers(Api.authHeaders())
        .urlEncodingEnabled(false)
        .get(
            "/odata/v1/Actions/$count?$filter=planId%20eq%20"
                + school.plan()
                + "%20and%20latestStatus%20eq%20'DELAYED'")
        .then()
        .statusCode(200)
        .body(equalTo("1"));
  }

  @Test
  void anonymousReadersSeePublicAdoptedPlansOnlyAndNoPeople() throws Exception {
    Committee hidden = committee("Kulturnämnden");
    Committee shown = committee("Fritidsnämnden");
    withoutCredentials().queryParam("planId", hidden.plan()).get(ACTIONS).then().statusCode(404);
    String etag = given().get("/api/v1/plans/{id}", shown.plan()).header("ETag");
    given()
        .header("If-Match", etag)
        .body(Map.of("decisionReference", "KF § 12", "decisionDate", "2024-11-25"))
        .post("/api/v1/plans/{id}/adoption", shown.plan())
        .then()
        .statusCode(200);
    given()
        .header("If-Match", given().get("/api/v1/plans/{id}", shown.plan()).header("ETag"))
        .body(Map.of("public", true))
        .put("/api/v1/plans/{id}/visibility", shown.plan())
        .then()
        .statusCode(200);
    JsonPath page =
        withoutCredentials()
            .queryParam("planId", shown.plan())
            .get(ACTIONS)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(2, page.getList("items").size());
    assertEquals("DELAYED", page.getString("items[0].latestStatus"));
    assertNull(page.get("items[0].responsiblePerson"));
    assertNull(page.get("items[0].latestRecordedBy"));
    List<Integer> everyPlan = allPlanIds(Api::withoutCredentials, ACTIONS);
    assertTrue(everyPlan.contains((int) shown.plan()));
    assertFalse(everyPlan.contains((int) hidden.plan()));
    JsonPath odata =
        withoutCredentials()
            .queryParam("$filter", "planId eq " + shown.plan())
            .get("/odata/v1/Actions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertNull(odata.get("value[0].responsiblePerson"));
    assertNull(odata.get("value[0].latestRecordedBy"));
    assertEquals("DELAYED", odata.getString("value[0].latestStatus"));
    // Not readable: answered as a missing one is (401 asks an anonymous reader to sign in).
    withoutCredentials()
        .urlEncodingEnabled(false)
        .get("/odata/v1/Actions(" + hidden.assignment() + ")")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(404)));
    int missing =
        withoutCredentials()
            .urlEncodingEnabled(false)
            .get("/odata/v1/Actions(" + Long.MAX_VALUE + ")")
            .statusCode();
    assertEquals(
        missing,
        withoutCredentials()
            .urlEncodingEnabled(false)
            .get("/odata/v1/Actions(" + hidden.assignment() + ")")
            .statusCode());
  }

  @Test
  void aKeyLimitedToOneCommitteeSeesThatCommitteesActionsOnly() {
    Committee mine = committee("Socialnämnden");
    Committee theirs = committee("Tekniska nämnden");
    String key =
        given()
            .body(
                Map.of(
                    "name", "Socialnämndens Power BI",
                    "role", "VIEWER",
                    "organisationUnitIds", List.of(mine.unit())))
            .post("/api/v1/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
    List<Integer> plans = allPlanIds(() -> limited(key), ACTIONS);
    assertTrue(plans.contains((int) mine.plan()));
    assertFalse(plans.contains((int) theirs.plan()), "another committee's actions");
    limited(key).queryParam("planId", theirs.plan()).get(ACTIONS).then().statusCode(404);
    String missing =
        limited(key)
            .get("/odata/v1/Actions(" + Long.MAX_VALUE + ")")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    String foreign =
        limited(key)
            .get("/odata/v1/Actions(" + theirs.assignment() + ")")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    assertEquals(
        missing.replace(Long.toString(Long.MAX_VALUE), "ID"),
        foreign.replace(Long.toString(theirs.assignment()), "ID"),
        "another committee's action is answered as one that does not exist");
    List<Object> odataPlans =
        limited(key).get("/odata/v1/Actions").then().statusCode(200).extract().path("value.planId");
    assertTrue(odataPlans.contains((int) mine.plan()));
    assertFalse(odataPlans.contains((int) theirs.plan()));
  }

  private static RequestSpecification limited(String key) {
    return withoutCredentials().header(Api.API_KEY_HEADER, key).urlEncodingEnabled(false);
  }

  /** The plan ids of every row, following next with the same credentials. */
  private static List<Integer> allPlanIds(Supplier<RequestSpecification> caller, String path) {
    List<Integer> plans = new java.util.ArrayList<>();
    JsonPath page =
        caller.get().queryParam("limit", 500).get(path).then().statusCode(200).extract().jsonPath();
    while (true) {
      plans.addAll(page.getList("items.planId", Integer.class));
      String next = page.getString("next");
      if (next == null) {
        return plans;
      }
      page = caller.get().get(next).then().statusCode(200).extract().jsonPath();
    }
  }
}
