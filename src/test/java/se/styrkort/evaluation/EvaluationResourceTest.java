package se.styrkort.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.evaluation.EvaluationFixtures.forecast;
import static se.styrkort.evaluation.EvaluationFixtures.outcome;
import static se.styrkort.evaluation.EvaluationFixtures.record;
import static se.styrkort.evaluation.EvaluationFixtures.value;
import static se.styrkort.point.PointFixtures.newPoint;
import static se.styrkort.point.PointFixtures.ordinal;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.point.PointFixtures.yesNo;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Follow-up values: record, list, read, correct, delete, and every refusal. */
@QuarkusTest
class EvaluationResourceTest {

  private static final String VALUES = "/api/v1/measurement-points/{id}/evaluations";
  private static final String VALUE = "/api/v1/evaluations/{id}";

  @Test
  void anOutcomeIsRecordedWithWhoAndWhen() {
    long pointId = newPoint(percent("Förskola"));
    Map<String, Object> body = outcome(2024, 99.5);
    body.put("note", "Nästan alla upplever respektfullt bemötande – målet ≥ 100 % nås nästan.");
    body.put("periodLabel", "Helår");

    var created = given().body(body).post(VALUES, pointId).then().statusCode(201);
    long id = created.extract().jsonPath().getLong("id");
    created
        .header("Location", endsWith("/api/v1/evaluations/" + id))
        .header("ETag", equalTo("\"0\""))
        .body("measurementPointId", equalTo((int) pointId))
        .body("year", equalTo(2024))
        .body("kind", equalTo("OUTCOME"))
        .body("asOf", equalTo("2024-12-31"))
        .body("value", equalTo(99.5f))
        .body("periodLabel", equalTo("Helår"))
        .body("recordedBy", endsWith("(local-admin)"))
        .body("recordedAt", notNullValue());

    given()
        .get(VALUE, id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body(
            "note",
            equalTo("Nästan alla upplever respektfullt bemötande – målet ≥ 100 % nås nästan."));
    given().header("If-None-Match", "\"0\"").get(VALUE, id).then().statusCode(304);
  }

  @Test
  void valuesOfEveryTypeAreAccepted() {
    long website = newPoint(ordinal("Kommunen har en användarvänlig hemsida"));
    given()
        .body(outcome(2023, "delvis"))
        .post(VALUES, website)
        .then()
        .statusCode(201)
        .body("value", equalTo("delvis"));
    long result = newPoint(yesNo("Kommunen når ett positivt resultat på del- och helår"));
    given()
        .body(forecast(2024, true))
        .post(VALUES, result)
        .then()
        .statusCode(201)
        .body("value", equalTo(true));
    // A baseline that is a status note rather than a value ("Ej klart sammanställt").
    Map<String, Object> noteOnly = outcome(2023, null);
    noteOnly.put("note", "Ej klart sammanställt");
    given()
        .body(noteOnly)
        .post(VALUES, result)
        .then()
        .statusCode(201)
        .body("value", nullValue())
        .body("note", equalTo("Ej klart sammanställt"));
    // Outcomes often arrive after the year: a value as of February describes the year before.
    given()
        .body(value(2024, "OUTCOME", "2025-02-15", 12))
        .post(VALUES, newPoint(percent("P")))
        .then()
        .statusCode(201);
  }

  @Test
  void valuesAreListedByYearAsOfAndKindAndFiltered() {
    long pointId = newPoint(percent("Matematik"));
    long outcome2024 = record(pointId, outcome(2024, 16));
    long forecast2024 = record(pointId, forecast(2024, 18));
    long outcome2023 = record(pointId, outcome(2023, 17));
    long atYearEnd = record(pointId, value(2024, "FORECAST", "2024-12-31", 17));

    given()
        .get(VALUES, pointId)
        .then()
        .statusCode(200)
        .body(
            "items.id",
            contains((int) outcome2023, (int) forecast2024, (int) atYearEnd, (int) outcome2024))
        .body("next", nullValue());
    given()
        .queryParam("year", 2024)
        .queryParam("kind", "FORECAST")
        .get(VALUES, pointId)
        .then()
        .body("items.id", contains((int) forecast2024, (int) atYearEnd));

    var firstPage = given().queryParam("limit", 3).get(VALUES, pointId).then().extract().jsonPath();
    given()
        .urlEncodingEnabled(false)
        .get(firstPage.getString("next"))
        .then()
        .body("items.id", contains((int) outcome2024));
  }

  @Test
  void aSecondValueWithTheSameKeyIsADuplicate() {
    long pointId = newPoint(percent("Svenska"));
    long first = record(pointId, outcome(2024, 29));
    given()
        .body(outcome(2024, 30))
        .post(VALUES, pointId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("DUPLICATE"))
        .body("detail", containsString("evaluation " + first))
        .body("detail", containsString("PUT /api/v1/evaluations/" + first));
    given().get(VALUES, pointId).then().body("items.value", contains(29));
  }

  @Test
  void valuesThatDoNotFitThePointAreRefusedAndNothingIsStored() {
    long percent = newPoint(percent("Förskola"));
    refused(percent, outcome(2024, "nittionio"))
        .body("errors[0].field", equalTo("value"))
        .body("errors[0].message", equalTo("must be a number between 0 and 100"));
    refused(percent, outcome(2024, 101))
        .body("errors[0].message", equalTo("must be a number between 0 and 100"));
    refused(percent, outcome(2024, null))
        .body("errors[0].field", equalTo("value"))
        .body("errors[0].message", equalTo("is required unless a note says why it is missing"));
    refused(percent, outcome(2024, Map.of("procent", 99)))
        .body("errors[0].message", equalTo("must be a number between 0 and 100"));

    long website = newPoint(ordinal("Kommunen har en användarvänlig hemsida"));
    refused(website, outcome(2024, "implementerat"))
        .body("errors[0].message", equalTo("must be one of saknas, delvis, helt"));
    long yesNo = newPoint(yesNo("Avslutningssamtalen sammanställs"));
    refused(yesNo, outcome(2024, "ja")).body("errors[0].message", equalTo("must be true or false"));

    given().get(VALUES, percent).then().body("items", empty());
    given().get(VALUES, website).then().body("items", empty());
  }

  @Test
  void yearsAndDatesMustFitThePlan() {
    long pointId = newPoint(percent("Förskola"));
    refused(pointId, outcome(2022, 90))
        .body("errors[0].field", equalTo("year"))
        .body("errors[0].message", equalTo("must be within 2023–2026, the years the plan records"));
    refused(pointId, value(2024, "OUTCOME", "2026-01-01", 90))
        .body("errors[0].field", equalTo("asOf"))
        .body("errors[0].message", equalTo("must lie in 2024 or 2025 for a value describing 2024"));
    refused(pointId, value(2024, "OUTCOME", "2023-12-31", 90))
        .body("errors[0].field", equalTo("asOf"));
    refused(pointId, value(2024, "OUTCOME", "2024-02-30", 90))
        .body("errors[0].field", equalTo("asOf"))
        .body("errors[0].message", equalTo("must be a date (YYYY-MM-DD)"));
    refused(pointId, value(2024, "UTFALL", "2024-12-31", 90))
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].message", equalTo("must be one of FORECAST, OUTCOME"));
    Map<String, Object> noYear = outcome(2024, 90);
    noYear.remove("year");
    refused(pointId, noYear)
        .body("errors[0].field", equalTo("year"))
        .body("errors[0].message", equalTo("must not be null"));

    given().get(VALUES, pointId).then().body("items", empty());
  }

