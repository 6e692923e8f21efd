package se.styrkort.bi;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;
import static se.styrkort.support.Api.withoutCredentials;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;
import se.styrkort.period.PeriodFixtures;
import se.styrkort.support.DemoPlanCopy;

/**
 * The BI node table: every node of the goal tree and year with the status, counts and share that
 * the plan's fulfilment computes, codes as the facts name them, the same in JSON pages and CSV, and
 * the assessed status beside the computed one (APPROVED only for anonymous readers).
 */
@QuarkusTest
class BiNodeFactsTest {

  private static final String NODES = "/api/v1/bi/node-facts";

  @Test
  void theDemoPlansNodesAgreeWithItsFulfilmentAndFactsAlikeInJsonPagesAndCsv() throws Exception {
    long planId = DemoPlans.id();
    BiTables.Pages json = BiTables.json(NODES, Map.of("planId", planId, "limit", 7));
    BiTables.Csv csv = BiTables.csv(NODES, Map.of("planId", planId));
    assertEquals(new FlatTable<>(NodeFactRow.class).columns(), csv.columns());
    assertEquals(csv.columns(), json.columns());
    assertEquals(json.rows(), csv.rows(), "the same content, cell by cell");
    assertTrue(json.pages() > 2, "paged: " + json.pages());

    List<Map<String, String>> facts =
        BiTables.json("/api/v1/bi/facts", Map.of("planId", planId, "limit", 500)).rows();
    Map<String, String> codes = new HashMap<>();
    for (Map<String, String> fact : facts) {
      codes.put("FOCUS_AREA/" + fact.get("focusAreaId"), fact.get("focusAreaCode"));
      if (fact.get("goalId") != null) {
        codes.put("GOAL/" + fact.get("goalId"), fact.get("goalCode"));
      }
      codes.put("INDICATOR/" + fact.get("indicatorId"), fact.get("indicatorCode"));
    }
    List<String> years = json.rows().stream().map(r -> r.get("year")).distinct().toList();
    int compared = 0;
    assertEquals(List.of("2024", "2025", "2026"), years);
    for (String year : years) {
      Map<String, Map<String, Object>> tree = new HashMap<>();
      flatten(
          given()
              .queryParam("year", year)
              .get("/api/v1/plans/{id}/fulfilment", planId)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getMap("node"),
          tree);
      List<Map<String, String>> ofYear =
          json.rows().stream().filter(r -> r.get("year").equals(year)).toList();
      assertEquals(tree.size(), ofYear.size(), "one row per node in " + year);
      for (Map<String, String> row : ofYear) {
        String node = row.get("kind") + "/" + row.get("nodeId");
        Map<String, Object> computed = tree.get(node);
        assertEquals(computed.get("status"), row.get("status"), node + " " + year);
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) computed.get("counts");
        assertEquals(counts.get("total").toString(), row.get("total"), node);
        assertEquals(counts.get("fulfilled").toString(), row.get("fulfilled"), node);
        assertEquals(counts.get("judged").toString(), row.get("judged"), node);
        if (codes.containsKey(node)) {
          // (A goal without indicators has no facts to compare with.)
          assertEquals(codes.get(node), row.get("code"), node + " is coded as in the facts");
          compared++;
        }
        if (!row.get("kind").equals("PLAN")) {
          assertTrue(row.get("parentId") != null && row.get("path").endsWith(row.get("title")));
        }
      }
      Map<String, String> plan =
          ofYear.stream().filter(r -> r.get("kind").equals("PLAN")).findFirst().orElseThrow();
      assertEquals(
          Long.toString(facts.stream().filter(f -> f.get("year").equals(year)).count()),
          plan.get("total"),
          "the plan counts every point of the year");
      assertNull(plan.get("parentId"));
    }
    assertEquals(codes.size() * years.size(), compared, "every coded node compared");
  }

  @SuppressWarnings("unchecked")
  private static void flatten(Map<String, Object> node, Map<String, Map<String, Object>> into) {
    into.put(node.get("kind") + "/" + node.get("id"), node);
    ((List<Map<String, Object>>) node.get("children")).forEach(child -> flatten(child, into));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAssessmentStandsBesideTheComputedStatusAndAnonymousReadersSeeApprovedOnesOnly()
      throws Exception {
    Map<String, Object> document;
    try (InputStream in = getClass().getResourceAsStream("/demo/ljusnarsberg-2024.json")) {
      document = new ObjectMapper().readValue(in, Map.class);
    }
    document.put("name", "Nodkopia " + System.nanoTime());
    List<Map<String, Object>> areas = (List<Map<String, Object>>) document.get("focusAreas");
    areas.get(0).put("title", "=2+3 Trygghet");
    long planId = DemoPlanCopy.importDocument(document);
    visibility(planId, true);
    try {
      Map<String, Long> periods = PeriodFixtures.defaultCalendar(planId, 2025);
      Map<String, Object> query = Map.of("planId", planId, "fromYear", 2025, "toYear", 2025);
      Map<String, String> goal =
          BiTables.json(NODES, query).rows().stream()
              .filter(r -> r.get("kind").equals("GOAL"))
              .findFirst()
              .orElseThrow();
      assertNull(goal.get("assessedStatus"));
      Map<String, Object> body = new HashMap<>();
      body.put("nodeKind", "GOAL");
      body.put("nodeId", Long.parseLong(goal.get("nodeId")));
      body.put("status", "NOT_FULFILLED");
      body.put("motivation", "Andelen minskar");
      long assessment =
          given()
              .body(body)
              .post("/api/v1/reporting-periods/{id}/assessments", periods.get("2025-HELAR"))
              .then()
              .log()
              .ifValidationFails()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id");
      Map<String, String> signedIn = node(given().queryParams(query).get(NODES), goal);
      assertEquals("NOT_FULFILLED", signedIn.get("assessedStatus"));
      assertNull(signedIn.get("outlook"), "no outlook at the year's end");
      assertEquals("2025-HELAR", signedIn.get("periodCode"));
      assertEquals(
          Boolean.toString(!goal.get("status").equals("NOT_FULFILLED")),
          signedIn.get("deviatesFromComputed"));
      Map<String, String> draft = node(withoutCredentials().queryParams(query).get(NODES), goal);
      assertNull(draft.get("assessedStatus"), "a draft is not shown to anonymous readers");
      assertNull(draft.get("deviatesFromComputed"));
      for (String step : List.of("submission", "approval")) {
        given()
            .header("If-Match", given().get("/api/v1/assessments/{id}", assessment).header("ETag"))
            .post("/api/v1/assessments/{id}/" + step, assessment)
            .then()
            .statusCode(200);
      }
      Map<String, String> approved = node(withoutCredentials().queryParams(query).get(NODES), goal);
      assertEquals("NOT_FULFILLED", approved.get("assessedStatus"));
      assertFalse(approved.containsKey("recordedBy"));

      // A title a spreadsheet would run as a formula is text in CSV, as it is in JSON.
      BiTables.Csv csv = BiTables.csv(NODES, query);
      Map<String, String> area =
          csv.rows().stream()
              .filter(r -> r.get("kind").equals("FOCUS_AREA") && r.get("code").equals("1"))
              .findFirst()
              .orElseThrow();
      assertEquals("'=2+3 Trygghet", area.get("title"));
      assertTrue(area.get("path").startsWith("'=2+3 Trygghet"), area.get("path"));
      assertTrue(
          BiTables.json(NODES, query).rows().stream()
              .anyMatch(r -> "=2+3 Trygghet".equals(r.get("title"))));
    } finally {
      visibility(planId, false);
    }
  }

  private static Map<String, String> node(
      io.restassured.response.Response response, Map<String, String> like) {
    List<Map<String, Object>> items = response.then().statusCode(200).extract().path("items");
    List<Map<String, String>> found = new ArrayList<>();
    for (Map<String, Object> item : items) {
      if (item.get("kind").equals(like.get("kind"))
          && item.get("nodeId").toString().equals(like.get("nodeId"))) {
        Map<String, String> row = new HashMap<>();
        item.forEach((k, v) -> row.put(k, v == null ? null : v.toString()));
        found.add(row);
      }
    }
    assertEquals(1, found.size());
    return found.get(0);
  }

  @Test
  void aPlanTheCallerMayNotReadIsAnsweredAsOneThatDoesNotExist() {
    long hidden = DemoPlanCopy.create("Dold nodkopia " + System.nanoTime());
    String forHidden =
        withoutCredentials()
            .queryParam("planId", hidden)
            .get(NODES)
            .then()
            .statusCode(404)
            .extract()
            .path("detail");
    String forMissing =
        withoutCredentials()
            .queryParam("planId", 987654321L)
            .get(NODES)
            .then()
            .statusCode(404)
            .extract()
            .path("detail");
    assertEquals(
        forHidden.replace(Long.toString(hidden), "N"), forMissing.replace("987654321", "N"));
    List<Integer> anonymousPlans =
        withoutCredentials()
            .queryParam("limit", 500)
            .get(NODES)
            .then()
            .statusCode(200)
            .extract()
            .path("items.planId");
    assertFalse(anonymousPlans.contains((int) hidden));
    givenInvalid()
        .queryParam("cursor", "bm90LWEtY3Vyc29y")
        .get(NODES)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));
  }

  private static void visibility(long planId, boolean shown) {
    given()
        .header("If-Match", given().get("/api/v1/plans/{id}", planId).header("ETag"))
        .body(Map.of("public", shown))
        .put("/api/v1/plans/{id}/visibility", planId)
        .then()
        .statusCode(200);
  }
}
