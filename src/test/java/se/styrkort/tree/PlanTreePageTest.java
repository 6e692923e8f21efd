package se.styrkort.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;
import se.styrkort.security.AccessFixture;
import se.styrkort.support.DemoPlanCopy;

/**
 * One call for a page (issue 17, item 3): the tree carries each node's computed fulfilment and each
 * point's judgement of a year (include=fulfilment) under the fulfilment document's names and with
 * its values, the actions per status (include=actions), and a summary cut of each point
 * (detail=summary); the statements stay bounded, and the ETag keeps the variants apart.
 */
@QuarkusTest
class PlanTreePageTest {

  private static final String TREE = "/api/v1/plans/{planId}/tree";
  private static final List<String> NODE_FIELDS =
      List.of(
          "status",
          "statusText",
          "reason",
          "reasonCode",
          "reasonParameters",
          "countedAs",
          "counts",
          "shareFulfilled");
  private static final List<String> POINT_FIELDS =
      List.of(
          "status",
          "statusText",
          "reason",
          "reasonCode",
          "reasonParameters",
          "value",
          "target",
          "progress",
          "trend",
          "trendText");

  @Inject GeneratedPlans generated;
  @Inject SessionFactory sessionFactory;
  @Inject se.styrkort.cache.DocumentCache documents;
  @Inject io.agroal.api.AgroalDataSource dataSource;

