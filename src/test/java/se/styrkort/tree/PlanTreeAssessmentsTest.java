package se.styrkort.tree;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.period.PeriodFixtures;
import se.styrkort.support.DemoPlanCopy;

/**
 * The plan tree carries the nodes' assessments where asked (include=assessments): of one period, or
 * each node's latest of a year, in the language asked for; and its ETag and cache keep apart the
 * requests that differ in what they ask, and follow every change of an assessment.
 */
@QuarkusTest
class PlanTreeAssessmentsTest {

  private long plan;
  private long focusArea;
  private long matematik;
  private Map<String, Long> periods;

  @BeforeEach
  void seedPlanWithACalendar() {
    plan = DemoPlanCopy.create("Flerårsplan (tree assessments " + UUID.randomUUID() + ")");
    long point = DemoPlanCopy.point(plan, "Matematik");
    matematik =
        given().get("/api/v1/measurement-points/{id}", point).jsonPath().getLong("indicatorId");
    focusArea = tree("year=2024").getLong("focusAreas[0].id");
    periods = PeriodFixtures.defaultCalendar(plan, 2024);
  }

  private JsonPath tree(String query) {
    return given()
        .get("/api/v1/plans/" + plan + "/tree?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private String etag(String query) {
    return given()
        .get("/api/v1/plans/" + plan + "/tree?" + query)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private long assess(String period, String kind, long node, String status, String outlook) {
    Map<String, Object> body = new HashMap<>();
    body.put("nodeKind", kind);
    body.put("nodeId", node);
    body.put("status", status);
    body.put("motivation", "Bedömt utifrån utfallen och jämförelsen med riket");
    if (outlook != null) {
      body.put("outlook", outlook);
    }
    body.put("analysis", "Analys i förhållande till riket och Örebro län.");
    return given()
        .body(body)
        .post("/api/v1/reporting-periods/{id}/assessments", periods.get(period))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  @Test
  void eachNodeCarriesItsAssessmentOfThePeriodAskedForInSwedish() {
    long ofPlan = assess("2024-HELAR", "PLAN", plan, "PARTIALLY_FULFILLED", null);
    assess("2024-DELAR", "FOCUS_AREA", focusArea, "FULFILLED", "EXPECTED_MET");
    assess("2024-HELAR", "INDICATOR", matematik, "NOT_FULFILLED", null);

    // Not asked: no assessment anywhere.
    JsonPath plain = tree("year=2024");
    assertNull(plain.get("assessment"));
    given()
        .get("/api/v1/plans/{id}/tree", plan)
        .then()
        .body("focusAreas.assessment", everyItem(nullValue()));

    JsonPath helar = tree("include=assessments&period=2024-HELAR&lang=sv");
    assertEquals(ofPlan, helar.getLong("assessment.assessmentId"));
    assertEquals("2024-HELAR", helar.getString("assessment.periodCode"));
    assertEquals("PARTIALLY_FULFILLED", helar.getString("assessment.status"));
    assertEquals("Delvis uppfyllt", helar.getString("assessment.statusText"));
    assertEquals("DRAFT", helar.getString("assessment.state"));
    assertEquals("Utkast", helar.getString("assessment.stateText"));
    assertNull(helar.get("focusAreas[0].assessment"), "assessed at delår, not helår");
    Map<String, Object> indicator = indicator(helar, matematik);
    @SuppressWarnings("unchecked")
    Map<String, Object> assessed = (Map<String, Object>) indicator.get("assessment");
    assertEquals("NOT_FULFILLED", assessed.get("status"));
    assertEquals("Ej uppfyllt", assessed.get("statusText"));
    assertEquals("Analys i förhållande till riket och Örebro län.", assessed.get("analysis"));

    // A year alone: each node's assessment in the latest period of the year that has one.
    JsonPath year = tree("include=assessments&year=2024");
    assertEquals("2024-DELAR", year.getString("focusAreas[0].assessment.periodCode"));
    assertEquals("EXPECTED_MET", year.getString("focusAreas[0].assessment.outlook"));
    assertEquals("Expected to be met", year.getString("focusAreas[0].assessment.outlookText"));
    assertEquals("2024-HELAR", year.getString("assessment.periodCode"));

    // Delår alone: the plan has none there.
    assertNull(tree("include=assessments&period=2024-DELAR").get("assessment"));
  }

  /** The indicator with {@code id}, wherever it hangs in the tree. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> indicator(JsonPath tree, long id) {
    return tree.getList("focusAreas", Map.class).stream()
        .flatMap(area -> goals((Map<String, Object>) area))
        .flatMap(goal -> ((java.util.List<Map<String, Object>>) goal.get("indicators")).stream())
        .filter(i -> ((Number) i.get("id")).longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static java.util.stream.Stream<Map<String, Object>> goals(Map<String, Object> goal) {
    return java.util.stream.Stream.concat(
        java.util.stream.Stream.of(goal),
        ((java.util.List<Map<String, Object>>) goal.get("goals"))
            .stream().flatMap(PlanTreeAssessmentsTest::goals));
  }

  @Test
  void theETagKeepsRequestsApartAndFollowsEveryChangeOfAnAssessment() {
    long id = assess("2024-HELAR", "PLAN", plan, "FULFILLED", null);
    String plain = etag("year=2024");
    String withAssessments = etag("include=assessments&year=2024");
    String helar = etag("include=assessments&period=2024-HELAR");
    String swedish = etag("include=assessments&period=2024-HELAR&lang=sv");
    assertNotEquals(plain, withAssessments);
    assertNotEquals(withAssessments, helar);
    assertNotEquals(helar, swedish);
    // The words follow the language: the Swedish answer is never the cached English one.
    assertEquals(
        "Uppfyllt",
        tree("include=assessments&period=2024-HELAR&lang=sv").get("assessment.statusText"));
    assertEquals(
        "Fulfilled", tree("include=assessments&period=2024-HELAR").get("assessment.statusText"));

    // A correction is seen on the very next read, under a new ETag.
    String assessmentTag = given().get("/api/v1/assessments/{id}", id).header("ETag");
    given()
        .header("If-Match", assessmentTag)
        .body(
            Map.of(
                "status", "NOT_FULFILLED",
                "motivation", "Utfallet för helåret når inte målet"))
        .put("/api/v1/assessments/{id}", id)
        .then()
        .statusCode(200);
    given()
        .header("If-None-Match", helar)
        .get("/api/v1/plans/" + plan + "/tree?include=assessments&period=2024-HELAR")
        .then()
        .statusCode(200)
        .body("assessment.status", equalTo("NOT_FULFILLED"))
        .body("assessment.motivation", equalTo("Utfallet för helåret når inte målet"));
    String corrected = etag("include=assessments&period=2024-HELAR");
    assertNotEquals(helar, corrected);
    given()
        .header("If-None-Match", corrected)
        .get("/api/v1/plans/" + plan + "/tree?include=assessments&period=2024-HELAR")
        .then()
        .statusCode(304);

    // Approval changes the state the tree shows.
    given()
        .header("If-Match", given().get("/api/v1/assessments/{id}", id).header("ETag"))
        .post("/api/v1/assessments/{id}/submission", id)
        .then()
        .statusCode(200);
    assertEquals(
        "SUBMITTED", tree("include=assessments&period=2024-HELAR").get("assessment.state"));
  }

  @Test
  void aPeriodThatNamesNothingOrAnotherYearIsRefused() {
    givenInvalid()
        .get("/api/v1/plans/" + plan + "/tree?include=assessments")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("include"));
    givenInvalid()
        .get("/api/v1/plans/" + plan + "/tree?include=assessments&period=2031-HELAR")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    givenInvalid()
        .get("/api/v1/plans/" + plan + "/tree?include=assessments&period=2024-HELAR&year=2025")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    givenInvalid()
        .get("/api/v1/plans/" + plan + "/tree?period=2024-HELAR")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    givenInvalid()
        .get("/api/v1/plans/" + plan + "/tree?include=everything&year=2024")
        .then()
        .statusCode(400);
  }
}
