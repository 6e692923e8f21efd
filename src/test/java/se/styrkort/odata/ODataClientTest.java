package se.styrkort.odata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.olingo.client.api.ODataClient;
import org.apache.olingo.client.api.communication.ODataClientErrorException;
import org.apache.olingo.client.api.communication.ODataServerErrorException;
import org.apache.olingo.client.api.domain.ClientEntity;
import org.apache.olingo.client.api.domain.ClientEntitySet;
import org.apache.olingo.client.api.uri.URIBuilder;
import org.apache.olingo.client.core.ODataClientFactory;
import org.apache.olingo.commons.api.edm.Edm;
import org.apache.olingo.commons.api.edm.EdmEntityType;
import org.apache.olingo.commons.api.edm.EdmNavigationProperty;
import org.apache.olingo.commons.api.format.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;
import se.styrkort.support.Api;

/**
 * Power Query's folded steps as an independent OData client (Apache Olingo) sends them: every set
 * read through pages of ten with $count, the string and date functions, in, ordering on any
 * property, /$count, key lookup, the relationships in $metadata, and exact string comparison. Each
 * answer is checked against the same set read whole and filtered here, in Java.
 */
@QuarkusTest
class ODataClientTest {

  private static final List<String> SETS =
      List.of(
          "Facts", "Plans", "Goals", "Indicators", "MeasurementPoints", "Evaluations", "NodeFacts");

  @TestHTTPResource("/odata/v1")
  URL root;

  private ODataClient client;
  private long demo;

  @BeforeEach
  void connect() {
    client = ODataClientFactory.getClient();
    client.getConfiguration().setDefaultPubFormat(ContentType.JSON);
    demo = DemoPlans.id();
  }

  private URIBuilder goalsWhere(String filter) {
    return set("Goals").filter("planId eq " + demo + " and (" + filter + ")");
  }

  private URIBuilder evaluationsWhere(String filter) {
    return set("Evaluations").filter("planId eq " + demo + " and (" + filter + ")");
  }

  /** The set, or the demo plan's part of it: other tests add plans to the same database. */
  private URIBuilder demoPart(String name) {
    return name.equals("Plans") ? set(name) : set(name).filter("planId eq " + demo);
  }

  private URIBuilder set(String name) {
    return client.newURIBuilder(root.toString()).appendEntitySetSegment(name);
  }

  /** Every page of a read; the count of the first page and that it never changes. */
  private List<Map<String, Object>> readAll(URI first, Integer[] count) {
    List<Map<String, Object>> rows = new ArrayList<>();
    URI next = first;
    int pages = 0;
    while (next != null) {
      var request = client.getRetrieveRequestFactory().getEntitySetRequest(next);
      request.setFormat(ContentType.JSON);
      Api.authHeaders().forEach(request::addCustomHeader);
      ClientEntitySet page = request.execute().getBody();
      if (count != null) {
        if (pages == 0) {
          count[0] = page.getCount();
        } else {
          assertEquals(count[0], page.getCount(), "the count of page " + pages);
        }
      }
      page.getEntities().forEach(e -> rows.add(values(e)));
      next = page.getNext();
      pages++;
      assertTrue(pages < 1_000, "paging ends");
    }
    return rows;
  }

  private List<Map<String, Object>> readAll(URI first) {
    return readAll(first, null);
  }

  private static Map<String, Object> values(ClientEntity entity) {
    Map<String, Object> values = new LinkedHashMap<>();
    entity
        .getProperties()
        .forEach(
            p ->
                values.put(p.getName(), p.hasNullValue() ? null : p.getPrimitiveValue().toValue()));
    return values;
  }

  private static Object key(Map<String, Object> row) {
    if (row.containsKey("actionId")) {
      return row.get("actionId");
    }
    if (row.containsKey("nodeId")) {
      return row.get("kind") + "/" + row.get("nodeId") + "/" + row.get("year");
    }
    return row.containsKey("id") ? row.get("id") : row.get("pointId") + "/" + row.get("year");
  }

