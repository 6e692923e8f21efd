package se.styrkort.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.point.PointFixtures;
import se.styrkort.security.AccessFixture;
import se.styrkort.support.Api;
import se.styrkort.support.DemoPlanCopy;

/**
 * A focus area's or goal's part of the tree (GET /goals/{goalId}/tree): the node of the whole tree
 * with the same parameters, with the same access rules, ETag and 304.
 */
@QuarkusTest
class GoalSubtreeTest {

  private static final long MISSING = 987_654_321L;
  private static final String QUERY =
      "?year=2024&include=fulfilment&include=actions&detail=summary";

  @Test
  void eachFocusAreaAndGoalIsItsNodeOfTheWholeTree() {
    long plan = DemoPlanCopy.create("Flerårsplan (subtree " + UUID.randomUUID() + ")");
    for (String query : List.of(QUERY, "", "?year=2025")) {
      JsonPath whole =
          given()
              .get("/api/v1/plans/{id}/tree" + query, plan)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> open =
          new ArrayList<>(PlanTreePageTest.list(whole.getMap(""), "focusAreas"));
      int compared = 0;
      while (!open.isEmpty()) {
        Map<String, Object> node = open.remove(0);
        JsonPath subtree =
            given()
                .get("/api/v1/goals/{id}/tree" + query, node.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(node, subtree.getMap("goal"), "goal " + node.get("id") + query);
        assertEquals(plan, subtree.getLong("planId"));
        assertEquals(whole.getString("name"), subtree.getString("planName"));
        assertEquals(whole.getString("lastModified"), subtree.getString("lastModified"));
        open.addAll(PlanTreePageTest.list(node, "goals"));
        compared++;
      }
      assertTrue(compared >= 6, "focus areas and goals compared: " + compared);
    }
  }

  @Test
  void revalidatesWithItsETagAndChangesWithThePlan() {
    long plan = DemoPlanCopy.create("Flerårsplan (subtree etag " + UUID.randomUUID() + ")");
    long focusArea =
        given().get("/api/v1/plans/{id}/tree", plan).jsonPath().getLong("focusAreas[0].id");
    String tag =
        given()
            .get("/api/v1/goals/{id}/tree" + QUERY, focusArea)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .header("If-None-Match", tag)
        .get("/api/v1/goals/{id}/tree" + QUERY, focusArea)
        .then()
        .statusCode(304);
    String other =
        given()
            .get("/api/v1/goals/{id}/tree?year=2024", focusArea)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertTrue(!other.equals(tag), "parameters change the ETag");
    given()
        .body(Map.of("year", 2024, "kind", "OUTCOME", "asOf", "2024-12-31", "value", 12))
        .post("/api/v1/measurement-points/{id}/evaluations", DemoPlanCopy.point(plan, "Matematik"))
        .then()
        .statusCode(201);
    given()
        .header("If-None-Match", tag)
        .get("/api/v1/goals/{id}/tree" + QUERY, focusArea)
        .then()
        .statusCode(200);
  }

  @Test
  void aGoalNoOneMayReadIsAnsweredAsAMissingOne() {
    // A draft plan, not public: an anonymous reader gets what a goal that never was gets.
    AccessFixture hidden = AccessFixture.create();
    JsonPath forHidden =
        Api.anonymous()
            .get("/api/v1/goals/{id}/tree", hidden.goalId())
            .then()
            .statusCode(404)
            .extract()
            .jsonPath();
    JsonPath forMissing =
        Api.anonymous()
            .get("/api/v1/goals/{id}/tree", MISSING)
            .then()
            .statusCode(404)
            .extract()
            .jsonPath();
    assertEquals(answer(forMissing, MISSING), answer(forHidden, hidden.goalId()));

    // A signed-in caller: a missing goal is 404 in the words of every other id.
    given()
        .get("/api/v1/goals/{id}/tree", MISSING)
        .then()
        .statusCode(404)
        .body("detail", org.hamcrest.Matchers.equalTo("No goal with id " + MISSING + "."));
    // A key limited to another plan: the same words as for a missing goal.
    AccessFixture mine = AccessFixture.create();
    var limited =
        Api.anonymous()
            .header(
                Api.API_KEY_HEADER,
                Api.createKey("viewer of " + mine.planId(), "VIEWER", mine.planId()));
    JsonPath other =
        limited
            .get("/api/v1/goals/{id}/tree", hidden.goalId())
            .then()
            .statusCode(404)
            .extract()
            .jsonPath();
    JsonPath none =
        Api.anonymous()
            .header(
                Api.API_KEY_HEADER,
                Api.createKey("viewer of " + mine.planId(), "VIEWER", mine.planId()))
            .get("/api/v1/goals/{id}/tree", MISSING)
            .then()
            .statusCode(404)
            .extract()
            .jsonPath();
    assertEquals(answer(none, MISSING), answer(other, hidden.goalId()));
  }

  @Test
  void anAnonymousReaderGetsAPublicAdoptedPlansGoal() {
    long plan = DemoPlanCopy.create("Flerårsplan (subtree public " + UUID.randomUUID() + ")");
    long focusArea =
        given().get("/api/v1/plans/{id}/tree", plan).jsonPath().getLong("focusAreas[0].id");
    Api.anonymous().get("/api/v1/goals/{id}/tree", focusArea).then().statusCode(404);
    given()
        .header("If-Match", PointFixtures.etag("/api/v1/plans/{id}", plan))
        .body(Map.of("public", true))
        .put("/api/v1/plans/{id}/visibility", plan)
        .then()
        .statusCode(200);
    Api.anonymous()
        .get("/api/v1/goals/{id}/tree" + QUERY, focusArea)
        .then()
        .statusCode(200)
        .header("Cache-Control", org.hamcrest.Matchers.startsWith("public"))
        .body("goal.id", org.hamcrest.Matchers.equalTo((int) focusArea))
        .body("goal.fulfilment.status", org.hamcrest.Matchers.notNullValue());
  }

  /** The answer with the id written as {id}, so two answers about two ids can be compared. */
  private static Map<String, Object> answer(JsonPath problem, long id) {
    Map<String, Object> answer = new TreeMap<>(problem.getMap(""));
    answer.replaceAll(
        (k, v) -> v instanceof String text ? text.replace(Long.toString(id), "{id}") : v);
    return answer;
  }
}
