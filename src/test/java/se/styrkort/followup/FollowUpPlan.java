package se.styrkort.followup;

import static se.styrkort.support.Api.given;

import java.util.HashMap;
import java.util.Map;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/**
 * Test-data builder: a plan of its own (2024–2026, baseline 2023) with one focus area, one goal and
 * one indicator, to which a test adds points and values through the API.
 */
final class FollowUpPlan {

  final long planId;
  final long focusAreaId;
  final long goalId;
  final long indicatorId;

  FollowUpPlan() {
    planId = GoalFixtures.newPlan();
    focusAreaId = GoalFixtures.newFocusArea(planId);
    goalId = GoalFixtures.newGoal(planId, focusAreaId);
    indicatorId =
        given()
            .body(Map.of("title", "Alla elever upplever respektfullt bemötande"))
            .post("/api/v1/goals/{goalId}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
  }

  /** A percent point with a "100 %" target in the given year. */
  long pointWithTarget(String label, int year) {
    return PointFixtures.create(
        indicatorId,
        PointFixtures.withTargets(
            PointFixtures.percent(label),
            PointFixtures.inYear(year, PointFixtures.literal("GE", 100, "100 %"))));
  }

  long forecast(long pointId, String asOf, int value) {
    return record(pointId, "FORECAST", asOf, value);
  }

  long outcome(long pointId, String asOf, int value) {
    return record(pointId, "OUTCOME", asOf, value);
  }

  private static long record(long pointId, String kind, String asOf, int value) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", Integer.parseInt(asOf.substring(0, 4)));
    body.put("kind", kind);
    body.put("asOf", asOf);
    body.put("value", value);
    return given()
        .body(body)
        .post("/api/v1/measurement-points/{id}/evaluations", pointId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
