package se.styrkort.odata;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.olingo.client.api.ODataClient;
import org.apache.olingo.client.api.communication.request.retrieve.ODataEntitySetRequest;
import org.apache.olingo.client.api.communication.response.ODataRetrieveResponse;
import org.apache.olingo.client.api.domain.ClientEntity;
import org.apache.olingo.client.api.domain.ClientEntitySet;
import org.apache.olingo.client.api.uri.URIBuilder;
import org.apache.olingo.client.core.ODataClientFactory;
import org.apache.olingo.commons.api.edm.Edm;
import org.apache.olingo.commons.api.edm.EdmEntityContainer;
import org.apache.olingo.commons.api.edm.EdmEntityType;
import org.apache.olingo.commons.api.format.ContentType;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;
import se.styrkort.support.Api;

/**
 * Reads the feed with Apache Olingo's OData v4 client, as an independent consumer: the metadata,
 * then every entity set with $filter, $select and $orderby, following @odata.nextLink through pages
 * of ten (the test profile's page size), checked against the REST API's own answers.
 */
@QuarkusTest
class ODataFeedTest {

  @Inject SessionFactory sessions;
  @Inject io.agroal.api.AgroalDataSource dataSource;

  @TestHTTPResource("/odata/v1/")
  URL root;

  private ODataClient client;
  private long demo;

  @BeforeEach
  void connect() {
    client = ODataClientFactory.getClient();
    client.getConfiguration().setDefaultPubFormat(ContentType.JSON);
    demo = DemoPlans.id();
  }

  record Read(List<ClientEntity> entities, int pages, Integer count) {}

  /** Every page of a query, following @odata.nextLink until there is none. */
  private Read readAll(URI first) {
    List<ClientEntity> entities = new ArrayList<>();
    int pages = 0;
    Integer count = null;
    URI next = first;
    while (next != null) {
      ODataEntitySetRequest<ClientEntitySet> request =
          client.getRetrieveRequestFactory().getEntitySetRequest(next);
      request.setFormat(ContentType.JSON);
      Api.authHeaders().forEach(request::addCustomHeader);
      ODataRetrieveResponse<ClientEntitySet> response = request.execute();
      assertEquals(200, response.getStatusCode());
      assertEquals("4.0", response.getHeader("OData-Version").iterator().next());
      ClientEntitySet page = response.getBody();
      if (pages == 0) {
        count = page.getCount();
      }
      entities.addAll(page.getEntities());
      next = page.getNext();
      pages++;
    }
    return new Read(entities, pages, count);
  }

  private URIBuilder set(String name) {
    return client.newURIBuilder(serviceRoot()).appendEntitySetSegment(name);
  }

