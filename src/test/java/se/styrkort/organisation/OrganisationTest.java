package se.styrkort.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;
import static se.styrkort.support.Api.withKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.organisation.OrganisationFixtures.Council;
import se.styrkort.support.Api;

/**
 * A municipality's organisation: the council with two committees beneath it, each with a plan of
 * its own, and keys limited to one committee that never reach the other's plan.
 */
@QuarkusTest
class OrganisationTest {

  @Test
  void theCouncilHasCommitteesBeneathItAndEachItsPlans() {
    Council units = OrganisationFixtures.councilWithCommittees();
    long council = units.council();
    long school = units.school();
    long care = units.care();
    long preschool =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("FSK"), "Förskoleverksamheten", "DEPARTMENT", school);

    given()
        .get("/api/v1/organisation-units/{id}", preschool)
        .then()
        .statusCode(200)
        .body("parentId", equalTo((int) school), "depth", equalTo(2));

    long councilPlan = OrganisationFixtures.planOf(council, "Kommunfullmäktiges plan (test)");
    long schoolPlan =
        OrganisationFixtures.planOf(school, "Barn- och utbildningsnämndens plan 2025–2026");
    long carePlan = OrganisationFixtures.planOf(care, "Socialnämndens plan 2025–2026");
    long preschoolPlan = OrganisationFixtures.planOf(preschool, "Förskolans plan 2025");

    given()
        .get("/api/v1/organisation-units/{id}/plans", school)
        .then()
        .statusCode(200)
        .body("items.id", contains((int) schoolPlan));
    given()
        .queryParam("beneath", true)
        .get("/api/v1/organisation-units/{id}/plans", council)
        .then()
        .statusCode(200)
        .body(
            "items.id",
            containsInAnyOrder(
                (int) councilPlan, (int) schoolPlan, (int) carePlan, (int) preschoolPlan));

