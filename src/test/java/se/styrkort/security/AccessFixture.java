package se.styrkort.security;

import static se.styrkort.support.Api.given;

import java.util.Map;
import se.styrkort.point.PointFixtures;

/**
 * A plan of its own with one of everything an id can name: goal, indicator, measurement point with
 * a 2025 target, a 2024 outcome and a reference series, a period with an assessment, and an action
 * with its status report for that period.
 */
public record AccessFixture(
    long planId,
    long goalId,
    long indicatorId,
    long pointId,
    long evaluationId,
    long seriesId,
    long periodId,
    long assessmentId,
    long actionId) {

  static final int TARGET_YEAR = 2025;

  public static AccessFixture create() {
    long pointId = PointFixtures.newPoint(PointFixtures.percent("Förskola"));
    PointFixtures.putTarget(pointId, TARGET_YEAR, PointFixtures.literal("GE", 100, "100 %"));
    long evaluationId = PointFixtures.recordOutcome(pointId, 2024, 99);
    long indicatorId =
        given().get("/api/v1/measurement-points/{id}", pointId).jsonPath().getLong("indicatorId");
    long seriesId =
        given()
            .body(Map.of("level", "NATIONAL", "label", "Riket", "source", "MANUAL"))
            .post("/api/v1/measurement-points/{id}/reference-series", pointId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    var indicator = given().get("/api/v1/indicators/{id}", indicatorId).jsonPath();
    long periodId =
        given()
            .body(Map.of("year", 2024))
            .post(
                "/api/v1/plans/{id}/reporting-periods/default-calendar",
                indicator.getLong("planId"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    long assessmentId =
        given()
            .body(
                Map.of(
                    "nodeKind", "PLAN",
                    "nodeId", indicator.getLong("planId"),
                    "status", "PARTIALLY_FULFILLED",
                    "motivation", "Hälften av målen nås"))
            .post("/api/v1/reporting-periods/{id}/assessments", periodId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long actionId =
        given()
            .body(
                Map.of(
                    "kind", "ACTIVITY",
                    "title", "Läsfrämjande insatser",
                    "goalIds", java.util.List.of(indicator.getLong("goalId"))))
            .post("/api/v1/plans/{id}/actions", indicator.getLong("planId"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .body(Map.of("status", "STARTED"))
        .put("/api/v1/actions/{a}/status-reports/{p}", actionId, periodId)
        .then()
        .statusCode(201);
    return new AccessFixture(
        indicator.getLong("planId"),
        indicator.getLong("goalId"),
        indicatorId,
        pointId,
        evaluationId,
        seriesId,
        periodId,
        assessmentId,
        actionId);
  }

  /** Adopts the plan and makes it public: then anyone may read it. */
  public AccessFixture publish() {
    String etag = given().get("/api/v1/plans/{id}", planId).header("ETag");
    etag =
        given()
            .header("If-Match", etag)
            .body(Map.of("decisionReference", "KF § 12", "decisionDate", "2024-11-25"))
            .post("/api/v1/plans/{id}/adoption", planId)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    return visible(etag, true);
  }

  /** Marks the plan public (or not), in whatever status it is. */
  AccessFixture visible(String etag, boolean isPublic) {
    given()
        .header("If-Match", etag)
        .body(Map.of("public", isPublic))
        .put("/api/v1/plans/{id}/visibility", planId)
        .then()
        .statusCode(200);
    return this;
  }

  /** The value of each path parameter that names something of this plan. */
  Map<String, Object> pathParameters(long keyId) {
    return Map.ofEntries(
        Map.entry("planId", planId),
        Map.entry("goalId", goalId),
        Map.entry("indicatorId", indicatorId),
        Map.entry("pointId", pointId),
        Map.entry("evaluationId", evaluationId),
        Map.entry("seriesId", seriesId),
        Map.entry("periodId", periodId),
        Map.entry("assessmentId", assessmentId),
        Map.entry("actionId", actionId),
        Map.entry("year", TARGET_YEAR),
        // OData addressing: a set to count, and one entity of the plan by its key.
        Map.entry("entitySet", "Plans"),
        Map.entry("entity", "Plans(" + planId + ")"),
        Map.entry("keyId", keyId));
  }
}