  @Test
  void unknownAndMalformedIdsAreRefused() {
    givenInvalid()
        .get(VALUE, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    givenInvalid()
        .get(VALUES, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    givenInvalid()
        .body(outcome(2024, 1))
        .post(VALUES, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    givenInvalid()
        .get("/api/v1/evaluations/utfall")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("evaluationId"));
    givenInvalid()
        .queryParam("kind", "PROGNOS")
        .get(VALUES, newPoint(percent("Förskola")))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kind"));
  }

  @Test
  void aCorrectionNeedsTheCurrentETag() {
    long pointId = newPoint(percent("Grundskola/särskola"));
    long id = record(pointId, outcome(2024, 81));
    Map<String, Object> corrected = outcome(2024, 83);

    givenInvalid()
        .body(corrected)
        .put(VALUE, id)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"));
    given()
        .header("If-Match", "\"2\"")
        .body(corrected)
        .put(VALUE, id)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
    given().get(VALUE, id).then().body("value", equalTo(81)).body("version", equalTo(0));

    given()
        .header("If-Match", "\"0\"")
        .body(corrected)
        .put(VALUE, id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("value", equalTo(83))
        .body("version", equalTo(1));
  }

  @Test
  void aCorrectionMayMoveTheDateButNotOntoAnotherValue() {
    long pointId = newPoint(percent("Vuxenutbildningen"));
    long interim = record(pointId, forecast(2024, 70));
    long yearEnd = record(pointId, value(2024, "FORECAST", "2024-12-31", 72));

    given()
        .header("If-Match", "\"0\"")
        .body(value(2024, "FORECAST", "2024-12-31", 71))
        .put(VALUE, interim)
        .then()
        .statusCode(409)
        .body("code", equalTo("DUPLICATE"))
        .body("detail", containsString("evaluation " + yearEnd));

    given()
        .header("If-Match", "\"0\"")
        .body(value(2024, "FORECAST", "2024-09-30", 70))
        .put(VALUE, interim)
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2024-09-30"));
    given()
        .header("If-Match", "\"1\"")
        .body(outcome(2024, 101))
        .put(VALUE, interim)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("value"));
    given().get(VALUE, interim).then().body("value", equalTo(70)).body("version", equalTo(1));
  }

  @Test
  void deleteNeedsTheCurrentETag() {
    long id = record(newPoint(percent("Förskola")), outcome(2024, 100));
    givenInvalid().delete(VALUE, id).then().statusCode(428);
    given().header("If-Match", "\"1\"").delete(VALUE, id).then().statusCode(412);
    given().header("If-Match", "\"0\"").delete(VALUE, id).then().statusCode(204);
    given().get(VALUE, id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
  }

  private static ValidatableResponse refused(long pointId, Map<String, Object> body) {
    return givenInvalid()
        .body(body)
        .post(VALUES, pointId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"));
  }
}
