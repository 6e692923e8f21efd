package se.styrkort.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.common.SqlStatements;
import se.styrkort.common.WebHeaders;
import se.styrkort.point.PointFixtures;
import se.styrkort.support.Api;
import se.styrkort.support.DemoPlanCopy;

/**
 * Plan-wide documents are computed once per change of their plan: the next read is served from
 * memory, a 304 costs the access check's statements and nothing else, a write is seen on the very
 * next read, and no caller is ever given bytes computed for a caller who sees something else.
 * Requests go over HTTP the way clients send them (raw, for the content coding).
 */
@QuarkusTest
class PlanWideCacheTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** HTTP/1.1, as a browser's request arrives from the TLS-terminating proxy, and as curl asks. */
  private static final HttpClient HTTP_1 =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static long plan;
  private static long point;

  @Inject SessionFactory sessions;
  @Inject DocumentCache documents;

  @BeforeEach
  void publicPlan() {
    if (plan != 0) {
      return;
    }
    plan = DemoPlanCopy.create("Flerårsplan (cache " + UUID.randomUUID() + ")");
    point = DemoPlanCopy.point(plan, "Svenska");
    given()
        .header("If-Match", PointFixtures.etag("/api/v1/plans/{id}", plan))
        .body(Map.of("public", true))
        .put("/api/v1/plans/{id}/visibility", plan)
        .then()
        .statusCode(200);
  }

  @Test
  void aRepeatedReadIsServedFromMemoryAndA304CostsOnlyTheAccessCheck() throws Exception {
    for (String path :
        new String[] {
          "/api/v1/plans/" + plan + "/tree",
          "/api/v1/plans/" + plan + "/fulfilment",
          "/api/v1/bi/facts?planId=" + plan + "&limit=500",
          "/odata/v1/Facts?$filter=planId%20eq%20" + plan
        }) {
      HttpResponse<byte[]> cold = get(path, Api.authHeaders());
      assertEquals(200, cold.statusCode(), path);
      String tag = cold.headers().firstValue("ETag").orElseThrow();

      Counts warmCost = new Counts();
      HttpResponse<byte[]> warm = get(path, Api.authHeaders());
      warmCost.stop();
      assertEquals(200, warm.statusCode());
      assertArrayEquals(cold.body(), warm.body(), path + ": the same bytes from memory");
      assertEquals(tag, warm.headers().firstValue("ETag").orElseThrow());
      assertEquals(0, warmCost.hibernate, path + ": nothing computed");
      assertTrue(warmCost.total() <= 2, path + ": " + warmCost);

      Counts notModifiedCost = new Counts();
      HttpResponse<byte[]> notModified =
          get(
              path,
              Map.of(
                  Api.API_KEY_HEADER,
                  Api.authHeaders().get(Api.API_KEY_HEADER),
                  "If-None-Match",
                  tag));
      notModifiedCost.stop();
      assertEquals(304, notModified.statusCode(), path);
      assertEquals(tag, notModified.headers().firstValue("ETag").orElseThrow());
      assertEquals(0, notModified.body().length);
      assertTrue(notModifiedCost.total() <= 2, path + ": a 304 costs " + notModifiedCost);
    }

    // Anonymous: the access check reads the plan with its version; that is all a 304 costs.
    String tree = "/api/v1/plans/" + plan + "/tree";
    String tag = get(tree, Map.of()).headers().firstValue("ETag").orElseThrow();
    Counts anonymous = new Counts();
    assertEquals(304, get(tree, Map.of("If-None-Match", tag)).statusCode());
    anonymous.stop();
    assertEquals(1, anonymous.total(), "an anonymous 304: " + anonymous);
  }

  @Test
  void concurrentReadersOfAChangedPlanWaitForOneComputation() throws Exception {
    String fulfilment = "/api/v1/plans/" + plan + "/fulfilment?basis=OUTCOME";
    documents.clear();
    Counts one = new Counts();
    byte[] alone = get(fulfilment, Api.authHeaders()).body();
    one.stop();
    assertTrue(one.hibernate > 0, "computed");

    documents.clear();
    Counts many = new Counts();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      java.util.List<java.util.concurrent.Future<HttpResponse<byte[]>>> answers =
          new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(pool.submit(() -> get(fulfilment, Api.authHeaders())));
      }
      for (java.util.concurrent.Future<HttpResponse<byte[]>> answer : answers) {
        HttpResponse<byte[]> response = answer.get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertArrayEquals(alone, response.body());
      }
    } finally {
      pool.shutdown();
    }
    many.stop();
    assertEquals(one.hibernate, many.hibernate, "six readers, one computation");
  }

  @Test
  void aWriteIsSeenOnTheNextRead() throws Exception {
    String fulfilment = "/api/v1/plans/" + plan + "/fulfilment?year=2025";
    HttpResponse<byte[]> before = get(fulfilment, Api.authHeaders());
    String tag = before.headers().firstValue("ETag").orElseThrow();
    assertEquals(tag, get(fulfilment, Api.authHeaders()).headers().firstValue("ETag").get());

    PointFixtures.recordOutcome(point, 2025, 12.5);

    HttpResponse<byte[]> after =
        get(
            fulfilment,
            Map.of(
                Api.API_KEY_HEADER,
                Api.authHeaders().get(Api.API_KEY_HEADER),
                "If-None-Match",
                tag));
    assertEquals(200, after.statusCode(), "the old ETag is stale at once");
    assertNotEquals(tag, after.headers().firstValue("ETag").orElseThrow());
    assertFalse(new String(before.body()).contains("12.5"));
    assertTrue(new String(after.body()).contains("12.5"), "the new value is in the document");
  }

  @Test
  void compressedVariantsAreTheSameDocumentKeptInMemory() throws Exception {
    String tree = "/api/v1/plans/" + plan + "/tree";
    Map<String, String> gzipped =
        Map.of(
            Api.API_KEY_HEADER,
            Api.authHeaders().get(Api.API_KEY_HEADER),
            "Accept-Encoding",
            "gzip, deflate");
    documents.clear();
    HttpResponse<byte[]> plain = get(tree, Api.authHeaders());
    long plainHeld = documents.bytes();
    // Computed and compressed (cold), compressed from the plain copy, then served as kept.
    List<HttpResponse<byte[]>> answers = new java.util.ArrayList<>();
    documents.clear();
    answers.add(get(HTTP_1, tree, gzipped));
    long bothHeld = documents.bytes();
    documents.clear();
    get(tree, Api.authHeaders());
    answers.add(get(HTTP_1, tree, gzipped));
    assertEquals(bothHeld, documents.bytes(), "the plain and the gzip copy are kept");
    answers.add(get(HTTP_1, tree, gzipped));
    assertEquals(bothHeld, documents.bytes(), "a later gzip read adds nothing");
    // h2c: the HTTP layer compresses the plain copy (its HTTP/2 encoder would compress ours again).
    answers.add(get(HTTP, tree, gzipped));
    assertEquals(HttpClient.Version.HTTP_2, answers.get(3).version());
    for (HttpResponse<byte[]> gzip : answers) {
      assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
      assertTrue(gzip.body().length * 4 < plain.body().length, "compressed");
      assertArrayEquals(plain.body(), gunzip(gzip.body()), "one gzip layer over the document");
      assertEquals(
          plain.headers().firstValue("ETag").get(), gzip.headers().firstValue("ETag").get());
      assertTrue(gzip.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
      assertTrue(gzip.headers().firstValue(WebHeaders.ENCODED).isEmpty(), "internal mark");
      if (gzip.version() == HttpClient.Version.HTTP_1_1) {
        assertArrayEquals(answers.get(0).body(), gzip.body(), "the kept bytes");
      }
    }
    assertTrue(
        bothHeld >= plainHeld + answers.get(0).body().length,
        "the gzip copy is held beside the plain one: " + plainHeld + " → " + bothHeld);
    HttpResponse<byte[]> refused =
        get(
            tree,
            Map.of(
                Api.API_KEY_HEADER,
                Api.authHeaders().get(Api.API_KEY_HEADER),
                "Accept-Encoding",
                "gzip;q=0, identity"));
    assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
    assertArrayEquals(plain.body(), refused.body());
  }

  @Test
  void theKeyHoldsEverythingThatChangesTheBytesAndNothingElse() throws Exception {
    String base = "/api/v1/plans/" + plan + "/fulfilment";
    String a = tag(base + "?year=2024&basis=OUTCOME", Api.authHeaders());
    assertEquals(a, tag(base + "?basis=OUTCOME&year=2024", Api.authHeaders()), "order");
    assertNotEquals(a, tag(base + "?year=2024", Api.authHeaders()), "basis");
    assertNotEquals(a, tag(base + "?year=2025&basis=OUTCOME", Api.authHeaders()), "year");
    assertNotEquals(a, tag(base + "?year=2024&basis=OUTCOME", Map.of()), "anonymous");
    assertEquals(
        a,
        tag(base + "?year=2024&basis=OUTCOME", Map.of(Api.API_KEY_HEADER, Api.keyFor("viewer"))),
        "any signed-in caller of the plan sees the same document");
    Map<String, String> german = new java.util.HashMap<>(Api.authHeaders());
    german.put("Accept-Language", "de");
    assertNotEquals(a, tag(base + "?year=2024&basis=OUTCOME", german), "Accept-Language");
  }

  @Test
  void aKeyLimitedToAnotherPlanGetsNothingFromTheCache() throws Exception {
    String other =
        Api.createKey(
            "limited " + UUID.randomUUID(),
            "VIEWER",
            DemoPlanCopy.create("Annan " + UUID.randomUUID()));
    Map<String, String> limited = Map.of(Api.API_KEY_HEADER, other);
    String tree = "/api/v1/plans/" + plan + "/tree";
    String facts = "/api/v1/bi/facts?planId=" + plan;
    String treeTag = tag(tree, Api.authHeaders());
    String factsTag = tag(facts, Api.authHeaders());
    assertEquals(404, get(tree, limited).statusCode());
    assertEquals(
        404, get(tree, Map.of(Api.API_KEY_HEADER, other, "If-None-Match", treeTag)).statusCode());
    assertEquals(404, get(facts, limited).statusCode());
    assertEquals(
        404, get(facts, Map.of(Api.API_KEY_HEADER, other, "If-None-Match", factsTag)).statusCode());
    // Across every plan, the limited key's document is its own, not the admin's.
    assertNotEquals(
        tag("/api/v1/bi/facts?limit=5", Api.authHeaders()),
        tag("/api/v1/bi/facts?limit=5", limited));
  }

  private static String tag(String path, Map<String, String> headers) throws Exception {
    HttpResponse<byte[]> response = get(path, headers);
    assertEquals(200, response.statusCode(), path + " " + new String(response.body()));
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static HttpResponse<byte[]> get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    return get(HTTP, path, headers);
  }

  private static HttpResponse<byte[]> get(
      HttpClient client, String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
            .header("Accept", "application/json");
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  /** Statements sent while a request was answered: Hibernate's, and those past it. */
  private final class Counts {
    final long jdbcBefore = SqlStatements.total();
    long hibernate;
    long jdbc;

    Counts() {
      sessions.getStatistics().clear();
    }

    void stop() {
      hibernate = sessions.getStatistics().getPrepareStatementCount();
      jdbc = SqlStatements.total() - jdbcBefore;
    }

    long total() {
      return hibernate + jdbc;
    }

    @Override
    public String toString() {
      return hibernate + " through Hibernate, " + jdbc + " past it";
    }
  }
}
