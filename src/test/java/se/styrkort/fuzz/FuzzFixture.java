package se.styrkort.fuzz;

import static se.styrkort.support.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.demo.DemoPlans;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.organisation.OrganisationFixtures;
import se.styrkort.point.PointFixtures;

/**
 * The real ids the fuzzer puts into paths and bodies. Reads may reach the demo plan; writes only
 * ever reach plans the fuzzer made itself, so the demo plan stays as other tests expect it. A fresh
 * plan is made now and then, because fuzzed writes delete, adopt and archive what they reach.
 */
final class FuzzFixture {

  private final Map<String, Long> demo = new HashMap<>();
  private Map<String, Long> own = Map.of();

  FuzzFixture() {
    long planId = DemoPlans.id();
    JsonNode tree = tree(planId);
    JsonNode indicatorGoal = goalWithIndicators(tree.path("focusAreas"));
    demo.put("planId", planId);
    demo.put("goalId", indicatorGoal.path("id").asLong());
    demo.put("parentId", tree.path("focusAreas").path(0).path("id").asLong());
    JsonNode indicator = indicatorGoal.path("indicators").path(0);
    demo.put("indicatorId", indicator.path("id").asLong());
    long pointId = indicator.path("measurementPoints").path(0).path("id").asLong();
    demo.put("pointId", pointId);
    demo.put("measurementPointId", pointId);
    List<Integer> evaluations =
        given()
            .get("/api/v1/measurement-points/{pointId}/evaluations", pointId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    demo.put("evaluationId", evaluations.get(0).longValue());
    renew();
  }

  /** A new plan with a focus area, goal, indicator, point, target, value and API key. */
  void renew() {
    Map<String, Long> ids = new HashMap<>();
    long planId = GoalFixtures.newPlan();
    long focusArea = GoalFixtures.newFocusArea(planId);
    long goal = GoalFixtures.newGoal(planId, focusArea);
    long indicator =
        created(
            given()
                .body(Map.of("title", "Fuzzindikator"))
                .post("/api/v1/goals/{goalId}/indicators", goal)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath());
    long point = PointFixtures.create(indicator, PointFixtures.percent("Fuzzpunkt"));
    PointFixtures.putTarget(point, 2025, PointFixtures.literal("GE", 90, "≥ 90 %"));
    long evaluation =
        created(
            given()
                .body(Map.of("year", 2024, "kind", "OUTCOME", "asOf", "2024-12-31", "value", 80))
                .post("/api/v1/measurement-points/{pointId}/evaluations", point)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath());
    long key =
        given()
            .body(Map.of("name", "fuzz", "role", "VIEWER"))
            .post("/api/v1/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("key.id");
    ids.put("planId", planId);
    ids.put("goalId", goal);
    ids.put("parentId", focusArea);
    ids.put("indicatorId", indicator);
    ids.put("pointId", point);
    ids.put("measurementPointId", point);
    ids.put("evaluationId", evaluation);
    ids.put("keyId", key);
    long period =
        given()
            .body(Map.of("year", 2024))
            .post("/api/v1/plans/{planId}/reporting-periods/default-calendar", planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    ids.put("periodId", period);
    ids.put("nodeId", goal);
    ids.put(
        "assessmentId",
        created(
            given()
                .body(
                    Map.of(
                        "nodeKind", "GOAL",
                        "nodeId", goal,
                        "status", "FULFILLED",
                        "motivation", "Målet nås"))
                .post("/api/v1/reporting-periods/{periodId}/assessments", period)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()));
    // An organisation unit and a reference series of the fuzzer's own, so that the operations on
    // them (get, update, delete, a unit's plans, a series' history) are reached too.
    ids.put(
        "unitId",
        OrganisationFixtures.unit(
            OrganisationFixtures.code("FUZZ"), "Fuzznämnden", "COMMITTEE", null));
    ids.put(
        "seriesId",
        created(
            given()
                .body(
                    Map.of(
                        "level", "NATIONAL",
                        "label", "Riket",
                        "source", "MANUAL",
                        "values", List.of(Map.of("year", 2023, "value", 75))))
                .post("/api/v1/measurement-points/{pointId}/reference-series", point)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()));
    long action =
        created(
            given()
                .body(
                    Map.of("kind", "ACTIVITY", "title", "Fuzzaktivitet", "goalIds", List.of(goal)))
                .post("/api/v1/plans/{planId}/actions", planId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath());
    given()
        .body(Map.of("status", "STARTED"))
        .put("/api/v1/actions/{actionId}/status-reports/{periodId}", action, period)
        .then()
        .statusCode(201);
    ids.put("actionId", action);
    own = ids;
  }

  /** The ids to use for one request: the demo plan's for some reads, the fuzzer's own otherwise. */
  Map<String, Long> forRequest(boolean write, boolean preferDemo) {
    if (write || !preferDemo) {
      return own;
    }
    Map<String, Long> ids = new HashMap<>(demo);
    ids.put("keyId", own.get("keyId"));
    // The demo plan stays the seed, without a calendar: periods are always the fuzzer's own.
    ids.put("periodId", own.get("periodId"));
    ids.put("assessmentId", own.get("assessmentId"));
    ids.put("actionId", own.get("actionId"));
    ids.put("nodeId", own.get("nodeId"));
    ids.put("unitId", own.get("unitId"));
    ids.put("seriesId", own.get("seriesId"));
    return ids;
  }

  private static JsonNode tree(long planId) {
    String body =
        given()
            .get("/api/v1/plans/{planId}/tree", planId)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try {
      return new ObjectMapper().readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The first goal, depth first, whose first indicator has measurement points. */
  private static JsonNode goalWithIndicators(JsonNode goals) {
    for (JsonNode goal : goals) {
      if (goal.path("indicators").path(0).path("measurementPoints").size() > 0) {
        return goal;
      }
      JsonNode below = goalWithIndicators(goal.path("goals"));
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  private static long created(JsonPath body) {
    return body.getLong("id");
  }
}