  private String serviceRoot() {
    String url = root.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static Object value(ClientEntity entity, String property) {
    var found = entity.getProperty(property);
    if (found == null || found.hasNullValue()) {
      return null;
    }
    return found.getPrimitiveValue().toValue();
  }

  private static long number(ClientEntity entity, String property) {
    return ((Number) value(entity, property)).longValue();
  }

  @Test
  void theMetadataDescribesEverySetWithItsKeys() {
    var request = client.getRetrieveRequestFactory().getMetadataRequest(serviceRoot());
    Api.authHeaders().forEach(request::addCustomHeader);
    Edm edm = request.execute().getBody();
    EdmEntityContainer container = edm.getEntityContainer();
    assertEquals(
        List.of(
            "Actions",
            "Evaluations",
            "Facts",
            "Goals",
            "Indicators",
            "MeasurementPoints",
            "NodeFacts",
            "Plans"),
        container.getEntitySets().stream().map(s -> s.getName()).sorted().toList());
    EdmEntityType fact = container.getEntitySet("Facts").getEntityType();
    assertEquals(List.of("pointId", "year"), fact.getKeyPredicateNames());
    assertEquals(
        List.of("actionId"),
        container.getEntitySet("Actions").getEntityType().getKeyPredicateNames());
    assertEquals(
        "Edm.Decimal",
        fact.getStructuralProperty("outcomeValue")
            .getType()
            .getFullQualifiedName()
            .getFullQualifiedNameAsString());
    assertEquals(
        "Edm.Date",
        fact.getStructuralProperty("outcomeAsOf")
            .getType()
            .getFullQualifiedName()
            .getFullQualifiedNameAsString());
    assertEquals(
        List.of("id"), container.getEntitySet("Plans").getEntityType().getKeyPredicateNames());
  }

  @Test
  void factsPageThroughAFilterWithTheirSelectedPropertiesAsTheBiFactsHaveThem() {
    Read read =
        readAll(
            set("Facts")
                .filter(
                    "planId eq "
                        + demo
                        + " and year ge 2024 and targetWritten ne null"
                        + " and not (status eq 'FULFILLED')")
                .select("pointId", "year", "status", "targetWritten")
                .orderBy("pointId,year")
                .build());
    List<Map<String, Object>> bi =
        given()
            .queryParam("planId", demo)
            .queryParam("fromYear", 2024)
            .queryParam("limit", 500)
            .get("/api/v1/bi/facts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    List<String> expected =
        bi.stream()
            .filter(f -> f.get("targetWritten") != null && !"FULFILLED".equals(f.get("status")))
            .map(
                f ->
                    f.get("pointId")
                        + "/"
                        + f.get("year")
                        + "/"
                        + f.get("status")
                        + "/"
                        + f.get("targetWritten"))
            .toList();
    List<String> actual =
        read.entities().stream()
            .map(
                e ->
                    number(e, "pointId")
                        + "/"
                        + number(e, "year")
                        + "/"
                        + value(e, "status")
                        + "/"
                        + value(e, "targetWritten"))
            .toList();
    assertEquals(expected, actual);
    assertTrue(actual.size() > 10, "more than one page: " + actual.size());
    assertEquals((actual.size() + 9) / 10, read.pages());
    assertNull(read.entities().get(0).getProperty("planName"), "only the selected properties");
  }

  @Test
  void topSkipAndCountWorkTogetherWithPaging() {
    Read all = readAll(set("Facts").filter("planId eq " + demo).count(true).build());
    assertEquals(69, all.entities().size());
    assertEquals(69, all.count());
    assertEquals(7, all.pages());
    Read window = readAll(set("Facts").filter("planId eq " + demo).skip(5).top(15).build());
    assertEquals(2, window.pages());
    assertEquals(
        all.entities().subList(5, 20).stream()
            .map(e -> number(e, "pointId") + "/" + number(e, "year"))
            .toList(),
        window.entities().stream()
            .map(e -> number(e, "pointId") + "/" + number(e, "year"))
            .toList());
  }

  @Test
  void plansFilterSelectAndOrder() {
    Read read =
        readAll(
            set("Plans")
                .filter("id eq " + demo + " or (startYear le 2024 and endYear ge 2099)")
                .select("id", "name", "organisationCode", "startYear")
                .orderBy("name desc")
                .build());
    assertEquals(1, read.entities().size());
    ClientEntity plan = read.entities().get(0);
    assertEquals(demo, number(plan, "id"));
    assertEquals(DemoPlans.NAME, value(plan, "name"));
    assertEquals("1864", value(plan, "organisationCode"));
    assertEquals(2024L, number(plan, "startYear"));
  }

  @Test
  void goalsIndicatorsAndPointsOfTheDemoPlanThroughEveryPage() {
    Read goals =
        readAll(
            set("Goals")
                .filter("planId eq " + demo)
                .select("id", "kind", "title", "position")
                .orderBy("position desc,id")
                .build());
    List<Map<String, Object>> listed =
        given()
            .queryParam("limit", 500)
            .get("/api/v1/plans/{id}/goals", demo)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertEquals(listed.size(), goals.entities().size());
    assertEquals(2, goals.pages());
    List<Long> positions = goals.entities().stream().map(e -> number(e, "position")).toList();
    assertEquals(positions.stream().sorted(Comparator.reverseOrder()).toList(), positions);

    Read indicators =
        readAll(
            set("Indicators")
                .filter("planId eq " + demo + " and position ge 0")
                .select("id", "goalId", "title")
                .orderBy("id")
                .build());
    assertEquals(10, indicators.entities().size());
    assertEquals(1, indicators.pages());

    Read points =
        readAll(
            set("MeasurementPoints")
                .filter("planId eq " + demo + " and valueType ne 'BOOLEAN'")
                .select("id", "label", "valueType")
                .orderBy("label")
                .build());
    List<String> labels = points.entities().stream().map(e -> (String) value(e, "label")).toList();
    assertTrue(labels.size() >= 10 && labels.size() <= 23, "points: " + labels.size());
    assertTrue(points.entities().stream().noneMatch(e -> "BOOLEAN".equals(value(e, "valueType"))));
    assertEquals((labels.size() + 9) / 10, points.pages());
  }

  @Test
  void evaluationsAsTheBiTableHasThem() {
    Read read =
        readAll(
            set("Evaluations")
                .filter("planId eq " + demo + " and kind eq 'OUTCOME' and asOf ge 2023-01-01")
                .select("id", "pointId", "year", "value", "state")
                .orderBy("id desc")
                .build());
    List<Map<String, Object>> bi =
        given()
            .queryParam("planId", demo)
            .queryParam("limit", 500)
            .get("/api/v1/bi/evaluations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    List<Long> expected =
        bi.stream()
            .filter(
                e ->
                    "OUTCOME".equals(e.get("kind"))
                        && ((String) e.get("asOf")).compareTo("2023-01-01") >= 0)
            .map(e -> ((Number) e.get("evaluationId")).longValue())
            .sorted(Comparator.reverseOrder())
            .toList();
    assertEquals(expected, read.entities().stream().map(e -> number(e, "id")).toList());
    assertTrue(expected.size() >= 10, "outcomes: " + expected.size());
    assertNotNull(value(read.entities().get(0), "state"));
  }

  @Test
  void theServiceDocumentListsTheSets() {
    given()
        .accept("application/json")
        .get("/odata/v1")
        .then()
        .statusCode(200)
        .header("OData-Version", "4.0")
        .body(
            "value.name",
            equalTo(
                List.of(
                    "Facts",
                    "Plans",
                    "Goals",
                    "Indicators",
                    "MeasurementPoints",
                    "Evaluations",
                    "NodeFacts",
                    "Actions")))
        .body("value[0].url", equalTo("Facts"))
        .body("'@odata.context'", equalTo(root + "$metadata"));
  }

  @Test
  void whatTheFeedDoesNotImplementAnswers501() {
    Map<String, String> unsupported =
        Map.of(
            "$expand", "Plans",
            "$apply", "groupby((status))",
            "$search", "skola",
            "$filter", "substring(pointLabel,1) eq 'skola'");
    unsupported.forEach(
        (option, value) ->
            givenInvalid()
                .queryParam(option, value)
                .get("/odata/v1/Facts")
                .then()
                .statusCode(501)
                .header("OData-Version", "4.0")
                .contentType("application/json")
                .body("error.code", equalTo("NOT_IMPLEMENTED"))
                .body("error.message", startsWith("This OData service does not implement ")));
    givenInvalid()
        .queryParam("$filter", "year add 1 eq 2025")
        .get("/odata/v1/Facts")
        .then()
        .statusCode(501);
    givenInvalid()
        .queryParam("$orderby", "status")
        .get("/odata/v1/Facts")
        .then()
        .statusCode(501)
        .body("error.code", equalTo("NOT_IMPLEMENTED"));
    givenInvalid()
        .get("/odata/v1/Plans(1)/Goals")
        .then()
        .statusCode(501)
        .body("error.code", equalTo("NOT_IMPLEMENTED"));
  }

  @Test
  void malformedQueriesAnswer400() {
    Map<String, String> bad =
        Map.of(
            "year eq", "$filter",
            "nothing eq 1", "$filter",
            "year eq 'tjugo'", "$filter",
            "(year eq 2024", "$filter");
    bad.forEach(
        (filter, field) ->
            givenInvalid()
                .queryParam("$filter", filter)
                .get("/odata/v1/Facts")
                .then()
                .statusCode(400)
                .header("OData-Version", "4.0")
                .body("error.code", equalTo("INVALID_PARAMETER"))
                .body("error.details[0].target", equalTo(field)));
    givenInvalid()
        .queryParam("$top", "-1")
        .get("/odata/v1/Plans")
        .then()
        .statusCode(400)
        .body("error.target", equalTo("$top"));
    givenInvalid()
        .queryParam("$select", "nothing")
        .get("/odata/v1/Plans")
        .then()
        .statusCode(400)
        .body("error.target", equalTo("$select"));
    givenInvalid()
        .queryParam("$orderby", "name sideways")
        .get("/odata/v1/Plans")
        .then()
        .statusCode(400)
        .body("error.target", equalTo("$orderby"));
    givenInvalid()
        .queryParam("$unknown", "1")
        .get("/odata/v1/Plans")
        .then()
        .statusCode(400)
        .body("error.target", equalTo("$unknown"));
    givenInvalid()
        .queryParam("$skiptoken", "x")
        .get("/odata/v1/Plans")
        .then()
        .statusCode(400)
        .body("error.target", equalTo("$skiptoken"));
  }

  @Test
  void aNodeFactsTokenNotIssuedHereIsRefusedBeforeAnyPlanIsComputed() {
    // A page of NodeFacts computes plan-years (seconds of CPU for every plan of a full
    // database, as each page once did): a made-up token costs none of them.
    sessions.getStatistics().clear();
    givenInvalid()
        .queryParam("$skiptoken", "M%C3%A5l")
        .get("/odata/v1/NodeFacts")
        .then()
        .statusCode(400)
        .header("OData-Version", "4.0")
        .body("error.target", equalTo("$skiptoken"));
    assertEquals(0, sessions.getStatistics().getPrepareStatementCount(), "no plan was read");
  }

  @Test
  void filterValuesAreBoundNeverSpliced() {
    Read read = readAll(set("Plans").filter("name eq 'x'' or 1 eq 1 or name eq ''y'").build());
    assertEquals(0, read.entities().size());
    Map<String, Long> byKind =
        readAll(set("Goals").filter("planId eq " + demo + " and parentId eq null").build())
            .entities()
            .stream()
            .collect(Collectors.groupingBy(e -> (String) value(e, "kind"), Collectors.counting()));
    assertEquals(Map.of("FOCUS_AREA", 5L), byKind);
  }

  /** What one request cost: plan-years computed, statements prepared, process CPU. */
  record Cost(io.restassured.path.json.JsonPath page, long planYears, long statements, long cpu) {
    String next() {
      return page.getString("'@odata.nextLink'");
    }

    List<Map<String, Object>> rows() {
      return page.getList("value");
    }
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private long statements() {
    return se.styrkort.common.SqlStatements.total()
        + sessions.getStatistics().getPrepareStatementCount();
  }

  /** A GET sent as written (the $ of options unencoded), and what it cost. */
  private Cost measured(String url) {
    long planYears = se.styrkort.bi.NodeFactsService.planYearsComputed();
    long statements = statements();
    long cpu = processCpu();
    io.restassured.path.json.JsonPath page =
        givenInvalid()
            .urlEncodingEnabled(false)
            .get(url)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Cost cost =
        new Cost(
            page,
            se.styrkort.bi.NodeFactsService.planYearsComputed() - planYears,
            statements() - statements,
            processCpu() - cpu);
    System.out.printf(
        "NodeFacts cost: %d plan-years, %d statements, %d ms CPU for %s%n",
        cost.planYears(), cost.statements(), cost.cpu() / 1_000_000, url);
    return cost;
  }

  private long planYearsInDatabase() throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var result = statement.executeQuery("select sum(end_year - start_year + 1) from plan")) {
      result.next();
      return result.getLong(1);
    }
  }

  /**
   * A page of NodeFacts in the default order (plan, year, kind, node) computes the plan-years it
   * shows, not every plan-year of every plan as it once did for every page (5–6 s of CPU in the
   * suite's database): its token names the plan-year it ended in. A filter that matches little ends
   * a page short once its budget of points is spent, with a link to go on from.
   */
  @Test
  void aPageOfNodeFactsComputesThePlanYearsItShowsNotEveryPlan() throws Exception {
    long large =
        new se.styrkort.support.LargePlan(dataSource)
            .create(se.styrkort.support.LargePlan.LARGE, "NodeFacts 2 250");
    long medium =
        new se.styrkort.support.LargePlan(dataSource)
            .create(
                new se.styrkort.support.LargePlan.Shape(2, 3, 10, 25, 2022, 3), "NodeFacts 1 500");
    long everyPlanYear = planYearsInDatabase();
    assertTrue(everyPlanYear > 6, "plans enough to tell a page from every plan: " + everyPlanYear);
    System.out.printf("NodeFacts cost: every plan-year in the database: %d%n", everyPlanYear);

    Cost first = measured("/odata/v1/NodeFacts");
    assertEquals(10, first.rows().size());
    assertTrue(first.planYears() <= 2, "the first page computed " + first.planYears());
    Cost second = measured(first.next());
    assertTrue(second.planYears() <= 2, "the second page computed " + second.planYears());
    assertNotNull(second.next());
    // Default order: plan, year, kind, node; the second page goes on after the first.
    List<Map<String, Object>> both = new ArrayList<>(first.rows());
    both.addAll(second.rows());
    for (int i = 1; i < both.size(); i++) {
      assertTrue(nodeOrder(both.get(i - 1), both.get(i)) < 0, "in order at " + i);
    }

    // The plan of 2,250 points: a page is one of its years, not all three.
    Cost largeYear = measured("/odata/v1/NodeFacts?$filter=planId%20eq%20" + large);
    assertEquals(1, largeYear.planYears());
    assertEquals(large, ((Number) largeYear.rows().get(0).get("planId")).longValue());

    // Nothing matches: each page spends its budget (2,500 points: a year of 2,250 points and
    // the next begun), then ends empty with a link; the page with the last plan-year has none.
    String nothing =
        "/odata/v1/NodeFacts?$filter=planId%20in%20("
            + large
            + ","
            + medium
            + ")%20and%20title%20eq%20'ingen%20s%C3%A5dan'";
    List<Long> planYears = new ArrayList<>();
    for (String url = nothing; url != null; ) {
      Cost page = measured(url);
      assertEquals(0, page.rows().size());
      planYears.add(page.planYears());
      url = page.next();
    }
    // 2,250 + 2,250 | 2,250 + 1,500 | 1,500 + 1,500 (the last plan-year: no link after it)
    assertEquals(List.of(2L, 2L, 2L), planYears);

    // Ordered otherwise across plans, or counted with a filter on computed properties, it would
    // be every plan-year: refused before any is computed. Within one plan both are answered.
    long before = se.styrkort.bi.NodeFactsService.planYearsComputed();
    givenInvalid()
        .queryParam("$orderby", "status")
        .get("/odata/v1/NodeFacts")
        .then()
        .statusCode(501)
        .header("OData-Version", "4.0")
        .body("error.code", equalTo("NOT_IMPLEMENTED"));
    givenInvalid()
        .queryParam("$count", "true")
        .queryParam("$filter", "status eq 'FULFILLED'")
        .get("/odata/v1/NodeFacts")
        .then()
        .statusCode(501)
        .body("error.code", equalTo("NOT_IMPLEMENTED"));
    assertEquals(before, se.styrkort.bi.NodeFactsService.planYearsComputed());
    givenInvalid()
        .queryParam("$orderby", "status")
        .queryParam("$count", "true")
        .queryParam("$filter", "planId eq " + medium + " and status ne null")
        .get("/odata/v1/NodeFacts")
        .then()
        .statusCode(200)
        .body("'@odata.count'", equalTo(69 * 3));
    // Counted in SQL without a plan computed: nodes times years.
    before = se.styrkort.bi.NodeFactsService.planYearsComputed();
    givenInvalid()
        .queryParam("$count", "true")
        .queryParam("$top", "0")
        .queryParam("$filter", "planId in (" + large + "," + medium + ") and year ge 2023")
        .get("/odata/v1/NodeFacts")
        .then()
        .statusCode(200)
        .body("'@odata.count'", equalTo(103 * 2 + 69 * 2));
    assertEquals(before, se.styrkort.bi.NodeFactsService.planYearsComputed());
  }

  private static int nodeOrder(Map<String, Object> a, Map<String, Object> b) {
    return Comparator.<Map<String, Object>>comparingLong(
            r -> ((Number) r.get("planId")).longValue())
        .thenComparingInt(r -> ((Number) r.get("year")).intValue())
        .thenComparing(r -> (String) r.get("kind"))
        .thenComparingLong(r -> ((Number) r.get("nodeId")).longValue())
        .compare(a, b);
  }

  /**
   * Every page of NodeFacts in the default order holds the rows of the BI node table, each once,
   * with the count of the first page; ordered by planId and another property, each plan's rows in
   * that order, as the one plan read with that order has them.
   */
  @Test
  void nodeFactsPagesHoldTheBiNodeRowsEachOnce() {
    long copy = se.styrkort.support.DemoPlanCopy.create("Nodkopia " + System.nanoTime());
    String both = "planId%20in%20(" + demo + "," + copy + ")";
    List<Map<String, Object>> rows = new ArrayList<>();
    String url = "/odata/v1/NodeFacts?$count=true&$filter=" + both;
    Integer count = null;
    int pages = 0;
    while (url != null) {
      Cost page = measured(url);
      if (count == null) {
        count = page.page().getInt("'@odata.count'");
      } else {
        assertEquals(count, page.page().getInt("'@odata.count'"));
      }
      assertTrue(page.planYears() <= 2, "a page computed " + page.planYears());
      rows.addAll(page.rows());
      url = page.next();
      pages++;
    }
    assertEquals(count.intValue(), rows.size());
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(nodeOrder(rows.get(i - 1), rows.get(i)) < 0, "in order, once, at " + i);
    }
    List<String> bi = new ArrayList<>();
    for (long plan : List.of(demo, copy)) {
      String next = "/api/v1/bi/node-facts?limit=500&planId=" + plan;
      while (next != null) {
        io.restassured.path.json.JsonPath page =
            given().get(next).then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> row : page.<Map<String, Object>>getList("items")) {
          bi.add(row.get("kind") + "/" + row.get("nodeId") + "/" + row.get("year"));
        }
        next = page.getString("next");
      }
    }
    assertEquals(
        bi.stream().sorted().toList(),
        rows.stream()
            .map(r -> r.get("kind") + "/" + r.get("nodeId") + "/" + r.get("year"))
            .sorted()
            .toList());
    assertTrue(pages > 2, "pages: " + pages);

    // By plan, then title descending: a plan at a time.
    List<Map<String, Object>> byTitle = new ArrayList<>();
    url = "/odata/v1/NodeFacts?$orderby=planId,title%20desc&$filter=" + both;
    while (url != null) {
      Cost page = measured(url);
      byTitle.addAll(page.rows());
      url = page.next();
    }
    assertEquals(rows.size(), byTitle.size());
    List<Map<String, Object>> demoByTitle = new ArrayList<>();
    url = "/odata/v1/NodeFacts?$orderby=title%20desc&$filter=planId%20eq%20" + demo;
    while (url != null) {
      Cost page = measured(url);
      demoByTitle.addAll(page.rows());
      url = page.next();
    }
    assertEquals(demoByTitle, byTitle.subList(0, demoByTitle.size()));
  }

