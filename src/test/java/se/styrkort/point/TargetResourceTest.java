package se.styrkort.point;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.point.PointFixtures.count;
import static se.styrkort.point.PointFixtures.literal;
import static se.styrkort.point.PointFixtures.newPoint;
import static se.styrkort.point.PointFixtures.ordinal;
import static se.styrkort.point.PointFixtures.outcomeOf;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.point.PointFixtures.putTarget;
import static se.styrkort.point.PointFixtures.yesNo;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One year's target: created or replaced by PUT, removed by DELETE, and every refusal. */
@QuarkusTest
class TargetResourceTest {

  private static final String TARGET = "/api/v1/measurement-points/{id}/targets/{year}";
  private static final String POINT = "/api/v1/measurement-points/{id}";

  @Test
  void putCreatesATargetAndThenReplacesItWithItsETag() {
    long id = newPoint(percent("Förskola"));

    given()
        .body(literal("GE", 100, "100 %"))
        .put(TARGET, id, 2024)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/measurement-points/" + id + "/targets/2024"))
        .header("ETag", equalTo("\"0\""))
        .body("year", equalTo(2024))
        .body("comparator", equalTo("GE"))
        .body("value", equalTo(100))
        .body("previousYear", equalTo(false))
        .body("written", equalTo("100 %"))
        .body("version", equalTo(0));

    given()
        .header("If-Match", "\"0\"")
        .body(literal("GE", 99.5, "≥ 99,5 %"))
        .put(TARGET, id, 2024)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("value", equalTo(99.5f))
        .body("written", equalTo("≥ 99,5 %"))
        .body("version", equalTo(1));

    // The point's representation includes its targets: both changes moved its version on.
    given()
        .get(POINT, id)
        .then()
        .header("ETag", equalTo("\"2\""))
        .body("targets.written", contains("≥ 99,5 %"));
  }

  @Test
  void replacingNeedsTheTargetsCurrentETag() {
    long id = newPoint(percent("Förskola"));
    putTarget(id, 2024, literal("GE", 100, "100 %"));

    givenInvalid()
        .body(literal("GE", 90, "90 %"))
        .put(TARGET, id, 2024)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"))
        .body("errors[0].field", equalTo("If-Match"));
    given()
        .header("If-Match", "\"3\"")
        .body(literal("GE", 90, "90 %"))
        .put(TARGET, id, 2024)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"))
        .body("detail", containsString("\"0\""));

    given()
        .get(POINT, id)
        .then()
        .body("targets[0].value", equalTo(100))
        .body("version", equalTo(1));
  }

  @Test
  void ifMatchCannotMatchATargetThatDoesNotExist() {
    long id = newPoint(percent("Förskola"));
    given()
        .header("If-Match", "\"0\"")
        .body(literal("GE", 100, "100 %"))
        .put(TARGET, id, 2024)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
    given().get(POINT, id).then().body("targets", empty());
  }

  @Test
  void targetsOnOutcomesRoundTripAsWritten() {
    long id = newPoint(count("Antal aktiviteter kopplade till Ung Företagsamhet"));
    putTarget(id, 2024, outcomeOf("GE", 2023, "≥ 2023"));
    Map<String, Object> lower = literal("LT", null, "Lägre än föregående år – ”minskar”");
    lower.put("previousYear", true);
    putTarget(id, 2025, lower);

    given()
        .get(POINT, id)
        .then()
        .body("targets.year", contains(2024, 2025))
        .body("targets[0].referenceYear", equalTo(2023))
        .body("targets[0].value", nullValue())
        .body("targets[0].written", equalTo("≥ 2023"))
        .body("targets[1].previousYear", equalTo(true))
        .body("targets[1].written", equalTo("Lägre än föregående år – ”minskar”"))
        // The latest target says which way is better.
        .body("direction", equalTo("DECREASE"))
        .body("directionDerived", equalTo(true));
  }

