package se.styrkort.point;

import static se.styrkort.support.Api.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.goal.GoalFixtures;

/**
 * Test-data builders for measurement points and targets, created through the API like a client
 * would. Every indicator lives in a plan of its own: 2024–2026 with baseline 2023, so values may be
 * recorded for 2023–2026 and targets set for 2024–2026. Bodies are mutable maps so that a test can
 * change one field and leave the rest valid.
 */
public final class PointFixtures {

  public static final List<String> WEBSITE_SCALE = List.of("saknas", "delvis", "helt");

  private PointFixtures() {}

  /** An indicator in a new plan of its own. */
  public static long newIndicator() {
    long goalId = GoalFixtures.goalInNewPlan();
    return given()
        .body(Map.of("title", "Alla elever upplever respektfullt bemötande"))
        .post("/api/v1/goals/{goalId}/indicators", goalId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static Map<String, Object> percent(String label) {
    Map<String, Object> body = new HashMap<>();
    body.put("label", label);
    body.put("valueType", "PERCENT");
    body.put("unit", "%");
    return body;
  }

  public static Map<String, Object> count(String label) {
    Map<String, Object> body = percent(label);
    body.put("valueType", "NUMBER");
    body.put("unit", "st");
    return body;
  }

  /** "Kommunen har en användarvänlig hemsida": saknas < delvis < helt. */
  public static Map<String, Object> ordinal(String label) {
    Map<String, Object> body = percent(label);
    body.put("valueType", "ORDINAL");
    body.remove("unit");
    body.put("scale", WEBSITE_SCALE);
    return body;
  }

  public static Map<String, Object> yesNo(String label) {
    Map<String, Object> body = percent(label);
    body.put("valueType", "BOOLEAN");
    body.remove("unit");
    return body;
  }

  /** A literal target: "100 %" is GE 100. */
  public static Map<String, Object> literal(String comparator, Object value, String written) {
    Map<String, Object> target = new HashMap<>();
    target.put("comparator", comparator);
    target.put("value", value);
    target.put("written", written);
    return target;
  }

  /** A target on another year's outcome: "≥ 2023" is GE referenceYear 2023. */
  public static Map<String, Object> outcomeOf(String comparator, int year, String written) {
    Map<String, Object> target = new HashMap<>();
    target.put("comparator", comparator);
    target.put("referenceYear", year);
    target.put("written", written);
    return target;
  }

  /** The same target given with a new point, which needs its year in the body. */
  public static Map<String, Object> inYear(int year, Map<String, Object> target) {
    Map<String, Object> withYear = new HashMap<>(target);
    withYear.put("year", year);
    return withYear;
  }

  @SafeVarargs
  public static Map<String, Object> withTargets(
      Map<String, Object> point, Map<String, Object>... targets) {
    point.put("targets", new ArrayList<>(List.of(targets)));
    return point;
  }

  /** Creates the point and returns its id. */
  public static long create(long indicatorId, Map<String, Object> body) {
    return given()
        .body(body)
        .post("/api/v1/indicators/{indicatorId}/measurement-points", indicatorId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A point of its own: a new plan, goal and indicator around it. */
  public static long newPoint(Map<String, Object> body) {
    return create(newIndicator(), body);
  }

  /** Sets a year's target that does not exist yet. */
  public static void putTarget(long pointId, int year, Map<String, Object> target) {
    given()
        .body(target)
        .put("/api/v1/measurement-points/{id}/targets/{year}", pointId, year)
        .then()
        .statusCode(201);
  }

  /** Records the year's outcome (as of 31 December) and returns its id. */
  public static long recordOutcome(long pointId, int year, Object value) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", year);
    body.put("kind", "OUTCOME");
    body.put("asOf", year + "-12-31");
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

  public static String etag(String path, Object... pathParams) {
    return GoalFixtures.etag(path, pathParams);
  }
}
