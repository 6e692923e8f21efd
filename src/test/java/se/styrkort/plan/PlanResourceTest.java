package se.styrkort.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

@QuarkusTest
class PlanResourceTest {

  /** A valid plan body; tests change one thing at a time. */
  static Map<String, Object> plan() {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Flerårsplan 2025–2026 (test)");
    body.put("organisation", "Testkommun " + UUID.randomUUID());
    body.put("startYear", 2024);
    body.put("endYear", 2026);
    body.put("baselineYear", 2023);
    return body;
  }

  static long create(Map<String, Object> body) {
    return given()
        .body(body)
        .post("/api/v1/plans")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static String etag(String path) {
    return given().get(path).then().statusCode(200).extract().header("ETag");
  }

  @Test
  void createdPlanIsADraftWithLocationAndETag() {
    Map<String, Object> body = plan();
    body.put("description", "Mål: ≥ 2023, åäö ÅÄÖ – ”citat”");
    var response = given().body(body).post("/api/v1/plans").then().statusCode(201);
    long id = response.extract().jsonPath().getLong("id");
    response
        .header("Location", endsWith("/api/v1/plans/" + id))
        .header("ETag", equalTo("\"0\""))
        .body("status", equalTo("DRAFT"))
        .body("description", equalTo("Mål: ≥ 2023, åäö ÅÄÖ – ”citat”"))
        .body("fulfilmentRule.pointRule", equalTo("PROGRESS"))
        .body("fulfilmentRule.rollUpRule", equalTo("UNANIMOUS"));

    given()
        .get("/api/v1/plans/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("name", equalTo("Flerårsplan 2025–2026 (test)"))
        .body("description", equalTo("Mål: ≥ 2023, åäö ÅÄÖ – ”citat”"));
  }

  @Test
  void readWithCurrentETagIsNotModified() {
    long id = create(plan());
    String tag = etag("/api/v1/plans/" + id);
    given()
        .header("If-None-Match", tag)
        .get("/api/v1/plans/{id}", id)
        .then()
        .statusCode(304)
        .header("ETag", tag);
    given().header("If-None-Match", "\"99\"").get("/api/v1/plans/{id}", id).then().statusCode(200);
  }

  @Test
  void updateNeedsTheCurrentETag() {
    long id = create(plan());
    Map<String, Object> changed = plan();
    changed.put("name", "Ändrad plan");

    givenInvalid()
        .body(changed)
        .put("/api/v1/plans/{id}", id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("code", equalTo("PRECONDITION_REQUIRED"))
        .body("errors[0].field", equalTo("If-Match"));

    given()
        .header("If-Match", "\"7\"")
        .body(changed)
        .put("/api/v1/plans/{id}", id)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"))
        .body("detail", containsString("\"0\""));

    given()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/plans/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Ändrad plan"))
        .body("version", equalTo(1));

    // The old ETag is stale now: the second writer does not overwrite the first.
    given()
        .header("If-Match", "\"0\"")
        .body(plan())
        .put("/api/v1/plans/{id}", id)
        .then()
        .statusCode(412);
    given().get("/api/v1/plans/{id}", id).then().body("name", equalTo("Ändrad plan"));
  }

  @Test
  void deleteNeedsTheCurrentETagAndThenTheRowIsGone() {
    long id = create(plan());
    givenInvalid().delete("/api/v1/plans/{id}", id).then().statusCode(428);
    given().header("If-Match", "\"0\"").delete("/api/v1/plans/{id}", id).then().statusCode(204);
    given()
        .get("/api/v1/plans/{id}", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"))
        .body("instance", equalTo("/api/v1/plans/" + id));
  }

  @Test
  void everyInvalidFieldIsReportedOnceAndNothingIsStored() {
    Map<String, Object> body = plan();
    String organisation = (String) body.get("organisation");
    body.put("name", " ");
    body.put("startYear", 1800);
    body.put("endYear", null);
    givenInvalid()
        .body(body)
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("endYear", "name", "startYear"))
        .body("errors.message", hasItem("must not be blank"));

    given()
        .queryParam("organisation", organisation)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void crossFieldRulesAreChecked() {
    Map<String, Object> body = plan();
    body.put("startYear", 2026);
    body.put("endYear", 2024);
    body.put(
        "fulfilmentRule",
        Map.of(
            "rollUpRule",
            "SHARE_THRESHOLDS",
            "rollUpFulfilledShare",
            0.5,
            "rollUpPartialShare",
            0.7));
    given()
        .body(body)
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors.field", contains("endYear", "fulfilmentRule.rollUpPartialShare"));
  }

  @Test
  void wrongJsonTypesAndUnknownEnumsNameTheField() {
    Map<String, Object> body = plan();
    body.put("startYear", "2024");
    givenInvalid()
        .body(body)
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("startYear"))
        .body("errors[0].message", equalTo("must be an integer"));

    body = plan();
    body.put("status", "ANTAGEN");
    givenInvalid()
        .body(body)
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", equalTo("must be one of DRAFT, ADOPTED, ARCHIVED"));

    body = plan();
    body.put("fulfilmentRule", Map.of("pointRule", 5));
    givenInvalid()
        .body(body)
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("fulfilmentRule.pointRule"));
  }

  @Test
  void malformedRequestsGetProblemsNotStackTraces() {
    givenInvalid()
        .body("{\"name\": ")
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("MALFORMED_JSON"))
        .body("detail", not(containsString("Exception")))
        .body("detail", not(containsString("com.fasterxml")));

    givenInvalid()
        .body("[1, 2]")
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_JSON"));

    givenInvalid()
        .get("/api/v1/plans/abc")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("planId"));

    givenInvalid()
        .queryParam("status", "NOPE")
        .get("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));

    givenInvalid()
        .queryParam("limit", 0)
        .get("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    givenInvalid()
        .queryParam("limit", 501)
        .get("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    givenInvalid()
        .queryParam("cursor", "xyz")
        .get("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void unknownRoutesMethodsAndMediaTypesAreProblems() {
    RestAssured.given()
        .headers(Api.authHeaders())
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    RestAssured.given()
        .headers(Api.authHeaders())
        .patch("/api/v1/plans/1")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header(
            "Allow",
            org.hamcrest.Matchers.allOf(
                containsString("GET"), containsString("PUT"), containsString("DELETE")))
        .body("code", equalTo("METHOD_NOT_ALLOWED"));
    RestAssured.given()
        .headers(Api.authHeaders())
        .post("/odata/v1/Facts")
        .then()
        .statusCode(405)
        .header("OData-Version", "4.0")
        .body("error.code", org.hamcrest.Matchers.notNullValue())
        .body("error.message", org.hamcrest.Matchers.notNullValue());
    RestAssured.given()
        .headers(Api.authHeaders())
        .contentType("text/plain")
        .body("name=x")
        .post("/api/v1/plans")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    RestAssured.given()
        .headers(Api.authHeaders())
        .accept("application/xml")
        .get("/api/v1/plans")
        .then()
        .statusCode(406)
        .body("code", equalTo("NOT_ACCEPTABLE"));
  }

  @Test
  void listPagesThroughEveryPlanOnceWithTheFilterKept() {
    String organisation = "Sidkommun " + UUID.randomUUID();
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Map<String, Object> body = plan();
      body.put("organisation", organisation);
      created.add(create(body));
    }
    List<Long> seen = new ArrayList<>();
    String next =
        RestAssured.baseURI
            + ":"
            + RestAssured.port
            + "/api/v1/plans?limit=3&organisation="
            + organisation.replace(" ", "%20");
    int pages = 0;
    while (next != null) {
      JsonPath page =
          given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id", Long.class));
      next = page.getString("next");
      pages++;
    }
    assertEquals(created, seen);
    assertEquals(3, pages);
  }

  @Test
  void filterByStatus() {
    long adopted = create(plan());
    given()
        .header("If-Match", "\"0\"")
        .body(Map.of("decisionReference", "KF § 7", "decisionDate", "2024-11-25"))
        .post("/api/v1/plans/{id}/adoption", adopted)
        .then()
        .statusCode(200);
    JsonPath page =
        given()
            .queryParam("status", "ADOPTED")
            .queryParam("limit", 500)
            .get("/api/v1/plans")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(page.getList("items.id", Long.class).contains(adopted));
    assertTrue(page.getList("items.status", String.class).stream().allMatch("ADOPTED"::equals));
    given()
        .get("/api/v1/plans/{id}", adopted)
        .then()
        .body("status", equalTo("ADOPTED"))
        .body("createdAt", notNullValue())
        .body("organisationCode", nullValue());
  }
}
