package se.styrkort.evaluation;

import static se.styrkort.support.Api.given;

import java.util.HashMap;
import java.util.Map;

/** Test-data builders for follow-up values; points come from PointFixtures. */
final class EvaluationFixtures {

  private EvaluationFixtures() {}

  /** The year's outcome as of 31 December ("Helår"). */
  static Map<String, Object> outcome(int year, Object value) {
    return value(year, "OUTCOME", year + "-12-31", value);
  }

  /** An interim forecast as of 31 August ("Delår"). */
  static Map<String, Object> forecast(int year, Object value) {
    Map<String, Object> body = value(year, "FORECAST", year + "-08-31", value);
    body.put("periodLabel", "Delår");
    return body;
  }

  static Map<String, Object> value(int year, String kind, String asOf, Object value) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", year);
    body.put("kind", kind);
    body.put("asOf", asOf);
    body.put("value", value);
    return body;
  }

  /** Records the value and returns its id. */
  static long record(long pointId, Map<String, Object> body) {
    return given()
        .body(body)
        .post("/api/v1/measurement-points/{id}/evaluations", pointId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Moves the value on by submission, approval or reopening; returns the new ETag. */
  static String move(long id, String step, String etag) {
    var request = given().header("If-Match", etag);
    if (step.equals("reopening")) {
      request.body(Map.of("reason", "Rättat utfall enligt SCB"));
    }
    return request
        .post("/api/v1/evaluations/{id}/" + step, id)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** Records the value and submits it for approval; returns its id. */
  static long submitted(long pointId, Map<String, Object> body) {
    long id = record(pointId, body);
    move(id, "submission", "\"0\"");
    return id;
  }

  /** Records, submits and approves the value; returns its id (its ETag is then "2"). */
  static long approved(long pointId, Map<String, Object> body) {
    long id = submitted(pointId, body);
    move(id, "approval", "\"1\"");
    return id;
  }

  static String stateOf(long id) {
    return given()
        .get("/api/v1/evaluations/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("state");
  }
}
