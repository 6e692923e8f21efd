package se.styrkort.history;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.point.PointFixtures.etag;
import static se.styrkort.point.PointFixtures.inYear;
import static se.styrkort.point.PointFixtures.literal;
import static se.styrkort.point.PointFixtures.newIndicator;
import static se.styrkort.point.PointFixtures.newPoint;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.point.PointFixtures.putTarget;
import static se.styrkort.point.PointFixtures.withTargets;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;

/** Every change of the plan's definition is kept: who, when, and the content before and after. */
@QuarkusTest
class ChangeHistoryTest {

  private static final String POINT = "/api/v1/measurement-points/{id}";
  private static final String POINT_HISTORY = "/api/v1/measurement-points/{id}/history";
  private static final String TARGET = "/api/v1/measurement-points/{id}/targets/{year}";

  @Test
  void aTargetChangedTwiceShowsThreeRecordsWithOldAndNewContent() {
    long pointId = newPoint(percent("Förskola"));
    putTarget(pointId, 2024, literal("GE", 90, "≥ 90 %"));
    changeTarget(pointId, 2024, 0, literal("GE", 95, "≥ 95 %"));
    changeTarget(pointId, 2024, 1, literal("GE", 100, "100 %"));

    given()
        .queryParam("limit", 3)
        .get(POINT_HISTORY, pointId)
        .then()
        .statusCode(200)
        .body("items", hasSize(3))
        .body("items.entityType", everyItem(equalTo("TARGET")))
        .body("items.changeType", contains("UPDATED", "UPDATED", "CREATED"))
        .body("items.version", contains(2, 1, 0))
        .body("items.content.written", contains("100 %", "≥ 95 %", "≥ 90 %"))
        .body("items[0].previousContent.written", equalTo("≥ 95 %"))
        .body("items[1].previousContent.written", equalTo("≥ 90 %"))
        .body("items[2].previousContent", nullValue())
        .body("items.measurementPointId", everyItem(equalTo((int) pointId)))
        .body("items.changedBy", everyItem(endsWith("(local-admin)")))
        .body("items.changedAt", everyItem(notNullValue()));
  }

  @Test
  void aPointsHistoryShowsItsDefinitionAndItsTargetsNewestFirst() {
    long pointId =
        newPoint(withTargets(percent("Grundskola"), inYear(2024, literal("GE", 80, "≥ 80 %"))));
    Map<String, Object> renamed = percent("Grundskola åk 9");
    given()
        .header("If-Match", etag(POINT, pointId))
        .body(renamed)
        .put(POINT, pointId)
        .then()
        .statusCode(200);

    given()
        .get(POINT_HISTORY, pointId)
        .then()
        .statusCode(200)
        .body("items.entityType", contains("MEASUREMENT_POINT", "TARGET", "MEASUREMENT_POINT"))
        .body("items.changeType", contains("UPDATED", "CREATED", "CREATED"))
        .body("items[0].content.label", equalTo("Grundskola åk 9"))
        .body("items[0].previousContent.label", equalTo("Grundskola"))
        .body("items[2].previousContent", nullValue());
  }

  @Test
  void aDeletedPointsHistoryStillReads() {
    long pointId = newPoint(percent("Vuxenutbildningen"));
    putTarget(pointId, 2025, literal("GE", 70, "≥ 70 %"));
    given().header("If-Match", etag(POINT, pointId)).delete(POINT, pointId).then().statusCode(204);

    given()
        .get(POINT_HISTORY, pointId)
        .then()
        .statusCode(200)
        .body(
            "items.entityType",
            contains("MEASUREMENT_POINT", "TARGET", "TARGET", "MEASUREMENT_POINT"))
        .body("items.changeType", contains("DELETED", "DELETED", "CREATED", "CREATED"))
        .body("items[0].content.label", equalTo("Vuxenutbildningen"))
        .body("items[1].content.written", equalTo("≥ 70 %"));
  }

  @Test
  void goalsAndIndicatorsKeepTheirHistoryToo() {
    long planId = GoalFixtures.newPlan();
    long goalId = GoalFixtures.newFocusArea(planId);
    given()
        .header("If-Match", etag("/api/v1/goals/{id}", goalId))
        .delete("/api/v1/goals/{id}", goalId)
        .then()
        .statusCode(204);
    given()
        .get("/api/v1/goals/{id}/history", goalId)
        .then()
        .statusCode(200)
        .body("items.changeType", contains("DELETED", "CREATED"))
        .body("items.planId", everyItem(equalTo((int) planId)));

    long indicatorId = newIndicator();
    given()
        .get("/api/v1/indicators/{id}/history", indicatorId)
        .then()
        .statusCode(200)
        .body("items.changeType", contains("CREATED"))
        .body("items[0].content.title", equalTo("Alla elever upplever respektfullt bemötande"));
  }

  @Test
  void anUnknownPointHasNoHistory() {
    given()
        .get(POINT_HISTORY, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    given()
        .get("/api/v1/goals/{id}/history", Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  /** Replaces a target whose current version is known (targets are read with their point). */
  private static void changeTarget(
      long pointId, int year, long version, Map<String, Object> target) {
    given()
        .header("If-Match", "\"" + version + "\"")
        .body(target)
        .put(TARGET, pointId, year)
        .then()
        .statusCode(200);
  }
}
