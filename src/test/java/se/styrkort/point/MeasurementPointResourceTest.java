package se.styrkort.point;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.point.PointFixtures.WEBSITE_SCALE;
import static se.styrkort.point.PointFixtures.count;
import static se.styrkort.point.PointFixtures.create;
import static se.styrkort.point.PointFixtures.etag;
import static se.styrkort.point.PointFixtures.inYear;
import static se.styrkort.point.PointFixtures.literal;
import static se.styrkort.point.PointFixtures.newIndicator;
import static se.styrkort.point.PointFixtures.newPoint;
import static se.styrkort.point.PointFixtures.ordinal;
import static se.styrkort.point.PointFixtures.outcomeOf;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.point.PointFixtures.recordOutcome;
import static se.styrkort.point.PointFixtures.withTargets;
import static se.styrkort.point.PointFixtures.yesNo;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measurement points: create (with targets), list, read, replace, delete, and every refusal. */
@QuarkusTest
class MeasurementPointResourceTest {

  private static final String POINTS = "/api/v1/indicators/{id}/measurement-points";
  private static final String POINT = "/api/v1/measurement-points/{id}";

  @Test
  void aWholeRowIsCreatedInOneCall() {
    long indicatorId = newIndicator();
    Map<String, Object> body =
        withTargets(
            percent("Förskola"),
            inYear(2024, literal("GE", 100, "100 %")),
            inYear(2025, outcomeOf("GE", 2024, "≥ 2024")));
    body.put("measuredAsOf", "31/12");

    var created = given().body(body).post(POINTS, indicatorId).then().statusCode(201);
    long id = created.extract().jsonPath().getLong("id");
    created
        .header("Location", endsWith("/api/v1/measurement-points/" + id))
        .header("ETag", equalTo("\"0\""))
        .body("indicatorId", equalTo((int) indicatorId))
        .body("label", equalTo("Förskola"))
        .body("position", equalTo(1))
        .body("valueType", equalTo("PERCENT"))
        .body("unit", equalTo("%"))
        .body("scale", empty())
        .body("measuredAsOf", equalTo("31/12"))
        .body("direction", equalTo("INCREASE"))
        .body("directionDerived", equalTo(true))
        .body("targets.year", contains(2024, 2025))
        .body("targets[0].comparator", equalTo("GE"))
        .body("targets[0].value", equalTo(100))
        .body("targets[0].referenceYear", nullValue())
        .body("targets[0].written", equalTo("100 %"))
        .body("targets[1].value", nullValue())
        .body("targets[1].referenceYear", equalTo(2024))
        .body("targets[1].written", equalTo("≥ 2024"))
        .body("createdAt", notNullValue());

    given()
        .get(POINT, id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("label", equalTo("Förskola"))
        .body("targets.written", contains("100 %", "≥ 2024"));
  }

  @Test
  void readWithCurrentETagIsNotModified() {
    long id = newPoint(percent("Grundskola/särskola"));
    given().header("If-None-Match", "\"0\"").get(POINT, id).then().statusCode(304);
    given().header("If-None-Match", "\"9\"").get(POINT, id).then().statusCode(200);
  }

  @Test
  void anOrdinalPointKeepsItsScaleAndItsStatedDirection() {
    Map<String, Object> body =
        withTargets(
            ordinal("Kommunen har en användarvänlig hemsida"),
            inYear(2024, literal("GT", "delvis", "> delvis")));
    body.put("direction", "INCREASE");
    long id = newPoint(body);

    given()
        .get(POINT, id)
        .then()
        .statusCode(200)
        .body("scale", equalTo(WEBSITE_SCALE))
        .body("direction", equalTo("INCREASE"))
        .body("directionDerived", equalTo(false))
        .body("targets[0].value", equalTo("delvis"))
        .body("targets[0].written", equalTo("> delvis"));
  }

  @Test
  void withoutTargetsOrStatedDirectionTheDirectionIsUnknown() {
    long id = newPoint(count("Minst två interna e-tjänster införs"));
    given()
        .get(POINT, id)
        .then()
        .body("direction", nullValue())
        .body("directionDerived", equalTo(false))
        .body("targets", empty());
  }

  @Test
  void rowsAreListedByPositionAndPaged() {
    long indicatorId = newIndicator();
    long first = create(indicatorId, count("Kommunbygderåd"));
    long second = create(indicatorId, count("Föreningsträffar"));
    Map<String, Object> atTop = count("Alla i kommunens ledningsgrupp deltar");
    atTop.put("position", 0);
    long top = create(indicatorId, atTop);

    var page =
        given()
            .queryParam("limit", 2)
            .get(POINTS, indicatorId)
            .then()
            .statusCode(200)
            .body("items.id", contains((int) top, (int) first))
            .body("items.position", contains(0, 1))
            .body("next", notNullValue())
            .extract()
            .jsonPath();
    given()
        .urlEncodingEnabled(false)
        .get(page.getString("next"))
        .then()
        .statusCode(200)
        .body("items.id", contains((int) second))
        .body("items[0].position", equalTo(2))
        .body("next", nullValue());
  }

  @Test
  void unknownAndMalformedIdsAreRefused() {
    givenInvalid()
        .get(POINTS, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    givenInvalid()
        .body(percent("Förskola"))
        .post(POINTS, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    givenInvalid()
        .get(POINT, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    givenInvalid()
        .get("/api/v1/measurement-points/förskola")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("pointId"));
    givenInvalid()
        .get("/api/v1/indicators/x/measurement-points")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("indicatorId"));
  }

  @Test
  void anInvalidDefinitionIsRefusedFieldByFieldAndNothingIsStored() {
    long indicatorId = newIndicator();

    Map<String, Object> oneLevel = ordinal("Digitaliserade avslutningssamtal");
    oneLevel.put("scale", List.of("saknas", " "));
    given()
        .body(oneLevel)
        .post(POINTS, indicatorId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("scale[1]", "scale"))
        .body("errors[0].message", equalTo("must not be blank"))
        .body("errors[1].message", containsString("at least two levels"));

    Map<String, Object> blankLabel = percent(" ");
    givenInvalid()
        .body(blankLabel)
        .post(POINTS, indicatorId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("label"))
        .body("errors[0].message", equalTo("must not be blank"));

    Map<String, Object> repeated = ordinal("Hemsida");
    repeated.put("scale", List.of("saknas", "delvis", "Delvis"));
    given()
        .body(repeated)
        .post(POINTS, indicatorId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scale[2]"))
        .body("errors[0].message", equalTo("repeats the level 'Delvis'"));

    Map<String, Object> scaledPercent = percent("Förskola");
    scaledPercent.put("scale", List.of("låg", "hög"));
    given()
        .body(scaledPercent)
        .post(POINTS, indicatorId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scale"))
        .body("errors[0].message", equalTo("must be empty: only an ORDINAL point has a scale"));

    Map<String, Object> unknownType = percent("Förskola");
    unknownType.put("valueType", "PROCENT");
    givenInvalid()
        .body(unknownType)
        .post(POINTS, indicatorId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("valueType"))
        .body("errors[0].message", equalTo("must be one of PERCENT, NUMBER, ORDINAL, BOOLEAN"));

    given().get(POINTS, indicatorId).then().statusCode(200).body("items", empty());
  }

  @Test
  void targetsGivenWithANewPointAreCheckedLikeSingleOnesAndNothingIsStored() {
    long indicatorId = newIndicator();
    Map<String, Object> missingComparator = inYear(2026, literal("GE", 5, null));
    missingComparator.remove("comparator");
    Map<String, Object> body =
        withTargets(
            percent("Vuxenutbildningen"),
            inYear(2024, literal("GE", "hundra", "100 %")),
            inYear(2024, literal("GE", 100, "100 %")),
            inYear(2030, literal("GE", 100, "100 %")),
            missingComparator);
    givenInvalid()
        .body(body)
        .post(POINTS, indicatorId)
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            contains(
                "targets[0].value", "targets[1].year", "targets[2].year", "targets[3].comparator"))
        .body("errors[0].message", equalTo("must be a number between 0 and 100"))
        .body("errors[1].message", equalTo("repeats 2024: one target per year"))
        .body("errors[2].message", equalTo("must be within the plan's years 2024–2026"));

    Map<String, Object> booleanGe =
        withTargets(
            yesNo("Avslutningssamtalen sammanställs"), inYear(2024, literal("GE", true, "Ja")));
    given()
        .body(booleanGe)
        .post(POINTS, indicatorId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("targets[0].comparator"))
        .body("errors[0].message", equalTo("must be EQ for a BOOLEAN point"));

    given().get(POINTS, indicatorId).then().body("items", empty());
  }

  @Test
  void replacingTheDefinitionNeedsTheCurrentETagAndKeepsTheTargets() {
    long id = newPoint(withTargets(percent("Förskola"), inYear(2024, literal("GE", 100, "100 %"))));
    Map<String, Object> changed = percent("Förskola (kommunal)");
    changed.put("group", "Bildning – förskola & skola");

    givenInvalid()
        .body(changed)
        .put(POINT, id)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"))
        .body("errors[0].field", equalTo("If-Match"));
    given()
        .header("If-Match", "\"5\"")
        .body(changed)
        .put(POINT, id)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
    given().get(POINT, id).then().body("label", equalTo("Förskola")).body("version", equalTo(0));

    given()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put(POINT, id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("label", equalTo("Förskola (kommunal)"))
        .body("group", equalTo("Bildning – förskola & skola"))
        .body("position", equalTo(1))
        .body("targets.year", contains(2024));
  }

  @Test
  void targetsCannotBeReplacedWithTheDefinition() {
    long id = newPoint(percent("Förskola"));
    given()
        .header("If-Match", "\"0\"")
        .body(withTargets(percent("Förskola"), inYear(2024, literal("GE", 100, "100 %"))))
        .put(POINT, id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("targets"))
        .body("errors[0].message", containsString("/targets/{year}"));
    given().get(POINT, id).then().body("targets", empty()).body("version", equalTo(0));
  }

  @Test
  void theValueTypeCannotChangeUnderTargetsOrValues() {
    long id = newPoint(withTargets(percent("Förskola"), inYear(2024, literal("GE", 100, "100 %"))));
    recordOutcome(id, 2023, 99);
    given()
        .header("If-Match", "\"0\"")
        .body(count("Förskola"))
        .put(POINT, id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("from PERCENT to NUMBER"))
        .body("detail", containsString("1 target and 1 follow-up value"));
    given().get(POINT, id).then().body("valueType", equalTo("PERCENT"));

    long unused = newPoint(percent("Grundskola"));
    given()
        .header("If-Match", "\"0\"")
        .body(count("Grundskola"))
        .put(POINT, unused)
        .then()
        .statusCode(200)
        .body("valueType", equalTo("NUMBER"));
  }

  @Test
  void theScaleCannotLoseALevelInUseButMayGrow() {
    long id =
        newPoint(
            withTargets(
                ordinal("Kommunen har en användarvänlig hemsida"),
                inYear(2024, literal("GT", "delvis", "> delvis"))));
    recordOutcome(id, 2023, "delvis");
    recordOutcome(id, 2024, "helt");

    Map<String, Object> shrunk = ordinal("Kommunen har en användarvänlig hemsida");
    shrunk.put("scale", List.of("saknas", "helt"));
    given()
        .header("If-Match", "\"0\"")
        .body(shrunk)
        .put(POINT, id)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("'delvis' (used by 1 target, 1 follow-up value)"));
    given().get(POINT, id).then().body("scale", equalTo(WEBSITE_SCALE));

    Map<String, Object> grown = ordinal("Kommunen har en användarvänlig hemsida");
    grown.put("scale", List.of("saknas", "påbörjad", "delvis", "helt"));
    given()
        .header("If-Match", "\"0\"")
        .body(grown)
        .put(POINT, id)
        .then()
        .statusCode(200)
        .body("scale", contains("saknas", "påbörjad", "delvis", "helt"));
  }

  @Test
  void aPointWithValuesCannotBeDeletedAndTakesItsTargetsWhenItCan() {
    long id = newPoint(withTargets(percent("Förskola"), inYear(2024, literal("GE", 100, "100 %"))));
    long outcome = recordOutcome(id, 2023, 99);

    givenInvalid().delete(POINT, id).then().statusCode(428);
    given()
        .header("If-Match", "\"0\"")
        .delete(POINT, id)
        .then()
        .statusCode(409)
        .body("code", equalTo("HAS_DEPENDENTS"))
        .body("detail", containsString("1 follow-up value"));
    given().get(POINT, id).then().statusCode(200);

    given()
        .header("If-Match", etag("/api/v1/evaluations/{id}", outcome))
        .delete("/api/v1/evaluations/{id}", outcome)
        .then()
        .statusCode(204);
    given().header("If-Match", "\"0\"").delete(POINT, id).then().statusCode(204);
    given().get(POINT, id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    given()
        .body(literal("GE", 100, "100 %"))
        .put("/api/v1/measurement-points/{id}/targets/{year}", id, 2024)
        .then()
        .statusCode(404);
  }

  @Test
  void swedishTextRoundTrips() {
    Map<String, Object> body = count("Utöka antalet annonsörer i turistbroschyren \"Bergslagen\"");
    body.put("group", "Besöksnäringen – åäö ÅÄÖ ≥ ≤");
    body.put("measuredAsOf", "31/12 X %");
    body.put("unit", "kWh");
    long id = newPoint(body);
    given()
        .get(POINT, id)
        .then()
        .body("label", equalTo("Utöka antalet annonsörer i turistbroschyren \"Bergslagen\""))
        .body("group", equalTo("Besöksnäringen – åäö ÅÄÖ ≥ ≤"))
        .body("measuredAsOf", equalTo("31/12 X %"))
        .body("unit", equalTo("kWh"));
  }

  @Test
  void aMissingBodyIsRefused() {
    givenInvalid()
        .post(POINTS, newIndicator())
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