  private static JsonPath get(String path, Object id, String query) {
    return given()
        .get(path.replace("{planId}", "{id}") + (query.isEmpty() ? "" : "?" + query), id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A demo plan copy with outcomes that judge points every way, and a forecast before one. */
  private static long judgedDemoCopy() {
    long plan = DemoPlanCopy.create("Flerårsplan (page " + UUID.randomUUID() + ")");
    record(DemoPlanCopy.point(plan, "Förskola"), 2024, "FORECAST", "2024-06-30", 90);
    record(DemoPlanCopy.point(plan, "Förskola"), 2024, "OUTCOME", "2024-12-31", 99.5);
    record(DemoPlanCopy.point(plan, "Matematik"), 2024, "OUTCOME", "2024-12-31", 40);
    record(DemoPlanCopy.point(plan, "Svenska"), 2025, "OUTCOME", "2025-12-31", 95);
    return plan;
  }

  private static void record(long point, int year, String kind, String asOf, double value) {
    given()
        .body(Map.of("year", year, "kind", kind, "asOf", asOf, "value", value))
        .post("/api/v1/measurement-points/{id}/evaluations", point)
        .then()
        .statusCode(201);
  }

  @Test
  void embeddedFulfilmentIsTheFulfilmentDocumentsForEveryNodeOfEveryYear() {
    int compared = 0;
    for (long plan : List.of(DemoPlans.id(), judgedDemoCopy())) {
      JsonPath plain = get(TREE, plan, "");
      for (int year = plain.getInt("startYear"); year <= plain.getInt("endYear"); year++) {
        JsonPath fulfilment = get("/api/v1/plans/{planId}/fulfilment", plan, "year=" + year);
        Map<String, Map<String, Object>> nodes = new HashMap<>();
        Map<Long, Map<String, Object>> points = new HashMap<>();
        index(fulfilment.getMap("node"), nodes, points);
        Map<String, Object> tree = get(TREE, plan, "include=fulfilment&year=" + year).getMap("");

        List<String> seen = new ArrayList<>();
        compareNode("PLAN", tree, nodes, seen, year);
        for (Map<String, Object> area : list(tree, "focusAreas")) {
          compareGoal(area, nodes, points, seen, year);
        }
        assertEquals(nodes.keySet().size(), seen.size(), "every node of " + year + " compared");
        compared += seen.size();
      }
    }
    assertTrue(compared > 100, "nodes compared: " + compared);
  }

  private static void compareGoal(
      Map<String, Object> goal,
      Map<String, Map<String, Object>> nodes,
      Map<Long, Map<String, Object>> points,
      List<String> seen,
      int year) {
    compareNode((String) goal.get("kind"), goal, nodes, seen, year);
    for (Map<String, Object> child : list(goal, "goals")) {
      compareGoal(child, nodes, points, seen, year);
    }
    for (Map<String, Object> indicator : list(goal, "indicators")) {
      compareNode("INDICATOR", indicator, nodes, seen, year);
      for (Map<String, Object> point : list(indicator, "measurementPoints")) {
        Map<String, Object> expected = points.get(((Number) point.get("id")).longValue());
        assertNotNull(expected, "point " + point.get("id") + " in fulfilment");
        Map<String, Object> embedded = map(point, "fulfilment");
        for (String field : POINT_FIELDS) {
          assertEquals(
              expected.get(field), embedded.get(field), field + " of point " + point.get("id"));
        }
      }
    }
  }

  private static void compareNode(
      String kind,
      Map<String, Object> node,
      Map<String, Map<String, Object>> nodes,
      List<String> seen,
      int year) {
    String key = kind + ":" + node.get("id");
    Map<String, Object> expected = nodes.get(key);
    assertNotNull(expected, key + " in fulfilment of " + year);
    Map<String, Object> embedded = map(node, "fulfilment");
    for (String field : NODE_FIELDS) {
      assertEquals(expected.get(field), embedded.get(field), field + " of " + key + " in " + year);
    }
    assertEquals(NODE_FIELDS.size(), embedded.size(), "no field beyond the fulfilment's names");
    seen.add(key);
  }

  private static void index(
      Map<String, Object> node,
      Map<String, Map<String, Object>> nodes,
      Map<Long, Map<String, Object>> points) {
    nodes.put(node.get("kind") + ":" + node.get("id"), node);
    for (Map<String, Object> point : list(node, "measurementPoints")) {
      points.put(((Number) point.get("measurementPointId")).longValue(), point);
    }
    for (Map<String, Object> child : list(node, "children")) {
      index(child, nodes, points);
    }
  }

  @Test
  void actionsPerNodeAreTheFulfilmentsActionCounts() {
    AccessFixture fixture = AccessFixture.create();
    long plan = fixture.planId();
    Map<String, Map<String, Object>> nodes = new HashMap<>();
    index(
        get("/api/v1/plans/{planId}/fulfilment", plan, "year=2024&include=actions").getMap("node"),
        nodes,
        new HashMap<>());
    for (String query :
        List.of("include=actions&year=2024", "include=actions&include=fulfilment&year=2024")) {
      Map<String, Object> tree = get(TREE, plan, query).getMap("");
      assertEquals(nodes.get("PLAN:" + plan).get("actions"), tree.get("actions"), query);
      assertEquals(1, ((Number) map(tree, "actions").get("started")).intValue(), query);
      int goals = 0;
      List<Map<String, Object>> open = new ArrayList<>(list(tree, "focusAreas"));
      while (!open.isEmpty()) {
        Map<String, Object> goal = open.remove(0);
        assertEquals(
            nodes.get(goal.get("kind") + ":" + goal.get("id")).get("actions"),
            goal.get("actions"),
            query + ": goal " + goal.get("id"));
        open.addAll(list(goal, "goals"));
        goals++;
      }
      assertTrue(goals >= 2, "focus area and goal: " + goals);
    }
    assertNull(get(TREE, plan, "year=2024").get("actions"), "not asked for");
    assertNull(get(TREE, plan, "year=2024").get("fulfilment"), "not asked for");
  }

  @Test
  void aSummaryKeepsWhatAPageShowsAndLeavesOutTheRest() throws Exception {
    long plan = judgedDemoCopy();
    JsonPath full = get(TREE, plan, "year=2024");
    JsonPath summary = get(TREE, plan, "year=2024&detail=summary");
    List<Map<String, Object>> fullPoints = points(full.getMap(""));
    List<Map<String, Object>> summaryPoints = points(summary.getMap(""));
    assertEquals(fullPoints.size(), summaryPoints.size());
    int withValue = 0;
    for (int i = 0; i < fullPoints.size(); i++) {
      Map<String, Object> f = fullPoints.get(i);
      Map<String, Object> s = summaryPoints.get(i);
      for (String kept : List.of("id", "label", "group", "unit", "valueType", "baseline")) {
        assertEquals(f.get(kept), s.get(kept), kept);
      }
      List<Map<String, Object>> targets = list(s, "targets");
      assertEquals(
          list(f, "targets").stream()
              .filter(t -> Integer.valueOf(2024).equals(t.get("year")))
              .toList(),
          targets,
          "the year's target of " + f.get("label"));
      List<Map<String, Object>> values = list(f, "evaluations");
      List<Map<String, Object>> kept = list(s, "evaluations");
      if (values.isEmpty()) {
        assertEquals(List.of(), kept);
      } else {
        assertEquals(List.of(values.get(values.size() - 1)), kept, "latest of " + f.get("label"));
        withValue++;
      }
      assertEquals(List.of(), s.get("referenceValues"));
    }
    assertTrue(withValue >= 2, "points with a 2024 value: " + withValue);
    // The demo plan has one target a point; a generated plan has 2024's and 2025's.
    long twoTargets = generated.plan(2, 2).planId();
    for (Map<String, Object> point : points(get(TREE, twoTargets, "year=2024").getMap(""))) {
      assertEquals(2, list(point, "targets").size());
    }
    for (Map<String, Object> point :
        points(get(TREE, twoTargets, "year=2024&detail=summary").getMap(""))) {
      assertEquals(List.of(2024), list(point, "targets").stream().map(t -> t.get("year")).toList());
    }
    // With the judgement embedded, it carries the year's target and the value judged, once.
    List<Map<String, Object>> judged =
        points(get(TREE, plan, "year=2024&detail=summary&include=fulfilment").getMap(""));
    List<Map<String, Object>> alone =
        points(get(TREE, plan, "year=2024&include=fulfilment").getMap(""));
    for (int i = 0; i < judged.size(); i++) {
      assertEquals(List.of(), judged.get(i).get("targets"));
      assertEquals(List.of(), judged.get(i).get("evaluations"));
      assertEquals(alone.get(i).get("fulfilment"), judged.get(i).get("fulfilment"));
      assertEquals(alone.get(i).get("baseline"), judged.get(i).get("baseline"));
    }
    JsonPath forecastThenOutcome = get(TREE, plan, "year=2024&detail=summary");
    Map<String, Object> preschool =
        points(forecastThenOutcome.getMap("")).stream()
            .filter(p -> "Förskola".equals(p.get("label")))
            .findFirst()
            .orElseThrow();
    assertEquals(1, list(preschool, "evaluations").size());
    assertEquals("OUTCOME", list(preschool, "evaluations").get(0).get("kind"));

    // The demo plan's own figures for the report: bytes, plain and gzip.
    long demo = DemoPlans.id();
    for (String query :
        List.of(
            "",
            "year=2024",
            "year=2024&include=fulfilment",
            "year=2024&include=fulfilment&detail=summary")) {
      byte[] body =
          given()
              .get(TREE.replace("{planId}", "{id}") + (query.isEmpty() ? "" : "?" + query), demo)
              .asByteArray();
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
        gzip.write(body);
      }
      byte[] fulfilment =
          given().get("/api/v1/plans/{id}/fulfilment?year=2024", demo).asByteArray();
      System.out.printf(
          "[styrkort] demo tree?%s: %d bytes, %d gzip (fulfilment?year=2024: %d)%n",
          query, body.length, zipped.size(), fulfilment.length);
    }
    assertTrue(
        given()
                .get(
                    TREE.replace("{planId}", "{id}")
                        + "?year=2024&include=fulfilment&detail=summary",
                    demo)
                .asByteArray()
                .length
            < given()
                .get(TREE.replace("{planId}", "{id}") + "?year=2024&include=fulfilment", demo)
                .asByteArray()
                .length,
        "the summary is smaller");
  }

  /**
   * On a plan of 2,250 points with a target and two values a year and point, the one call of a page
   * (tree with fulfilment, summary) is smaller than the two it replaces (tree and fulfilment of the
   * year), plain and gzip.
   */
  @Test
  void onALargePlanTheOneCallIsSmallerThanTheTwo() throws Exception {
    long large =
        new se.styrkort.support.LargePlan(dataSource)
            .create(se.styrkort.support.LargePlan.LARGE, "Page bytes");
    Map<String, int[]> sizes = new java.util.LinkedHashMap<>();
    for (String path :
        List.of(
            "/api/v1/plans/{id}/tree",
            "/api/v1/plans/{id}/tree?year=2023",
            "/api/v1/plans/{id}/fulfilment?year=2023",
            "/api/v1/plans/{id}/tree?year=2023&include=fulfilment",
            "/api/v1/plans/{id}/tree?year=2023&include=fulfilment&detail=summary")) {
      byte[] body = given().get(path, large).then().statusCode(200).extract().asByteArray();
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
        gzip.write(body);
      }
      sizes.put(path, new int[] {body.length, zipped.size()});
      System.out.printf(
          "[styrkort] 2,250 points: %s: %d bytes, %d gzip%n", path, body.length, zipped.size());
    }
    int[] tree = sizes.get("/api/v1/plans/{id}/tree?year=2023");
    int[] fulfilment = sizes.get("/api/v1/plans/{id}/fulfilment?year=2023");
    int[] one = sizes.get("/api/v1/plans/{id}/tree?year=2023&include=fulfilment&detail=summary");
    int[] full = sizes.get("/api/v1/plans/{id}/tree?year=2023&include=fulfilment");
    assertTrue(one[0] < full[0] && one[1] < full[1], "summary smaller than full");
    assertTrue(one[0] < tree[0] + fulfilment[0], "plain: one call smaller than the two");
    assertTrue(one[1] < tree[1] + fulfilment[1], "gzip: one call smaller than the two");
  }