  private void sameRows(
      List<Map<String, Object>> all, Predicate<Map<String, Object>> keep, URI query) {
    List<Object> expected =
        all.stream()
            .filter(keep)
            .map(ODataClientTest::key)
            .sorted(Comparator.comparing(Object::toString))
            .toList();
    List<Object> actual =
        readAll(query).stream()
            .map(ODataClientTest::key)
            .sorted(Comparator.comparing(Object::toString))
            .toList();
    assertEquals(expected, actual, query.toString());
    assertFalse(
        expected.isEmpty() && !query.toString().contains("NOTHING"),
        "a query that finds something: " + query);
  }

  @Test
  void everySetReadsThroughEveryPageWithItsCountOnEveryPage() {
    for (String name : SETS) {
      Integer[] count = {null};
      List<Map<String, Object>> rows = readAll(demoPart(name).count(true).build(), count);
      assertEquals(rows.size(), count[0].intValue(), name);
      Set<Object> keys = new HashSet<>();
      rows.forEach(row -> assertTrue(keys.add(key(row)), name + " repeats " + key(row)));
      var request =
          client
              .getRetrieveRequestFactory()
              .getValueRequest(demoPart(name).appendCountSegment().build());
      Api.authHeaders().forEach(request::addCustomHeader);
      assertEquals(
          Integer.toString(rows.size()), request.execute().getBody().toString(), name + "/$count");
    }
  }

  @Test
  void stringFunctionsInAndExactComparisonFoldAsPowerQueryWritesThem() {
    List<Map<String, Object>> goals = readAll(goalsWhere("planId eq " + demo).build());
    String title =
        goals.stream()
            .filter(g -> Objects.equals(((Number) g.get("planId")).longValue(), demo))
            .map(g -> (String) g.get("title"))
            .filter(t -> t.length() > 6)
            .findFirst()
            .orElseThrow();
    String middle = title.substring(2, 6);
    String quoted = "'" + title.replace("'", "''") + "'";
    sameRows(
        goals,
        g -> ((String) g.get("title")).contains(middle),
        goalsWhere("contains(title,'" + middle.replace("'", "''") + "')").build());
    sameRows(
        goals,
        g -> ((String) g.get("title")).startsWith(title.substring(0, 4)),
        goalsWhere("startswith(title,'" + title.substring(0, 4).replace("'", "''") + "')").build());
    sameRows(
        goals,
        g -> ((String) g.get("title")).endsWith(title.substring(title.length() - 4)),
        goalsWhere(
                "endswith(title,'" + title.substring(title.length() - 4).replace("'", "''") + "')")
            .build());
    String lower = title.toLowerCase(Locale.ROOT);
    sameRows(
        goals,
        g -> ((String) g.get("title")).toLowerCase(Locale.ROOT).equals(lower),
        goalsWhere("tolower(title) eq '" + lower.replace("'", "''") + "'").build());
    sameRows(
        goals,
        g ->
            ((String) g.get("title"))
                .toUpperCase(Locale.ROOT)
                .contains(middle.toUpperCase(Locale.ROOT)),
        goalsWhere(
                "contains(toupper(title),'"
                    + middle.toUpperCase(Locale.ROOT).replace("'", "''")
                    + "')")
            .build());
    sameRows(
        goals,
        g -> List.of("GOAL", "NOTHING").contains(g.get("kind")),
        goalsWhere("kind in ('GOAL','NOTHING')").build());
    // eq is exact: the database's collation ignores case and trailing spaces, OData does not.
    assertEquals(
        1,
        readAll(goalsWhere("title eq " + quoted).build()).stream()
            .filter(g -> g.get("title").equals(title))
            .count());
    assertEquals(
        0,
        readAll(
                goalsWhere("title eq '" + title.toUpperCase(Locale.ROOT).replace("'", "''") + "'")
                    .build())
            .size());
    assertEquals(
        0, readAll(goalsWhere("title eq '" + title.replace("'", "''") + " '").build()).size());
    List<Map<String, Object>> plans = readAll(set("Plans").build());
    String plan = (String) plans.get(0).get("name");
    assertEquals(
        0,
        readAll(
                set("Plans")
                    .filter("name eq '" + plan.toUpperCase(Locale.ROOT).replace("'", "''") + "'")
                    .build())
            .size());
    // The computed Facts agree with the database-backed sets.
    List<Map<String, Object>> facts =
        readAll(set("Facts").filter("planId eq " + demo + " and year eq 2025").build());
    String label = (String) facts.get(0).get("pointLabel");
    sameRows(
        facts,
        f -> f.get("pointLabel").equals(label),
        set("Facts")
            .filter(
                "planId eq "
                    + demo
                    + " and year eq 2025 and pointLabel eq '"
                    + label.replace("'", "''")
                    + "'")
            .build());
    assertEquals(
        0,
        readAll(
                set("Facts")
                    .filter(
                        "planId eq "
                            + demo
                            + " and pointLabel eq '"
                            + label.toUpperCase(Locale.ROOT).replace("'", "''")
                            + "'")
                    .build())
            .size());
    sameRows(
        facts,
        f -> ((String) f.get("pointLabel")).contains(label.substring(1, 4)),
        set("Facts")
            .filter(
                "planId eq "
                    + demo
                    + " and year eq 2025 and contains(pointLabel,'"
                    + label.substring(1, 4).replace("'", "''")
                    + "')")
            .build());
  }

