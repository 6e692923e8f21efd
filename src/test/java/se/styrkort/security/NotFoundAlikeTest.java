package se.styrkort.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

/**
 * One answer for "exists, but not for you" and "does not exist" (issue 15, item 10): a key limited
 * to one plan gets, for another plan's goal, word for word what it gets for a goal that never was,
 * by path and by id in a body.
 */
@QuarkusTest
class NotFoundAlikeTest {

  private static final long MISSING = 987_654_321L;

  private static RequestSpecification limitedTo(long planId, String role) {
    return Api.anonymous()
        .header(Api.API_KEY_HEADER, Api.createKey(role + " of " + planId, role, planId));
  }

  /** The answer with the id written as {id}, so two answers about two ids can be compared. */
  private static Map<String, Object> answer(JsonPath problem, long id) {
    Map<String, Object> answer = new java.util.TreeMap<>(problem.getMap(""));
    answer.replaceAll(
        (k, v) -> v instanceof String text ? text.replace(Long.toString(id), "{id}") : v);
    if (answer.get("errors") != null) {
      answer.put("errors", answer.get("errors").toString().replace(Long.toString(id), "{id}"));
    }
    return answer;
  }

  @Test
  void anotherPlansThingsAreNotFoundInTheSameWordsAsMissingOnes() {
    AccessFixture mine = AccessFixture.create();
    AccessFixture theirs = AccessFixture.create();
    Map<String, Long> theirIds =
        Map.of(
            "/api/v1/plans/{id}", theirs.planId(),
            "/api/v1/goals/{id}", theirs.goalId(),
            "/api/v1/indicators/{id}", theirs.indicatorId(),
            "/api/v1/measurement-points/{id}", theirs.pointId(),
            "/api/v1/evaluations/{id}", theirs.evaluationId(),
            "/api/v1/reference-series/{id}", theirs.seriesId(),
            "/api/v1/goals/{id}/indicators", theirs.goalId(),
            "/api/v1/measurement-points/{id}/evaluations", theirs.pointId());
    for (var path : theirIds.entrySet()) {
      JsonPath hidden =
          limitedTo(mine.planId(), "VIEWER")
              .get(path.getKey(), path.getValue())
              .then()
              .statusCode(404)
              .extract()
              .jsonPath();
      JsonPath missing =
          limitedTo(mine.planId(), "VIEWER")
              .get(path.getKey(), MISSING)
              .then()
              .statusCode(404)
              .extract()
              .jsonPath();
      assertEquals(
          answer(missing, MISSING), answer(hidden, path.getValue()), path.getKey() + " differs");
    }
  }

  @Test
  void anotherPlansGoalAsAParentIsRefusedInTheSameWordsAsAMissingOne() {
    AccessFixture mine = AccessFixture.create();
    AccessFixture theirs = AccessFixture.create();
    JsonPath hidden = createGoalUnder(mine.planId(), theirs.goalId());
    JsonPath missing = createGoalUnder(mine.planId(), MISSING);
    assertEquals(answer(missing, MISSING), answer(hidden, theirs.goalId()));
  }

  private static JsonPath createGoalUnder(long planId, long parentId) {
    return limitedTo(planId, "PLANNER")
        .body(Map.of("kind", "GOAL", "title", "Ett mål", "parentId", parentId))
        .post("/api/v1/plans/{id}/goals", planId)
        .then()
        .statusCode(409)
        .extract()
        .jsonPath();
  }

  /**
   * Also for a caller who may see both plans: the service's own answer does not tell them apart.
   */
  @Test
  void theServiceItselfAnswersAMissingAndAnotherPlansParentAlike() {
    AccessFixture mine = AccessFixture.create();
    AccessFixture theirs = AccessFixture.create();
    JsonPath other =
        given()
            .body(Map.of("kind", "GOAL", "title", "Ett mål", "parentId", theirs.goalId()))
            .post("/api/v1/plans/{id}/goals", mine.planId())
            .then()
            .statusCode(409)
            .extract()
            .jsonPath();
    JsonPath missing =
        given()
            .body(Map.of("kind", "GOAL", "title", "Ett mål", "parentId", MISSING))
            .post("/api/v1/plans/{id}/goals", mine.planId())
            .then()
            .statusCode(409)
            .extract()
            .jsonPath();
    assertEquals(answer(missing, MISSING), answer(other, theirs.goalId()));
  }
}
