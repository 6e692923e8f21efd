package se.styrkort.period;

import static se.styrkort.support.Api.given;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/** Test-data builders for reporting periods and the values recorded in them. */
public final class PeriodFixtures {

  private PeriodFixtures() {}

  /** Adopts the default calendar for the year; answers the periods' ids by code. */
  public static Map<String, Long> defaultCalendar(long planId, int year) {
    JsonPath periods =
        given()
            .body(Map.of("year", year))
            .post("/api/v1/plans/{id}/reporting-periods/default-calendar", planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Long> ids = new HashMap<>();
    for (int i = 0; i < periods.getList("items").size(); i++) {
      ids.put(periods.getString("items[" + i + "].code"), periods.getLong("items[" + i + "].id"));
    }
    return ids;
  }

  /** A period of the year with the given dates, expecting the kind. */
  public static Map<String, Object> period(
      int year, String code, String label, String asOf, String deadline, String kind) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", year);
    body.put("code", code);
    body.put("label", label);
    body.put("asOf", asOf);
    body.put("deadline", deadline);
    body.put("expectedKind", kind);
    body.put("expectsAssessments", true);
    body.put("expectsAnalyses", true);
    return body;
  }

  public static long create(long planId, Map<String, Object> body) {
    return given()
        .body(body)
        .post("/api/v1/plans/{id}/reporting-periods", planId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Closes the period as an approver; answers its new ETag. */
  public static String close(long periodId) {
    return given()
        .header("If-Match", etag(periodId))
        .post("/api/v1/reporting-periods/{id}/closing", periodId)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  public static String reopen(long periodId, String reason) {
    return given()
        .header("If-Match", etag(periodId))
        .body(Map.of("reason", reason))
        .post("/api/v1/reporting-periods/{id}/reopening", periodId)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  public static String etag(long periodId) {
    return GoalFixtures.etag("/api/v1/reporting-periods/{id}", periodId);
  }

  /** A follow-up value body. */
  public static Map<String, Object> value(String kind, String asOf, Object value) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", Integer.parseInt(asOf.substring(0, 4)));
    body.put("kind", kind);
    body.put("asOf", asOf);
    body.put("value", value);
    return body;
  }

  /** Records the value and answers its id. */
  public static long record(long pointId, String kind, String asOf, Object value) {
    return given()
        .body(value(kind, asOf, value))
        .post("/api/v1/measurement-points/{id}/evaluations", pointId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A plan of its own with one percent point targeted "≥ 100 %" in 2024; answers the point. */
  public static long pointInNewPlan() {
    long pointId = PointFixtures.newPoint(PointFixtures.percent("Förskola"));
    PointFixtures.putTarget(pointId, 2024, PointFixtures.literal("GE", 100, "100 %"));
    return pointId;
  }

  public static long planOfPoint(long pointId) {
    long indicatorId =
        given().get("/api/v1/measurement-points/{id}", pointId).jsonPath().getLong("indicatorId");
    return given().get("/api/v1/indicators/{id}", indicatorId).jsonPath().getLong("planId");
  }
}
