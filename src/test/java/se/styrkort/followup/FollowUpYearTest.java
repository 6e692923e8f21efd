package se.styrkort.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.as;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.support.DemoPlanCopy;

/**
 * One year of the seed plan walked through its reporting periods, as a municipality does it:
 * tertial 1 and delår forecasts with outlooks, helår outcomes, assessments that agree with the
 * computed status and one that does not, analyses against riket and Örebro län for Matematik and
 * Svenska, approval, closing (a write into a closed period is refused, naming it), reopening with a
 * reason, and the follow-up status of helår with the one item still overdue. Each step is taken by
 * the role that takes it in a municipality. The demo plan itself stays the seed: this is a copy.
 */
@QuarkusTest
class FollowUpYearTest {

  private static final String MATEMATIK_SVENSKA =
      "Andelen elever som får godkänt på alla nationella proven i årskurs 3";

  private long planId;
  private Map<String, Map<String, Object>> factsByLabel;

  @Test
  void oneYearOfTheSeedPlanThroughItsPeriods() {
    planId = DemoPlanCopy.create("Flerårsplan 2025–2026 (uppföljning 2024)");
    factsByLabel = new HashMap<>();
    DemoPlanCopy.facts(planId, 2024)
        .forEach(f -> factsByLabel.putIfAbsent((String) f.get("pointLabel"), f));
    long matematik = id(factsByLabel.get("Matematik").get("pointId"));
    long svenska = id(factsByLabel.get("Svenska").get("pointId"));
    long indicator = id(factsByLabel.get("Matematik").get("indicatorId"));
    long goal = id(factsByLabel.get("Matematik").get("goalId"));
    assertTrue(
        ((String) factsByLabel.get("Matematik").get("indicatorTitle"))
            .startsWith(MATEMATIK_SVENSKA));

    // The planner adopts the default calendar for 2024.
    JsonPath calendar =
        as("PLANNER")
            .body(Map.of("year", 2024))
            .post("/api/v1/plans/{id}/reporting-periods/default-calendar", planId)
            .then()
            .statusCode(200)
            .body("items.code", contains("2024-T1", "2024-DELAR", "2024-HELAR"))
            .extract()
            .jsonPath();
    long t1 = calendar.getLong("items[0].id");
    long delar = calendar.getLong("items[1].id");
    long helar = calendar.getLong("items[2].id");

    // Tertial 1: forecasts and an outlook for the indicator; approved and closed.
    long t1Matematik = record(matematik, "FORECAST", "2024-04-30", 18);
    record(svenska, "FORECAST", "2024-04-30", 28);
    Map<String, Object> t1Assessment =
        assessment(
            "INDICATOR",
            indicator,
            "PARTIALLY_FULFILLED",
            "Matematiken ser ut att nå målet, svenskan ligger något under 2023 års nivå.");
    t1Assessment.put("outlook", "UNCERTAIN");
    long t1Assessed = assess(t1, t1Assessment);
    approve("/api/v1/assessments/{id}", t1Assessed);
    approve("/api/v1/evaluations/{id}", t1Matematik);
    close(t1);
    as("REPORTER")
        .body(value("FORECAST", "2024-04-30", 19))
        .post("/api/v1/measurement-points/{id}/evaluations", svenska)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"))
        .body("detail", containsString("Tertial 1 2024 (2024-T1)"));

    // Delår: new forecasts; the goal is expected to be met.
    record(matematik, "FORECAST", "2024-08-31", 19);
    record(svenska, "FORECAST", "2024-08-31", 30);
    Map<String, Object> delarAssessment =
        assessment("GOAL", goal, "PARTIALLY_FULFILLED", "Prognosen för båda proven förbättras.");
    delarAssessment.put("outlook", "EXPECTED_MET");
    delarAssessment.put(
        "analysis",
        "Analys i förhållande till riket och Örebro län: Matematik 19 % (riket 22 %, Örebro län"
            + " 20 %), Svenska 30 % (riket 31 %, Örebro län 29 %).");
    long delarAssessed = assess(delar, delarAssessment);
    given()
        .queryParam("lang", "sv")
        .get("/api/v1/assessments/{id}", delarAssessed)
        .then()
        .body("outlookText", equalTo("Bedöms uppnås"))
        .body("nodeKindText", equalTo("Mål"));

    // Helår: every targeted point's outcome but Näringslivet's, submitted.
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> fact : DemoPlanCopy.facts(planId, 2024)) {
      if (fact.get("targetComparator") == null || "Näringslivet".equals(fact.get("pointLabel"))) {
        continue;
      }
      Object outcome =
          switch ((String) fact.get("pointLabel")) {
            case "Matematik" -> 16; // below 2023's 17: not fulfilled
            case "Svenska" -> 30; // above 2023's 29: fulfilled
            default -> outcomeFor(fact);
          };
      Map<String, Object> row = value("OUTCOME", "2024-12-31", outcome);
      row.put("measurementPointId", fact.get("pointId"));
      rows.add(row);
    }
    List<Integer> created =
        as("REPORTER")
            .body(Map.of("rows", rows))
            .post("/api/v1/plans/{id}/evaluations/bulk", planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("createdIds");
    assertEquals(rows.size(), created.size());
    for (Integer id : created) {
      as("REPORTER")
          .header("If-Match", "\"0\"")
          .post("/api/v1/evaluations/{id}/submission", id)
          .then()
          .statusCode(200);
    }

    // Helår assessments of every goal and indicator, with analyses; the indicator's agrees with
    // the computed status (one of its two points fulfilled), the goal's does not.
    for (long[] node : goalsAndIndicators()) {
      boolean isIndicator = node[0] == 1;
      String status =
          node[1] == goal ? "NOT_FULFILLED" : isIndicator ? "PARTIALLY_FULFILLED" : "FULFILLED";
      Map<String, Object> body =
          assessment(isIndicator ? "INDICATOR" : "GOAL", node[1], status, "Bedömd vid helår.");
      body.put(
          "analysis",
          node[1] == indicator || node[1] == goal
              ? "Analys i förhållande till riket och Örebro län: Matematik 16 % (riket 20 %,"
                  + " Örebro län 18 %) försämrades; Svenska 30 % (riket 31 %, Örebro län 29 %)"
                  + " ligger över länet."
              : "Utfallet är i nivå med målet.");
      long id = assess(helar, body);
      as("REPORTER")
          .header("If-Match", "\"0\"")
          .post("/api/v1/assessments/{id}/submission", id)
          .then()
          .statusCode(200);
    }

    // Computed beside assessed, in Swedish.
    JsonPath fulfilment =
        given()
            .header("Accept-Language", "sv")
            .queryParam("year", 2024)
            .get("/api/v1/goals/{id}/fulfilment", goal)
            .then()
            .statusCode(200)
            .body("node.status", equalTo("PARTIALLY_FULFILLED"))
            .body("node.statusText", equalTo("Delvis uppfyllt"))
            .body("node.assessment.status", equalTo("NOT_FULFILLED"))
            .body("node.assessment.statusText", equalTo("Ej uppfyllt"))
            .body("node.assessment.periodCode", equalTo("2024-HELAR"))
            .body("node.assessment.analysis", containsString("Örebro län"))
            .body("node.deviatesFromComputed", equalTo(true))
            .extract()
            .jsonPath();
    assertEquals("Andelen", fulfilment.getString("node.children[0].title").substring(0, 7));
    assertEquals("PARTIALLY_FULFILLED", fulfilment.getString("node.children[0].status"));
    assertEquals("PARTIALLY_FULFILLED", fulfilment.getString("node.children[0].assessment.status"));
    assertEquals(false, fulfilment.getBoolean("node.children[0].deviatesFromComputed"));
    assertEquals(
        List.of("Ej uppfyllt", "Uppfyllt"),
        fulfilment.getList("node.children[0].measurementPoints.statusText"));

    // The follow-up status of helår: its deadline (15 February 2025) has passed, and only
    // Näringslivet's outcome is still missing.
    given()
        .get("/api/v1/reporting-periods/{id}/follow-up-status", helar)
        .then()
        .statusCode(200)
        .body("periodCode", equalTo("2024-HELAR"))
        .body("deadline", equalTo("2025-02-15"))
        .body("counts.missing", equalTo(1))
        .body("counts.draft", equalTo(0))
        .body("counts.overdue", equalTo(1))
        .body("counts.submitted", equalTo((int) count(helar) - 1));
    given()
        .queryParam("overdue", true)
        .queryParam("lang", "sv")
        .get("/api/v1/reporting-periods/{id}/follow-up-status", helar)
        .then()
        .body("items", hasSize(1))
        .body("items[0].item", equalTo("VALUE"))
        .body("items[0].title", equalTo("Näringslivet"))
        .body("items[0].status", equalTo("MISSING"))
        .body("items[0].statusText", equalTo("Saknas"));

    // The approver approves Matematik and Svenska and closes helår: Näringslivet is refused.
    for (Map<String, Object> fact : DemoPlanCopy.facts(planId, 2024)) {
      if (fact.get("pointLabel").equals("Matematik") || fact.get("pointLabel").equals("Svenska")) {
        List<Integer> ids =
            given()
                .queryParam("year", 2024)
                .queryParam("kind", "OUTCOME")
                .get("/api/v1/measurement-points/{id}/evaluations", fact.get("pointId"))
                .jsonPath()
                .getList("items.id");
        as("APPROVER")
            .header("If-Match", "\"1\"")
            .post("/api/v1/evaluations/{id}/approval", ids.get(0))
            .then()
            .statusCode(200)
            .body("state", equalTo("APPROVED"));
      }
    }
    close(helar);
    long naringslivet = id(factsByLabel.get("Näringslivet").get("pointId"));
    as("REPORTER")
        .body(value("OUTCOME", "2024-12-31", 5))
        .post("/api/v1/measurement-points/{id}/evaluations", naringslivet)
        .then()
        .statusCode(409)
        .body("code", equalTo("PERIOD_CLOSED"))
        .body("detail", containsString("Helår 2024 (2024-HELAR)"));

    // Reopened with a reason, the late outcome is recorded and submitted: nothing is overdue.
    as("APPROVER")
        .header("If-Match", etag("/api/v1/reporting-periods/{id}", helar))
        .body(Map.of("reason", "Näringslivets utfall kom in efter stängningen"))
        .post("/api/v1/reporting-periods/{id}/reopening", helar)
        .then()
        .statusCode(200)
        .body("state", equalTo("OPEN"));
    long late = record(naringslivet, "OUTCOME", "2024-12-31", 5);
    as("REPORTER")
        .header("If-Match", "\"0\"")
        .post("/api/v1/evaluations/{id}/submission", late)
        .then()
        .statusCode(200);
    given()
        .get("/api/v1/reporting-periods/{id}/follow-up-status", helar)
        .then()
        .body("counts.missing", equalTo(0))
        .body("counts.overdue", equalTo(0));
    given()
        .get("/api/v1/reporting-periods/{id}/history", helar)
        .then()
        .body("items.changeType", contains("REOPENED", "CLOSED", "CREATED"))
        .body("items[0].reason", equalTo("Näringslivets utfall kom in efter stängningen"));
  }

