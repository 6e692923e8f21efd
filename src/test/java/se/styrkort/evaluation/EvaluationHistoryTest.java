package se.styrkort.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static se.styrkort.evaluation.EvaluationFixtures.outcome;
import static se.styrkort.evaluation.EvaluationFixtures.record;
import static se.styrkort.point.PointFixtures.newPoint;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No follow-up value is ever lost: every version stays readable, deletion included. */
@QuarkusTest
class EvaluationHistoryTest {

  private static final String VALUE = "/api/v1/evaluations/{id}";
  private static final String HISTORY = "/api/v1/evaluations/{id}/history";

  @Test
  void correctingAnOutcomeTwiceLeavesThreeVersionsNewestFirst() {
    long id = record(newPoint(percent("Förskola")), outcome(2024, 98));
    correct(id, 0, 99, "Rättad efter ny mätning");
    correct(id, 1, 100, "Slutligt utfall: ≥ 100 % – målet nått");

    var history =
        given()
            .get(HISTORY, id)
            .then()
            .statusCode(200)
            .body("items", hasSize(3))
            .body("items.version", contains(2, 1, 0))
            .body("items.changeType", contains("UPDATED", "UPDATED", "CREATED"))
            .body("items.value", contains(100, 99, 98))
            .body("items[0].note", equalTo("Slutligt utfall: ≥ 100 % – målet nått"))
            .body("items.evaluationId", everyItem(equalTo((int) id)))
            .body("items.changedBy", everyItem(endsWith("(local-admin)")))
            .body("items.changedAt", everyItem(notNullValue()))
            .extract()
            .jsonPath();
    List<Instant> when =
        history.getList("items.changedAt", String.class).stream().map(Instant::parse).toList();
    assertNewestFirst(when);
  }

  @Test
  void theHistoryOfADeletedValueIsStillReadable() {
    long id = record(newPoint(percent("Grundskola")), outcome(2024, 81));
    given().header("If-Match", "\"0\"").delete(VALUE, id).then().statusCode(204);

    given()
        .get(HISTORY, id)
        .then()
        .statusCode(200)
        .body("items.changeType", contains("DELETED", "CREATED"))
        .body("items.version", contains(1, 0))
        .body("items.value", contains(81, 81));
  }

  @Test
  void aRefusedCorrectionWritesNoVersion() {
    long id = record(newPoint(percent("Vuxenutbildningen")), outcome(2024, 74));
    givenInvalid()
        .header("If-Match", "\"0\"")
        .body(outcome(2024, "sjuttiofyra"))
        .put(VALUE, id)
        .then()
        .statusCode(400);
    given()
        .header("If-Match", "\"9\"")
        .body(outcome(2024, 75))
        .put(VALUE, id)
        .then()
        .statusCode(412);
    given().get(HISTORY, id).then().body("items.changeType", contains("CREATED"));
  }

  @Test
  void theHistoryIsPaged() {
    long id = record(newPoint(percent("Matematik")), outcome(2024, 10));
    for (int version = 0; version < 3; version++) {
      correct(id, version, 11 + version, null);
    }
    var first = given().queryParam("limit", 3).get(HISTORY, id).then().extract().jsonPath();
    given()
        .urlEncodingEnabled(false)
        .get(first.getString("next"))
        .then()
        .body("items.version", contains(0));
  }

  @Test
  void anIdThatNeverHadAValueIsNotFound() {
    givenInvalid()
        .get(HISTORY, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    givenInvalid()
        .get("/api/v1/evaluations/x/history")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("evaluationId"));
  }

  private static void correct(long id, long version, Object value, String note) {
    Map<String, Object> body = outcome(2024, value);
    body.put("note", note);
    given()
        .header("If-Match", "\"" + version + "\"")
        .body(body)
        .put(VALUE, id)
        .then()
        .statusCode(200);
  }

  private static void assertNewestFirst(List<Instant> when) {
    for (int i = 1; i < when.size(); i++) {
      if (when.get(i).isAfter(when.get(i - 1))) {
        throw new AssertionError("history is not newest first: " + when);
      }
    }
  }
}