    // Deleting a unit that has units beneath it or plans is refused, naming both.
    String etag = given().get("/api/v1/organisation-units/{id}", school).header("ETag");
    given()
        .header("If-Match", etag)
        .delete("/api/v1/organisation-units/{id}", school)
        .then()
        .statusCode(409)
        .body("code", equalTo("HAS_DEPENDENTS"))
        .body("detail", containsString("1 unit beneath it"))
        .body("detail", containsString("1 plan"));
  }

  @Test
  void movingAUnitMovesEverythingBeneathItAndACycleIsRefused() {
    long council =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("KF"), "Kommunfullmäktige", "COUNCIL", null);
    long board =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("KS"), "Kommunstyrelsen", "EXECUTIVE_BOARD", council);
    long school =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("BUN"), "Barn- och utbildningsnämnden", "COMMITTEE", council);
    long preschool =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("FSK"), "Förskoleverksamheten", "DEPARTMENT", school);
    long preschoolPlan = OrganisationFixtures.planOf(preschool, "Förskolans plan 2025");
    String boardKey = OrganisationFixtures.unitKey("VIEWER", board, null);
    withKey(boardKey).get("/api/v1/plans/{id}", preschoolPlan).then().statusCode(404);

    // The school committee moves under the executive board, and the preschool with it.
    move(school, board).statusCode(200).body("parentId", equalTo((int) board), "depth", equalTo(2));
    given().get("/api/v1/organisation-units/{id}", preschool).then().body("depth", equalTo(3));
    // A key limited to the executive board now reaches the preschool's plan, found by path.
    withKey(boardKey).get("/api/v1/plans/{id}", preschoolPlan).then().statusCode(200);

    // The board cannot move beneath the preschool, which lies beneath it.
    int boardVersion = given().get("/api/v1/organisation-units/{id}", board).path("version");
    move(board, preschool).statusCode(400).body("errors.field", hasItem("parentId"));
    given()
        .get("/api/v1/organisation-units/{id}", board)
        .then()
        .body("parentId", equalTo((int) council), "version", equalTo(boardVersion));
  }

  @Test
  void aKeyLimitedToOneCommitteeNeverReachesTheOthersPlan() {
    Council units = OrganisationFixtures.councilWithCommittees();
    long council = units.council();
    long school = units.school();
    long care = units.care();
    long schoolPlan =
        OrganisationFixtures.planOf(school, "Barn- och utbildningsnämndens plan 2025–2026");
    long carePlan = OrganisationFixtures.planOf(care, "Socialnämndens plan 2025–2026");
    long careGoal = GoalFixtures.create(carePlan, GoalFixtures.focusArea("Trygg omsorg"));
    long missing = 987_654_321L;

    String schoolPlanner = OrganisationFixtures.unitKey("PLANNER", school, null);

    withKey(schoolPlanner).get("/api/v1/plans/{id}", schoolPlan).then().statusCode(200);
    withKey(schoolPlanner)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) schoolPlan))
        .body("items.id", not(hasItem((int) carePlan)));
    withKey(schoolPlanner)
        .queryParam("beneath", true)
        .get("/api/v1/organisation-units/{id}/plans", council)
        .then()
        .statusCode(200)
        .body("items.id", contains((int) schoolPlan));

    // Every path into the other committee's plan answers as if it did not exist.
    withKey(schoolPlanner).get("/api/v1/plans/{id}", missing).then().statusCode(404);
    for (String path :
        List.of(
            "/api/v1/plans/" + carePlan,
            "/api/v1/plans/" + carePlan + "/tree",
            "/api/v1/plans/" + carePlan + "/goals",
            "/api/v1/plans/" + carePlan + "/fulfilment",
            "/api/v1/plans/" + carePlan + "/good-financial-management",
            "/api/v1/goals/" + careGoal)) {
      withKey(schoolPlanner).get(path).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
    // … and it cannot write there either.
    withKey(schoolPlanner)
        .body(GoalFixtures.focusArea("Inte min"))
        .post("/api/v1/plans/{id}/goals", carePlan)
        .then()
        .statusCode(404);
    withKey(schoolPlanner)
        .body(GoalFixtures.focusArea("Min egen"))
        .post("/api/v1/plans/{id}/goals", schoolPlan)
        .then()
        .statusCode(201);

    // A key limited to a unit with no plans reaches nothing, not everything.
    long empty =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("ÖFN"), "Överförmyndarnämnden", "COMMITTEE", council);
    String emptyKey = OrganisationFixtures.unitKey("VIEWER", empty, null);
    withKey(emptyKey)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
    withKey(emptyKey).get("/api/v1/plans/{id}", schoolPlan).then().statusCode(404);
  }

  /** Puts the unit beneath {@code parentId}, keeping its code, name and kind. */
  private static ValidatableResponse move(long unitId, long parentId) {
    var unit = given().get("/api/v1/organisation-units/{id}", unitId);
    Map<String, Object> moved = new HashMap<>();
    moved.put("code", unit.jsonPath().getString("code"));
    moved.put("name", unit.jsonPath().getString("name"));
    moved.put("kind", unit.jsonPath().getString("kind"));
    moved.put("parentId", parentId);
    return given()
        .header("If-Match", unit.header("ETag"))
        .body(moved)
        .put("/api/v1/organisation-units/{id}", unitId)
        .then();
  }

  @Test
  void onlyAnAdminKeepsTheOrganisationAndBadReferencesAreFieldErrors() {
    Map<String, Object> body = new HashMap<>();
    body.put("code", OrganisationFixtures.code("KF"));
    body.put("name", "Kommunfullmäktige");
    body.put("kind", "COUNCIL");
    Api.as("PLANNER")
        .body(body)
        .post("/api/v1/organisation-units")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    long council =
        OrganisationFixtures.unit((String) body.get("code"), "Kommunfullmäktige", "COUNCIL", null);

    // The same code twice is a conflict; an unknown parent or kind a field error.
    given()
        .body(body)
        .post("/api/v1/organisation-units")
        .then()
        .statusCode(409)
        .body("detail", containsString((String) body.get("code")));
    Map<String, Object> orphan = new HashMap<>(body);
    orphan.put("code", OrganisationFixtures.code("X"));
    orphan.put("parentId", 987_654_321L);
    given()
        .body(orphan)
        .post("/api/v1/organisation-units")
        .then()
        .statusCode(400)
        .body("errors.field", contains("parentId"));
    Map<String, Object> badKind = new HashMap<>(orphan);
    badKind.remove("parentId");
    badKind.put("kind", "PARLIAMENT");
    givenInvalid()
        .body(badKind)
        .post("/api/v1/organisation-units")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("kind"));

    // A plan naming a unit that does not exist is a field error, and nothing is created.
    Map<String, Object> plan = new HashMap<>();
    plan.put("name", "Plan utan enhet " + UUID.randomUUID());
    plan.put("organisation", "Testkommun " + UUID.randomUUID());
    plan.put("organisationUnitId", 987_654_321L);
    plan.put("startYear", 2024);
    plan.put("endYear", 2026);
    given()
        .body(plan)
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("organisationUnitId"));
    given()
        .queryParam("limit", 500)
        .get("/api/v1/plans")
        .then()
        .body("items.name", not(hasItem(plan.get("name"))));

    // Reading the organisation needs no credential: it is the municipality's public chart.
    Api.anonymous()
        .get("/api/v1/organisation-units/{id}", council)
        .then()
        .statusCode(200)
        .body("parentId", nullValue());
  }
}
