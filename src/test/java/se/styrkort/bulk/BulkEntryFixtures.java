package se.styrkort.bulk;

import static se.styrkort.support.Api.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/** Test-data builders for bulk entry: a plan with points, and rows keyed like the API keys them. */
public final class BulkEntryFixtures {

  public static final String BULK = "/api/v1/plans/{planId}/evaluations/bulk";

  private BulkEntryFixtures() {}

  /** A new PERCENT point in the plan (2024–2026, baseline 2023). */
  public static long pointIn(long planId, String label) {
    long goalId = GoalFixtures.newGoal(planId, GoalFixtures.newFocusArea(planId));
    long indicatorId =
        given()
            .body(Map.of("title", "Andel nöjda vårdnadshavare"))
            .post("/api/v1/goals/{goalId}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return PointFixtures.create(indicatorId, PointFixtures.percent(label));
  }

  /** The year's outcome as of 31 December ("Helår"). */
  public static Map<String, Object> outcome(long pointId, int year, Object value) {
    Map<String, Object> row = new HashMap<>();
    row.put("measurementPointId", pointId);
    row.put("year", year);
    row.put("kind", "OUTCOME");
    row.put("asOf", year + "-12-31");
    row.put("value", value);
    row.put("periodLabel", "Helår");
    return row;
  }

  @SafeVarargs
  public static Map<String, Object> rows(Map<String, Object>... rows) {
    return Map.of("rows", List.of(rows));
  }

  /** The outcomes recorded for the point, as [year, value] pairs in year order. */
  static List<Object> valuesOf(long pointId) {
    return given()
        .get("/api/v1/measurement-points/{id}/evaluations", pointId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.value");
  }
}
