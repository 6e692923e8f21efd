package se.styrkort.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;

/**
 * The worked examples of domain.md, reproduced through the API on the demo plan. Each test records
 * the follow-up values of its example and removes them again, so the demo plan is left as the seed
 * has it.
 */
@QuarkusTest
class FulfilmentApiTest {

  private long planId;
  private JsonPath tree;
  private final List<Long> recorded = new ArrayList<>();

  @BeforeEach
  void findDemoPlan() {
    planId = DemoPlans.id();
    tree =
        given().get("/api/v1/plans/{id}/tree", planId).then().statusCode(200).extract().jsonPath();
  }

  @AfterEach
  void removeRecordedValues() {
    for (long id : recorded) {
      String tag = given().get("/api/v1/evaluations/{id}", id).then().extract().header("ETag");
      given().header("If-Match", tag).delete("/api/v1/evaluations/{id}", id).then().statusCode(204);
    }
  }

  private long point(String label) {
    return find(tree.get(), "label", label::equals);
  }

  /** The id of the first object anywhere in the tree whose {@code field} matches. */
  @SuppressWarnings("unchecked")
  private static long find(
      Object node, String field, java.util.function.Predicate<String> matches) {
    if (node instanceof Map<?, ?> map) {
      Object value = map.get(field);
      if (value instanceof String text && matches.test(text)) {
        return ((Number) map.get("id")).longValue();
      }
      for (Object child : map.values()) {
        long found = find(child, field, matches);
        if (found > 0) {
          return found;
        }
      }
    } else if (node instanceof List<?> list) {
      for (Object child : list) {
        long found = find(child, field, matches);
        if (found > 0) {
          return found;
        }
      }
    }
    return -1;
  }

  private long record(long pointId, String kind, String asOf, Object value) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", Integer.parseInt(asOf.substring(0, 4)));
    body.put("kind", kind);
    body.put("asOf", asOf);
    body.put("value", value);
    long id =
        given()
            .body(body)
            .post("/api/v1/measurement-points/{id}/evaluations", pointId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    recorded.add(id);
    return id;
  }

  private void correct(long evaluationId, Object value) {
    JsonPath current =
        given().get("/api/v1/evaluations/{id}", evaluationId).then().extract().jsonPath();
    Map<String, Object> body = new HashMap<>();
    body.put("year", current.getInt("year"));
    body.put("kind", current.getString("kind"));
    body.put("asOf", current.getString("asOf"));
    body.put("value", value);
    given()
        .header("If-Match", "\"" + current.getLong("version") + "\"")
        .body(body)
        .put("/api/v1/evaluations/{id}", evaluationId)
        .then()
        .statusCode(200);
  }

  private ValidatableResponse judge(long pointId, String basis) {
    return given()
        .queryParam("year", 2024)
        .queryParam("basis", basis)
        .get("/api/v1/measurement-points/{id}/fulfilment", pointId)
        .then()
        .statusCode(200)
        .body("rule.name", equalTo("PROGRESS/UNANIMOUS"))
        .body("basis", equalTo(basis))
        .body("years.size()", equalTo(1))
        .body("years[0].year", equalTo(2024));
  }

  @Test
  void forskolaReachesPartlyOrMissesItsTargetByProgressFromTheBaseline() {
    long forskola = point("Förskola");
    long outcome = record(forskola, "OUTCOME", "2024-12-31", 100);
    judge(forskola, "OUTCOME")
        .body("years[0].status", equalTo("FULFILLED"))
        .body("years[0].value.evaluationId", equalTo((int) outcome))
        .body("years[0].value.value", equalTo(100))
        .body("years[0].target.comparator", equalTo("GE"))
        .body("years[0].target.value", equalTo(100))
        .body("years[0].target.written", equalTo("100 %"))
        .body("years[0].baseline.year", equalTo(2023))
        .body("years[0].baseline.value", equalTo(99));

    correct(outcome, 99.5);
    judge(forskola, "OUTCOME")
        .body("years[0].status", equalTo("PARTIALLY_FULFILLED"))
        .body("years[0].progress", equalTo(0.5f))
        .body("years[0].pointRule", equalTo("PROGRESS"));

    correct(outcome, 98);
    judge(forskola, "OUTCOME")
        .body("years[0].status", equalTo("NOT_FULFILLED"))
        .body("years[0].progress", equalTo(-1.0f));
  }

  @Test
  void matematikIsJudgedAgainstThe2023Outcome() {
    long matematik = point("Matematik");
    long outcome = record(matematik, "OUTCOME", "2024-12-31", 16);
    judge(matematik, "LATEST")
        .body("years[0].status", equalTo("NOT_FULFILLED"))
        .body("years[0].target.referenceYear", equalTo(2023))
        .body("years[0].target.value", equalTo(17))
        .body("years[0].target.written", equalTo("≥ 2023"));
    removeRecordedValues();
    recorded.clear();

    long forecast = record(matematik, "FORECAST", "2024-08-31", 18);
    judge(matematik, "LATEST")
        .body("years[0].status", equalTo("FULFILLED"))
        .body("years[0].value.kind", equalTo("FORECAST"))
        .body("years[0].value.evaluationId", equalTo((int) forecast));
    judge(matematik, "OUTCOME")
        .body("years[0].status", equalTo("NO_DATA"))
        .body("years[0].value", nullValue())
        .body("years[0].reason", equalTo("no outcome recorded for 2024"));
  }

