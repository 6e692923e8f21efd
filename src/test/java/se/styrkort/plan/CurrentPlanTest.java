package se.styrkort.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

/**
 * GET /plans/current?organisationCode=: the organisation's adopted plan that has begun by this year
 * (in Sweden), the latest start first; never a draft, an archived plan or one that has not begun;
 * one whose years have passed only while nothing later is adopted; for an anonymous reader only a
 * public one, and otherwise the same 404 as for an organisation without any plan.
 */
@QuarkusTest
class CurrentPlanTest {

  private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();

  /** An organisation code no other test uses. */
  private static String newCode() {
    return "T" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
  }

  private static long plan(String code, int startYear, int endYear) {
    Map<String, Object> body = PlanResourceTest.plan();
    body.put("organisationCode", code);
    body.put("startYear", startYear);
    body.put("endYear", endYear);
    body.put("baselineYear", startYear - 1);
    return PlanResourceTest.create(body);
  }

  private static long adopted(String code, int startYear, int endYear) {
    long id = plan(code, startYear, endYear);
    PlanLifecycleTest.adopt(id);
    return id;
  }

  private static void publish(long planId) {
    given()
        .header("If-Match", PlanResourceTest.etag("/api/v1/plans/" + planId))
        .body(Map.of("public", true))
        .put("/api/v1/plans/{id}/visibility", planId)
        .then()
        .statusCode(200);
  }

  private static JsonPath current(String code) {
    return given()
        .queryParam("organisationCode", code)
        .get("/api/v1/plans/current")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theAdoptedPlanCoveringThisYearWithTheLatestStart() {
    String code = newCode();
    plan(code, THIS_YEAR - 1, THIS_YEAR + 1); // a draft
    adopted(code, THIS_YEAR + 1, THIS_YEAR + 3); // begins next year
    long ended = adopted(code, THIS_YEAR - 4, THIS_YEAR - 1); // ended last year
    assertEquals(ended, current(code).getLong("id"), "in force until another is adopted");
    long older = adopted(code, THIS_YEAR - 2, THIS_YEAR + 1);
    given()
        .queryParam("organisationCode", code)
        .get("/api/v1/plans/current")
        .then()
        .statusCode(200)
        .header("Content-Location", "/api/v1/plans/" + older)
        .body("id", equalTo((int) older))
        .body("status", equalTo("ADOPTED"));

    long newer = adopted(code, THIS_YEAR - 1, THIS_YEAR + 2);
    assertEquals(newer, current(code).getLong("id"), "the latest start wins");
    PlanLifecycleTest.archive(newer);
    assertEquals(older, current(code).getLong("id"), "an archived plan is not current");
  }

  @Test
  void anOrganisationWithoutOneIsNotFound() {
    String code = newCode();
    plan(code, THIS_YEAR, THIS_YEAR + 2);
    given()
        .queryParam("organisationCode", code)
        .get("/api/v1/plans/current")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void aUnitNarrowsTheChoice() {
    String code = newCode();
    long councils = adopted(code, THIS_YEAR, THIS_YEAR + 1);
    assertEquals(councils, current(code).getLong("id"));
    given()
        .queryParam("organisationCode", code)
        .queryParam("organisationUnitId", 987_654_321L)
        .get("/api/v1/plans/current")
        .then()
        .statusCode(404);
  }

  @Test
  void anonymousReadersFindOnlyPublicPlansAndLearnNothingOfOthers() {
    String hiddenCode = newCode();
    adopted(hiddenCode, THIS_YEAR, THIS_YEAR + 1);
    String emptyCode = newCode();
    JsonPath hidden =
        Api.anonymous()
            .queryParam("organisationCode", hiddenCode)
            .get("/api/v1/plans/current")
            .then()
            .statusCode(404)
            .extract()
            .jsonPath();
    JsonPath empty =
        Api.anonymous()
            .queryParam("organisationCode", emptyCode)
            .get("/api/v1/plans/current")
            .then()
            .statusCode(404)
            .extract()
            .jsonPath();
    assertEquals(answer(empty, emptyCode), answer(hidden, hiddenCode));

    String publicCode = newCode();
    long shown = adopted(publicCode, THIS_YEAR, THIS_YEAR + 1);
    publish(shown);
    Api.anonymous()
        .queryParam("organisationCode", publicCode)
        .get("/api/v1/plans/current")
        .then()
        .statusCode(200)
        .header("Cache-Control", org.hamcrest.Matchers.startsWith("public"))
        .body("id", equalTo((int) shown));
  }

  @Test
  void revalidatesWithItsETag() {
    String code = newCode();
    adopted(code, THIS_YEAR, THIS_YEAR + 1);
    String tag =
        given()
            .queryParam("organisationCode", code)
            .get("/api/v1/plans/current")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .header("If-None-Match", tag)
        .queryParam("organisationCode", code)
        .get("/api/v1/plans/current")
        .then()
        .statusCode(304);
  }

  @Test
  void anOrganisationCodeIsNeeded() {
    Api.givenInvalid()
        .get("/api/v1/plans/current")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  private static Map<String, Object> answer(JsonPath problem, String code) {
    Map<String, Object> answer = new TreeMap<>(problem.getMap(""));
    answer.replaceAll((k, v) -> v instanceof String text ? text.replace(code, "{code}") : v);
    return answer;
  }
}