  private Map<String, Object> firstOf(String set, String filter) {
    return givenInvalid()
        .queryParam("$filter", filter)
        .queryParam("$top", "1")
        .get("/odata/v1/" + set)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("value[0]");
  }

  private static String encoded(String path) {
    return path.replace("(", "%28").replace(")", "%29").replace("'", "%27").replace("$", "%24");
  }

  /** The status and body of a GET sent exactly as written. */
  private static String answer(String path) {
    io.restassured.response.Response response =
        // Plain REST Assured: the hidden routes (NodeFacts and Actions by key and /$count) are
        // not in the contract its validator checks against.
        io.restassured.RestAssured.given()
            .headers(Api.authHeaders())
            .urlEncodingEnabled(false)
            .accept("*/*")
            .get(path);
    return response.statusCode() + " " + response.asString();
  }

  /**
   * Every set's entity by key and its /$count answer the same whether the parentheses, quotes and $
   * are sent as written or percent-encoded (clients differ in what they encode); $metadata too.
   */
  @Test
  void percentEncodedKeysAndCountsAreTheSameAddresses() {
    long plan = se.styrkort.goal.GoalFixtures.newPlan();
    long area =
        se.styrkort.goal.GoalFixtures.create(
            plan, se.styrkort.goal.GoalFixtures.focusArea("Kodade adresser"));
    long action =
        se.styrkort.action.ActionFixtures.create(
            plan, se.styrkort.action.ActionFixtures.action("ACTIVITY", "Kodad åtgärd", area));
    String ofDemo = "planId eq " + demo;
    Map<String, Object> fact = firstOf("Facts", ofDemo);
    Map<String, Object> node = firstOf("NodeFacts", ofDemo);
    Map<String, String> keys = new java.util.LinkedHashMap<>();
    keys.put("Facts", "(pointId=" + fact.get("pointId") + ",year=" + fact.get("year") + ")");
    keys.put("Plans", "(" + demo + ")");
    keys.put("Goals", "(" + firstOf("Goals", ofDemo).get("id") + ")");
    keys.put("Indicators", "(" + firstOf("Indicators", ofDemo).get("id") + ")");
    keys.put("MeasurementPoints", "(" + firstOf("MeasurementPoints", ofDemo).get("id") + ")");
    keys.put("Evaluations", "(" + firstOf("Evaluations", ofDemo).get("id") + ")");
    keys.put(
        "NodeFacts",
        "(kind='"
            + node.get("kind")
            + "',nodeId="
            + node.get("nodeId")
            + ",year="
            + node.get("year")
            + ")");
    keys.put("Actions", "(" + action + ")");
    assertEquals(
        EntitySets.ALL.stream().map(EntitySet::name).sorted().toList(),
        keys.keySet().stream().sorted().toList(),
        "every set");
    keys.forEach(
        (set, key) -> {
          String path = "/odata/v1/" + set + key;
          String plain = answer(path);
          assertTrue(plain.startsWith("200 "), path + ": " + plain);
          assertEquals(plain, answer(encoded(path)), encoded(path));
          String count =
              "/odata/v1/"
                  + set
                  + "/$count?$filter="
                  + (set.equals("Plans") ? "id" : "planId")
                  + "%20eq%20"
                  + (set.equals("Actions") ? plan : demo);
          String counted = answer(count);
          assertTrue(counted.matches("200 [1-9][0-9]*"), count + ": " + counted);
          assertEquals(counted, answer(count.replace("/$count", "/%24count")), set + "/%24count");
        });
    String metadata = answer("/odata/v1/$metadata");
    assertTrue(metadata.startsWith("200 "));
    assertEquals(metadata, answer("/odata/v1/%24metadata"));
    // What is not implemented stays so, encoded or not.
    assertEquals(
        answer("/odata/v1/Plans(" + demo + ")/Goals"),
        answer("/odata/v1/Plans%28" + demo + "%29/Goals"));
  }
}