  @Test
  void dateFunctionsFoldOnDatesAndDateTimes() {
    List<Map<String, Object>> evaluations = readAll(evaluationsWhere("planId eq " + demo).build());
    LocalDate asOf = toDate(evaluations.get(0).get("asOf"));
    sameRows(
        evaluations,
        e -> toDate(e.get("asOf")).getYear() == asOf.getYear(),
        evaluationsWhere("year(asOf) eq " + asOf.getYear()).build());
    sameRows(
        evaluations,
        e ->
            toDate(e.get("asOf")).getMonthValue() == asOf.getMonthValue()
                && toDate(e.get("asOf")).getDayOfMonth() == asOf.getDayOfMonth(),
        evaluationsWhere(
                "month(asOf) eq "
                    + asOf.getMonthValue()
                    + " and day(asOf) eq "
                    + asOf.getDayOfMonth())
            .build());
    List<Map<String, Object>> plans = readAll(set("Plans").build());
    sameRows(plans, p -> true, set("Plans").filter("year(createdAt) ge 2000").build());
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof java.util.Calendar calendar) {
      return LocalDate.of(
          calendar.get(java.util.Calendar.YEAR),
          calendar.get(java.util.Calendar.MONTH) + 1,
          calendar.get(java.util.Calendar.DAY_OF_MONTH));
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.util.Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  @Test
  void everyPropertyOrdersEverySetAcrossPages() {
    for (String name :
        List.of("Plans", "Goals", "Indicators", "MeasurementPoints", "Evaluations", "NodeFacts")) {
      List<Map<String, Object>> all = readAll(demoPart(name).build());
      EdmEntityType type = metadata().getEntityContainer().getEntitySet(name).getEntityType();
      for (String property : type.getPropertyNames()) {
        for (boolean descending : new boolean[] {false, true}) {
          List<Map<String, Object>> ordered =
              readAll(demoPart(name).orderBy(property + (descending ? " desc" : "")).build());
          assertEquals(all.size(), ordered.size(), name + " by " + property);
          Set<Object> keys = new HashSet<>();
          ordered.forEach(r -> assertTrue(keys.add(key(r)), name + " by " + property + " repeats"));
          for (int i = 1; i < ordered.size(); i++) {
            Object a = ordered.get(i - 1).get(property);
            Object b = ordered.get(i).get(property);
            if (a instanceof Number x && b instanceof Number y) {
              int c = Double.compare(x.doubleValue(), y.doubleValue());
              assertTrue(
                  descending ? c >= 0 : c <= 0, name + " by " + property + ": " + a + ", " + b);
            }
            if (descending && a == null) {
              assertTrue(b == null, name + " by " + property + " desc puts nulls last");
            }
          }
        }
      }
    }
    // Facts: their natural order everywhere, any order within one plan.
    List<Map<String, Object>> facts =
        readAll(set("Facts").filter("planId eq " + demo).orderBy("pointLabel,year desc").build());
    assertEquals(readAll(set("Facts").filter("planId eq " + demo).build()).size(), facts.size());
    for (int i = 1; i < facts.size(); i++) {
      int c =
          ((String) facts.get(i - 1).get("pointLabel"))
              .compareTo((String) facts.get(i).get("pointLabel"));
      assertTrue(
          c < 0
              || (c == 0
                  && ((Number) facts.get(i - 1).get("year")).intValue()
                      >= ((Number) facts.get(i).get("year")).intValue()),
          "Facts by pointLabel, year desc");
    }
  }

  private Edm metadata() {
    var request = client.getRetrieveRequestFactory().getMetadataRequest(root.toString());
    Api.authHeaders().forEach(request::addCustomHeader);
    return request.execute().getBody();
  }

  @Test
  void keyLookupReadsOneEntityAndAMissingKeyIsAnODataError() {
    Map<String, Object> plan = readAll(set("Plans").build()).get(0);
    var request =
        client
            .getRetrieveRequestFactory()
            .getEntityRequest(set("Plans").appendKeySegment(plan.get("id")).build());
    request.setFormat(ContentType.JSON);
    Api.authHeaders().forEach(request::addCustomHeader);
    assertEquals(plan, values(request.execute().getBody()));
    Map<String, Object> fact =
        readAll(set("Facts").filter("planId eq " + demo).top(1).build()).get(0);
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("pointId", fact.get("pointId"));
    key.put("year", fact.get("year"));
    var factRequest =
        client
            .getRetrieveRequestFactory()
            .getEntityRequest(set("Facts").appendKeySegment(key).build());
    factRequest.setFormat(ContentType.JSON);
    Api.authHeaders().forEach(factRequest::addCustomHeader);
    assertEquals(fact, values(factRequest.execute().getBody()));
    var missing =
        client
            .getRetrieveRequestFactory()
            .getEntityRequest(set("Plans").appendKeySegment(987654321L).build());
    missing.setFormat(ContentType.JSON);
    Api.authHeaders().forEach(missing::addCustomHeader);
    ODataClientErrorException e = assertThrows(ODataClientErrorException.class, missing::execute);
    assertEquals(404, e.getStatusLine().getStatusCode());
    assertEquals("NOT_FOUND", e.getODataError().getCode());
  }

  private Map<String, Object> byKey(String name, Map<String, Object> row) {
    URIBuilder uri = set(name);
    if (name.equals("NodeFacts")) {
      Map<String, Object> key = new LinkedHashMap<>();
      key.put("kind", row.get("kind"));
      key.put("nodeId", row.get("nodeId"));
      key.put("year", row.get("year"));
      uri.appendKeySegment(key);
    } else if (name.equals("Facts")) {
      Map<String, Object> key = new LinkedHashMap<>();
      key.put("pointId", row.get("pointId"));
      key.put("year", row.get("year"));
      uri.appendKeySegment(key);
    } else if (name.equals("Actions")) {
      uri.appendKeySegment(row.get("actionId"));
    } else {
      uri.appendKeySegment(row.get("id"));
    }
    var request = client.getRetrieveRequestFactory().getEntityRequest(uri.build());
    request.setFormat(ContentType.JSON);
    Api.authHeaders().forEach(request::addCustomHeader);
    return values(request.execute().getBody());
  }

  /**
   * With two plans whose focus areas sit at the same positions, every set's entity is the same read
   * by its key, read with its plan, and read in a set of both plans (one chunk of Facts then holds
   * both plans; their focus areas were once numbered together, so codes depended on the read).
   */
  @Test
  void everySetsKeyLookupIsTheEntityOfTheSetRead() {
    long copy = se.styrkort.support.DemoPlanCopy.create("Nyckelkopia " + System.nanoTime());
    for (String name : SETS) {
      String both = "planId in (" + demo + "," + copy + ")";
      Map<Object, Map<String, Object>> together = new LinkedHashMap<>();
      readAll(
              set(name)
                  .filter(name.equals("Plans") ? "id in (" + demo + "," + copy + ")" : both)
                  .build())
          .forEach(row -> together.put(key(row), row));
      int alone = 0;
      for (long plan : List.of(demo, copy)) {
        List<Map<String, Object>> own =
            readAll(
                set(name).filter((name.equals("Plans") ? "id eq " : "planId eq ") + plan).build());
        assertFalse(own.isEmpty(), name + " of plan " + plan);
        alone += own.size();
        for (Map<String, Object> row : own) {
          assertEquals(row, together.get(key(row)), name + " " + key(row) + " read with both");
        }
        for (Map<String, Object> row :
            List.of(own.get(0), own.get(own.size() / 2), own.get(own.size() - 1))) {
          assertEquals(row, byKey(name, row), name + " " + key(row) + " by key");
        }
      }
      assertEquals(alone, together.size(), name);
    }
  }

  /**
   * Actions (issue 20), read as Power Query reads them: a plan's set with its count, filtered on
   * the latest status, ordered by any property, and each entity by its key equal to its row of the
   * set.
   */
  @Test
  void actionsReadByPagesFilterOrderAndKeyAsTheOtherSets() {
    long plan = se.styrkort.goal.GoalFixtures.newPlan();
    long area =
        se.styrkort.goal.GoalFixtures.create(
            plan, se.styrkort.goal.GoalFixtures.focusArea("Kunskap"));
    long period = se.styrkort.period.PeriodFixtures.defaultCalendar(plan, 2024).get("2024-DELAR");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      long action =
          se.styrkort.action.ActionFixtures.create(
              plan,
              se.styrkort.action.ActionFixtures.action(
                  i % 3 == 0 ? "ASSIGNMENT" : "ACTIVITY", "Åtgärd " + i, area));
      if (i % 2 == 0) {
        se.styrkort.action.ActionFixtures.report(
            action, period, i % 4 == 0 ? "STARTED" : "DELAYED");
      }
      ids.add(action);
    }
    Integer[] count = {null};
    List<Map<String, Object>> all =
        readAll(set("Actions").filter("planId eq " + plan).count(true).build(), count);
    assertEquals(12, all.size());
    assertEquals(12, count[0]);
    assertEquals(ids, all.stream().map(r -> ((Number) r.get("actionId")).longValue()).toList());
    assertEquals(String.valueOf(area), all.get(0).get("goalIds"));
    sameRows(
        all,
        r -> "DELAYED".equals(r.get("latestStatus")),
        set("Actions").filter("planId eq " + plan + " and latestStatus eq 'DELAYED'").build());
    sameRows(
        all,
        r -> r.get("latestStatus") == null,
        set("Actions").filter("planId eq " + plan + " and latestStatus eq null").build());
    List<Map<String, Object>> byTitle =
        readAll(set("Actions").filter("planId eq " + plan).orderBy("title desc").build());
    assertEquals(12, byTitle.size());
    assertEquals("Åtgärd 9", byTitle.get(0).get("title"));
    for (Map<String, Object> row : List.of(all.get(0), all.get(5), all.get(11))) {
      assertEquals(row, byKey("Actions", row), "Actions(" + row.get("actionId") + ") by key");
    }
  }