  @Test
  void whatNeedsAYearIsRefusedWithoutOne() {
    long plan = DemoPlans.id();
    for (String query : List.of("include=fulfilment", "include=actions", "detail=summary")) {
      given()
          .get(TREE.replace("{planId}", "{id}") + "?" + query, plan)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("code", org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"))
          .body("errors.field", org.hamcrest.Matchers.contains("year"));
    }
    given()
        .get(TREE.replace("{planId}", "{id}") + "?include=fulfilment&year=2031", plan)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("year"));
  }

  @Test
  void theETagKeepsTheVariantsApartAndFollowsTheValues() {
    long plan = judgedDemoCopy();
    List<String> queries =
        List.of(
            "year=2024",
            "year=2024&include=fulfilment",
            "year=2024&include=actions",
            "year=2024&detail=summary",
            "year=2024&include=fulfilment&detail=summary");
    List<String> tags = new ArrayList<>();
    for (String query : queries) {
      String tag = etag(plan, query);
      assertFalse(tags.contains(tag), query + " has an ETag of its own");
      tags.add(tag);
      given()
          .header("If-None-Match", tag)
          .get(TREE.replace("{planId}", "{id}") + "?" + query, plan)
          .then()
          .statusCode(304);
    }
    String before = etag(plan, queries.get(4));
    String statusBefore = status(plan, "Svenska");
    record(DemoPlanCopy.point(plan, "Svenska"), 2024, "OUTCOME", "2024-12-31", 100);
    assertNotEquals(before, etag(plan, queries.get(4)));
    assertNotEquals(statusBefore, status(plan, "Svenska"), "the new value is judged");
  }