  /** Every goal (not focus area) and indicator of the plan: {1 for an indicator, id}. */
  private List<long[]> goalsAndIndicators() {
    List<long[]> nodes = new ArrayList<>();
    JsonPath goals =
        given()
            .queryParam("limit", 500)
            .get("/api/v1/plans/{id}/goals", planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (int i = 0; i < goals.getList("items").size(); i++) {
      long goalId = goals.getLong("items[" + i + "].id");
      if (goals.getString("items[" + i + "].kind").equals("GOAL")) {
        nodes.add(new long[] {0, goalId});
      }
      List<Integer> indicators =
          given()
              .queryParam("limit", 500)
              .get("/api/v1/goals/{id}/indicators", goalId)
              .jsonPath()
              .getList("items.id");
      indicators.forEach(id -> nodes.add(new long[] {1, id}));
    }
    return nodes;
  }

  /** How many items the period's follow-up has. */
  private static long count(long periodId) {
    return given()
        .get("/api/v1/reporting-periods/{id}/follow-up-status", periodId)
        .jsonPath()
        .getLong("counts.total");
  }

  /** A year-end value that fits the point: its target level, else its baseline. */
  private static Object outcomeFor(Map<String, Object> fact) {
    String type = (String) fact.get("valueType");
    return switch (type) {
      case "ORDINAL" ->
          fact.get("targetText") != null ? fact.get("targetText") : fact.get("baselineText");
      case "BOOLEAN" -> true;
      default ->
          fact.get("targetValue") != null
              ? fact.get("targetValue")
              : fact.get("baselineValue") != null ? fact.get("baselineValue") : 1;
    };
  }

  private static Map<String, Object> assessment(
      String kind, long nodeId, String status, String motivation) {
    Map<String, Object> body = new HashMap<>();
    body.put("nodeKind", kind);
    body.put("nodeId", nodeId);
    body.put("status", status);
    body.put("motivation", motivation);
    return body;
  }

  private static Map<String, Object> value(String kind, String asOf, Object value) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", 2024);
    body.put("kind", kind);
    body.put("asOf", asOf);
    body.put("value", value);
    return body;
  }

  private static long record(long pointId, String kind, String asOf, Object value) {
    return as("REPORTER")
        .body(value(kind, asOf, value))
        .post("/api/v1/measurement-points/{id}/evaluations", pointId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static long assess(long periodId, Map<String, Object> body) {
    return as("REPORTER")
        .body(body)
        .post("/api/v1/reporting-periods/{id}/assessments", periodId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Submitted by the reporter, approved by the approver. */
  private static void approve(String path, long id) {
    as("REPORTER")
        .header("If-Match", etag(path, id))
        .post(path + "/submission", id)
        .then()
        .statusCode(200);
    as("APPROVER")
        .header("If-Match", etag(path, id))
        .post(path + "/approval", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("APPROVED"));
  }

  private static void close(long periodId) {
    as("APPROVER")
        .header("If-Match", etag("/api/v1/reporting-periods/{id}", periodId))
        .post("/api/v1/reporting-periods/{id}/closing", periodId)
        .then()
        .statusCode(200)
        .body("state", equalTo("CLOSED"));
  }

  private static String etag(String path, long id) {
    return given().get(path, id).header("ETag");
  }

  private static long id(Object number) {
    return ((Number) number).longValue();
  }
}