  @Test
  void literalsMustFitThePoint() {
    long percent = newPoint(percent("Förskola"));
    refused(literal("GE", "hundra", "100 %"), percent, 2024)
        .body("errors[0].field", equalTo("value"))
        .body("errors[0].message", equalTo("must be a number between 0 and 100"));
    refused(literal("GE", 101, "101 %"), percent, 2024)
        .body("errors[0].message", equalTo("must be a number between 0 and 100"));
    refused(literal("GE", 99.1234567, "99,1234567 %"), percent, 2024)
        .body("errors[0].message", equalTo("must have at most 6 decimals"));

    long website = newPoint(ordinal("Kommunen har en användarvänlig hemsida"));
    refused(literal("GT", "implementerat", "> implementerat"), website, 2024)
        .body("errors[0].field", equalTo("value"))
        .body("errors[0].message", equalTo("must be one of saknas, delvis, helt"));

    long yesNo = newPoint(yesNo("Kommunen når ett positivt resultat"));
    refused(literal("GE", true, "Ja"), yesNo, 2024)
        .body("errors[0].field", equalTo("comparator"))
        .body("errors[0].message", equalTo("must be EQ for a BOOLEAN point"));
    refused(literal("EQ", "ja", "Ja"), yesNo, 2024)
        .body("errors[0].message", equalTo("must be true or false"));
    given().body(literal("EQ", true, "Uppfyller")).put(TARGET, yesNo, 2024).then().statusCode(201);

    given().get(POINT, percent).then().body("targets", empty()).body("version", equalTo(0));
  }

  @Test
  void exactlyOneReferenceThatLiesBeforeTheYear() {
    long id = newPoint(percent("Matematik"));
    Map<String, Object> two = outcomeOf("GE", 2023, "≥ 2023");
    two.put("value", 17);
    refused(two, id, 2024)
        .body("errors.field", contains("value", "referenceYear"))
        .body(
            "errors[0].message",
            equalTo("only one of value, referenceYear and previousYear: true may be given"));

    refused(literal("GE", null, "≥ ?"), id, 2024)
        .body("errors[0].field", equalTo("value"))
        .body(
            "errors[0].message",
            equalTo("give exactly one of value, referenceYear or previousYear: true"));

    refused(outcomeOf("GE", 2024, "≥ 2024"), id, 2024)
        .body("errors[0].field", equalTo("referenceYear"))
        .body("errors[0].message", equalTo("must be before the target's year 2024"));
    refused(outcomeOf("GE", 2020, "≥ 2020"), id, 2024)
        .body("errors[0].field", equalTo("referenceYear"))
        .body("errors[0].message", containsString("must not be before 2023"));

    given().get(POINT, id).then().body("targets", empty());
  }

  @Test
  void theYearMustBeOneOfThePlansAndWellFormed() {
    long id = newPoint(percent("Förskola"));
    refused(literal("GE", 100, "100 %"), id, 2023)
        .body("errors[0].field", equalTo("year"))
        .body("errors[0].message", equalTo("must be within the plan's years 2024–2026"));
    givenInvalid()
        .body(literal("GE", 100, "100 %"))
        .put("/api/v1/measurement-points/{id}/targets/tjugofyra", id)
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("year"));
    givenInvalid()
        .body(literal("STÖRRE", 100, "100 %"))
        .put(TARGET, id, 2024)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("comparator"))
        .body("errors[0].message", equalTo("must be one of GE, GT, LE, LT, EQ"));
    givenInvalid()
        .body(literal("GE", 100, "100 %"))
        .put(TARGET, Long.MAX_VALUE, 2024)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void deleteNeedsTheTargetsETagAndMovesThePointOn() {
    long id = newPoint(percent("Förskola"));
    putTarget(id, 2024, literal("GE", 100, "100 %"));

    givenInvalid().delete(TARGET, id, 2024).then().statusCode(428);
    given().header("If-Match", "\"4\"").delete(TARGET, id, 2024).then().statusCode(412);
    given().header("If-Match", "\"0\"").delete(TARGET, id, 2024).then().statusCode(204);

    given().get(POINT, id).then().body("targets", empty()).body("version", equalTo(2));
    given()
        .header("If-Match", "\"0\"")
        .delete(TARGET, id, 2024)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"))
        .body("detail", equalTo("Measurement point " + id + " has no target for 2024."));
  }

  private static ValidatableResponse refused(Map<String, Object> target, long pointId, int year) {
    return givenInvalid()
        .body(target)
        .put(TARGET, pointId, year)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"));
  }
}