  private static String status(long plan, String label) {
    return (String)
        map(
                points(get(TREE, plan, "year=2024&include=fulfilment&detail=summary").getMap(""))
                    .stream()
                    .filter(p -> label.equals(p.get("label")))
                    .findFirst()
                    .orElseThrow(),
                "fulfilment")
            .get("status");
  }

  private static String etag(long plan, String query) {
    return given()
        .get(TREE.replace("{planId}", "{id}") + "?" + query, plan)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** The statements of the tree with everything embedded do not grow with the plan. */
  @Test
  void embeddingEverythingDoesNotGrowWithThePlan() {
    long small = DemoPlans.id();
    long large = generated.plan(40, 5).planId();
    String query = "?year=2024&include=fulfilment&include=actions&detail=summary";
    long forSmall = statements(small, query);
    long forLarge = statements(large, query);
    assertEquals(forSmall, forLarge, "statements for the demo plan and for 200 points");
    // The tree's five, the fulfilment's at most six, the actions' two.
    assertTrue(forLarge <= 13, "statements: " + forLarge);
    System.out.println("[styrkort] tree with fulfilment and actions: " + forLarge + " statements");
  }

  private long statements(long planId, String query) {
    documents.clear();
    sessionFactory.getStatistics().clear();
    given().get(TREE.replace("{planId}", "{id}") + query, planId).then().statusCode(200);
    return sessionFactory.getStatistics().getPrepareStatementCount();
  }

  static List<Map<String, Object>> points(Map<String, Object> tree) {
    List<Map<String, Object>> points = new ArrayList<>();
    List<Map<String, Object>> open = new ArrayList<>(list(tree, "focusAreas"));
    while (!open.isEmpty()) {
      Map<String, Object> goal = open.remove(0);
      for (Map<String, Object> indicator : list(goal, "indicators")) {
        points.addAll(list(indicator, "measurementPoints"));
      }
      open.addAll(0, list(goal, "goals"));
    }
    return points;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> node, String field) {
    Object value = node.get(field);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> node, String field) {
    Object value = node.get(field);
    assertNotNull(value, field + " of " + node.get("id"));
    return (Map<String, Object>) value;
  }
}
