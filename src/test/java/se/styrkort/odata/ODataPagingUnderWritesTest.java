package se.styrkort.odata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.olingo.client.api.ODataClient;
import org.apache.olingo.client.api.domain.ClientEntitySet;
import org.apache.olingo.client.core.ODataClientFactory;
import org.apache.olingo.commons.api.format.ContentType;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.support.Api;
import se.styrkort.support.DemoPlanCopy;

/**
 * A scheduled refresh pages through a set while others write: values are created, corrected and
 * deleted, goals created and deleted. (A correction that moves an entity's own order key across the
 * page boundary may show it twice or not at all, as in any keyset read; the orders here are on keys
 * the corrections leave alone.) Every entity that exists from before the read to after it must be
 * read exactly once, in every order, and none may be read twice (issue 16, item 6). Pages are ten
 * entities (the test profile's page size), so one read spans many writes.
 */
@QuarkusTest
class ODataPagingUnderWritesTest {

  @TestHTTPResource("/odata/v1")
  URL root;

  private final ODataClient client = ODataClientFactory.getClient();

  private List<Long> readIds(URI first) throws InterruptedException {
    List<Long> ids = new ArrayList<>();
    URI next = first;
    while (next != null) {
      var request = client.getRetrieveRequestFactory().getEntitySetRequest(next);
      request.setFormat(ContentType.JSON);
      Api.authHeaders().forEach(request::addCustomHeader);
      ClientEntitySet page = request.execute().getBody();
      page.getEntities()
          .forEach(
              e ->
                  ids.add(
                      ((Number) e.getProperty("id").getPrimitiveValue().toValue()).longValue()));
      next = page.getNext();
      Thread.sleep(20); // lets the writers in between pages
    }
    return ids;
  }

  private Set<Long> ids(String set, long plan) throws InterruptedException {
    return new HashSet<>(
        readIds(
            client
                .newURIBuilder(root.toString())
                .appendEntitySetSegment(set)
                .filter("planId eq " + plan)
                .build()));
  }

  @Test
  void noEntityIsSkippedOrRepeatedWhileOthersWrite() throws Exception {
    long plan = DemoPlanCopy.create("Sidvis läsning under skrivning");
    long point =
        DemoPlanCopy.point(
            plan, DemoPlanCopy.facts(plan, 2024).get(0).get("pointLabel").toString());
    // Enough values for several pages, spread over dates, kinds and values.
    for (int i = 0; i < 30; i++) {
      record(point, i);
    }
    Set<Long> stableEvaluations = ids("Evaluations", plan);
    // The copy is adopted, so its tree is frozen: goals change in a draft plan of their own.
    long draft = GoalFixtures.newPlan();
    for (int i = 0; i < 25; i++) {
      given()
          .body(Map.of("kind", "FOCUS_AREA", "title", (char) ('Z' - i) + " område " + i))
          .post("/api/v1/plans/{planId}/goals", draft)
          .then()
          .statusCode(201);
    }
    Set<Long> stableGoals = ids("Goals", draft);
    long area =
        given()
            .body(Map.of("kind", "FOCUS_AREA", "title", "Tillfälligt område"))
            .post("/api/v1/plans/{planId}/goals", draft)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    AtomicBoolean reading = new AtomicBoolean(true);
    Set<Long> churned = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<Integer> values =
        pool.submit(
            () -> {
              int writes = 0;
              for (int i = 100; reading.get(); i++) {
                long created = record(point, i);
                churned.add(created);
                Map<String, Object> body = value(i);
                body.put("value", 50 + i % 50); // a correction within the point's 0–100
                given()
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .put("/api/v1/evaluations/{id}", created)
                    .then()
                    .statusCode(200);
                if (i % 2 == 0) {
                  given()
                      .header("If-Match", "\"1\"")
                      .delete("/api/v1/evaluations/{id}", created)
                      .then()
                      .statusCode(204);
                }
                writes += 3;
              }
              return writes;
            });
    Future<Integer> goals =
        pool.submit(
            () -> {
              int writes = 0;
              for (int i = 0; reading.get(); i++) {
                Map<String, Object> body = new HashMap<>();
                body.put("kind", "GOAL");
                body.put("parentId", area);
                body.put("title", (char) ('A' + i % 26) + " mål " + i);
                long goal =
                    given()
                        .body(body)
                        .post("/api/v1/plans/{planId}/goals", draft)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
                churned.add(goal);
                given()
                    .header("If-Match", "\"0\"")
                    .delete("/api/v1/goals/{id}", goal)
                    .then()
                    .statusCode(204);
                writes += 2;
              }
              return writes;
            });
    try {
      for (String order :
          new String[] {null, "asOf desc", "year desc,kind", "note desc", "state,asOf"}) {
        check("Evaluations", plan, order, stableEvaluations);
      }
      for (String order :
          new String[] {null, "title", "title desc", "kind,position desc", "parentId"}) {
        check("Goals", draft, order, stableGoals);
      }
    } finally {
      reading.set(false);
    }
    assertTrue(values.get() > 0 && goals.get() > 0, "writes happened during the reads");
    pool.shutdown();
  }

  private void check(String set, long plan, String order, Set<Long> stable) throws Exception {
    var builder =
        client
            .newURIBuilder(root.toString())
            .appendEntitySetSegment(set)
            .filter("planId eq " + plan);
    if (order != null) {
      builder.orderBy(order);
    }
    List<Long> read = readIds(builder.build());
    Set<Long> seen = new HashSet<>();
    List<Long> repeated = read.stream().filter(id -> !seen.add(id)).toList();
    Set<Long> skipped = new HashSet<>(stable);
    skipped.removeAll(seen);
    assertEquals(List.of(), repeated, set + " by " + order + ": repeated");
    assertEquals(Set.of(), skipped, set + " by " + order + ": skipped");
  }

  private static Map<String, Object> value(int i) {
    Map<String, Object> body = new HashMap<>();
    // (point, year, kind, asOf) is unique: i picks a year, a kind and a day of its own.
    int year = 2024 + i % 2;
    body.put("year", year);
    body.put("kind", (i / 2) % 2 == 0 ? "FORECAST" : "OUTCOME");
    body.put("asOf", java.time.LocalDate.of(year, 1, 1).plusDays((i / 4) % 700).toString());
    body.put("value", i % 7);
    if (i % 4 == 0) {
      body.put("note", "Anteckning " + i);
    }
    return body;
  }

  private static long record(long point, int i) {
    return given()
        .body(value(i))
        .post("/api/v1/measurement-points/{id}/evaluations", point)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