  @Test
  void personalomsattningHasNoTargetWhileThe2023OutcomeIsUnknown() {
    long turnover = point("Personalomsättningen ökar inte jämfört med föregående år");
    record(turnover, "OUTCOME", "2024-12-31", 12);
    judge(turnover, "LATEST")
        .body("years[0].status", equalTo("NO_TARGET"))
        .body("years[0].reason", equalTo("no outcome recorded for 2023"))
        .body("years[0].target.comparator", equalTo("LE"))
        .body("years[0].target.value", nullValue());
  }

  @Test
  void hemsidaIsJudgedByTheRankOfItsLevel() {
    long website = point("Kommunen har en användarvänlig hemsida");
    record(website, "OUTCOME", "2024-12-31", "helt");
    judge(website, "LATEST")
        .body("years[0].status", equalTo("FULFILLED"))
        .body("years[0].target.comparator", equalTo("GT"))
        .body("years[0].target.value", equalTo("delvis"))
        .body("years[0].baseline.value", equalTo("delvis"));
  }

  @Test
  void theDemoPlanRollsUpWithCountsAtEveryNode() {
    long forskola = point("Förskola");
    record(forskola, "OUTCOME", "2024-12-31", 100);
    JsonPath plan =
        given()
            .get("/api/v1/plans/{id}/fulfilment", planId)
            .then()
            .statusCode(200)
            .body("year", equalTo(2024))
            .body("basis", equalTo("LATEST"))
            .body("rule.name", equalTo("PROGRESS/UNANIMOUS"))
            .body("node.kind", equalTo("PLAN"))
            .body("node.children.size()", equalTo(5))
            .body("node.counts.total", equalTo(23))
            .body("node.counts.fulfilled", equalTo(1))
            .body("node.counts.judged", equalTo(1))
            .body("node.status", equalTo("FULFILLED"))
            .extract()
            .jsonPath();
    assertEquals("Öppen kommun", plan.getString("node.children[0].title"));
    assertEquals(1, plan.getInt("node.children[0].counts.fulfilled"));
    assertEquals(0, plan.getInt("node.children[1].counts.judged"));
    assertEquals("NO_DATA", plan.getString("node.children[1].status"));

    long openMunicipality = plan.getLong("node.children[0].id");
    given()
        .get("/api/v1/goals/{id}/fulfilment", openMunicipality)
        .then()
        .statusCode(200)
        .body("node.kind", equalTo("FOCUS_AREA"))
        .body("node.title", equalTo("Öppen kommun"))
        .body("node.counts.total", equalTo(10))
        .body("node.status", equalTo("FULFILLED"));

    long respectful = find(tree.get(), "title", title -> title.startsWith("Alla elever* upplever"));
    given()
        .get("/api/v1/indicators/{id}/fulfilment", respectful)
        .then()
        .statusCode(200)
        .body("node.kind", equalTo("INDICATOR"))
        .body("node.measurementPoints.size()", equalTo(3))
        .body("node.measurementPoints[0].label", equalTo("Förskola"))
        .body("node.measurementPoints[0].status", equalTo("FULFILLED"))
        .body("node.measurementPoints[1].status", equalTo("NO_DATA"))
        .body("node.shareFulfilled", equalTo(1.0f));
  }

  @Test
  void aSeriesGivesOneJudgementPerYear() {
    long forskola = point("Förskola");
    given()
        .queryParam("fromYear", 2023)
        .queryParam("toYear", 2026)
        .get("/api/v1/measurement-points/{id}/fulfilment", forskola)
        .then()
        .statusCode(200)
        .body("years.year", equalTo(List.of(2023, 2024, 2025, 2026)))
        .body("years[0].status", equalTo("NO_TARGET"))
        .body("years[1].status", equalTo("NO_DATA"))
        .body("years[2].status", equalTo("NO_DATA"));
  }

  @Test
  void badParametersAreProblemsNamingTheField() {
    givenInvalid()
        .queryParam("basis", "PROGNOS")
        .get("/api/v1/plans/{id}/fulfilment", planId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("basis"))
        .body("errors[0].message", equalTo("must be one of LATEST, OUTCOME, not 'PROGNOS'"));
    given()
        .queryParam("year", 2031)
        .get("/api/v1/plans/{id}/fulfilment", planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("year"))
        .body("errors[0].message", equalTo("must lie within the plan's years 2024–2026"));
    givenInvalid()
        .queryParam("year", "tjugo")
        .get("/api/v1/plans/{id}/fulfilment", planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("year"));
    given()
        .queryParam("fromYear", 2026)
        .queryParam("toYear", 2024)
        .get("/api/v1/measurement-points/{id}/fulfilment", point("Förskola"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("toYear"));
    given()
        .get("/api/v1/plans/{id}/fulfilment", 999_999_999)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    given().get("/api/v1/goals/{id}/fulfilment", 999_999_999).then().statusCode(404);
    given().get("/api/v1/indicators/{id}/fulfilment", 999_999_999).then().statusCode(404);
    given().get("/api/v1/measurement-points/{id}/fulfilment", 999_999_999).then().statusCode(404);
  }
}