  @Test
  void theRelationshipsAreDeclaredAndExpandIsDeclaredUnsupported() {
    Edm edm = metadata();
    EdmEntityType fact = edm.getEntityContainer().getEntitySet("Facts").getEntityType();
    EdmNavigationProperty point = fact.getNavigationProperty("MeasurementPoint");
    assertEquals("MeasurementPoint", point.getType().getName());
    assertEquals("pointId", point.getReferentialConstraints().get(0).getPropertyName());
    assertEquals("id", point.getReferentialConstraints().get(0).getReferencedPropertyName());
    for (String[] link :
        new String[][] {
          {"MeasurementPoints", "Indicator", "Indicator"},
          {"Indicators", "Goal", "Goal"},
          {"Goals", "Plan", "Plan"},
          {"Goals", "Parent", "Goal"},
          {"Evaluations", "MeasurementPoint", "MeasurementPoint"},
          {"NodeFacts", "Plan", "Plan"}
        }) {
      EdmEntityType type = edm.getEntityContainer().getEntitySet(link[0]).getEntityType();
      assertEquals(link[2], type.getNavigationProperty(link[1]).getType().getName(), link[1]);
    }
    assertEquals(
        24,
        edm.getEntityContainer()
            .getEntitySet("Evaluations")
            .getEntityType()
            .getStructuralProperty("value")
            .getPrecision());
    var expand =
        client
            .getRetrieveRequestFactory()
            .getEntitySetRequest(set("Facts").expand("MeasurementPoint").build());
    expand.setFormat(ContentType.JSON);
    Api.authHeaders().forEach(expand::addCustomHeader);
    ODataServerErrorException e = assertThrows(ODataServerErrorException.class, expand::execute);
    assertTrue(e.getMessage().contains("501"), e.getMessage());
  }
}
