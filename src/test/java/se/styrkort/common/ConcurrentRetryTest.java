package se.styrkort.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/**
 * Real concurrent requests against the running service (issue 15, items 4 and 5): retries with one
 * Idempotency-Key sent at the same moment all get the first answer (or 409 "in progress" with
 * Retry-After), and same-row races end in 200/201/409/412/428, never in a 500.
 */
@QuarkusTest
class ConcurrentRetryTest {

  private static final int CLIENTS = 8;

  /** The answer of each of {@code clients} requests, all let go at the same moment. */
  private static List<Response> atOnce(int clients, Function<Integer, Response> send)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<CompletableFuture<Response>> answers = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        int number = client;
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  ready.countDown();
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                  return send.apply(number);
                },
                pool));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS));
      go.countDown();
      List<Response> responses = new ArrayList<>();
      for (CompletableFuture<Response> answer : answers) {
        responses.add(answer.get(120, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Integer> statuses(List<Response> responses) {
    return responses.stream().map(Response::statusCode).toList();
  }

  /**
   * Every answer is the first 201 again (same Location and body) or 409 IDEMPOTENCY_KEY_IN_USE with
   * Retry-After; returns the Location.
   */
  private static String oneAnswer(List<Response> responses) {
    Set<String> locations = new java.util.HashSet<>();
    Set<Object> bodies = new java.util.HashSet<>();
    for (Response response : responses) {
      if (response.statusCode() == 201) {
        locations.add(response.header("Location"));
        bodies.add(response.jsonPath().getMap(""));
      } else {
        assertEquals(409, response.statusCode(), response.asString());
        assertEquals("IDEMPOTENCY_KEY_IN_USE", response.jsonPath().getString("code"));
        assertTrue(response.header("Retry-After") != null, "409 without Retry-After");
      }
    }
    assertEquals(1, locations.size(), "one creation among " + statuses(responses));
    assertEquals(1, bodies.size(), "one answer among " + statuses(responses));
    return locations.iterator().next();
  }

  @Test
  void eightSimultaneousGoalCreationsWithOneKeyCreateOneGoal() throws Exception {
    long planId = GoalFixtures.newPlan();
    String key = UUID.randomUUID().toString();
    Map<String, Object> area = GoalFixtures.focusArea("Öppen kommun");
    List<Response> responses =
        atOnce(
            CLIENTS,
            client ->
                given()
                    .header(Idempotency.HEADER, key)
                    .body(area)
                    .post("/api/v1/plans/{id}/goals", planId));
    oneAnswer(responses);
    assertEquals(
        1, given().get("/api/v1/plans/{id}/goals", planId).jsonPath().getList("items").size());
  }

  @Test
  void eightSimultaneousPlanCreationsWithOneKeyCreateOnePlan() throws Exception {
    String key = UUID.randomUUID().toString();
    String organisation = "Samtidigkommun " + UUID.randomUUID();
    Map<String, Object> plan = new HashMap<>();
    plan.put("name", "Flerårsplan 2025–2026");
    plan.put("organisation", organisation);
    plan.put("startYear", 2024);
    plan.put("endYear", 2026);
    oneAnswer(
        atOnce(
            CLIENTS,
            client -> given().header(Idempotency.HEADER, key).body(plan).post("/api/v1/plans")));
    assertEquals(
        1,
        given()
            .queryParam("organisation", organisation)
            .get("/api/v1/plans")
            .jsonPath()
            .getList("items")
            .size());
  }

  @Test
  void eightSimultaneousBulkWritesWithOneKeyWriteOnce() throws Exception {
    long pointId = PointFixtures.newPoint(PointFixtures.percent("Förskola"));
    long planId =
        given()
            .get(
                "/api/v1/indicators/{id}",
                given()
                    .get("/api/v1/measurement-points/{id}", pointId)
                    .jsonPath()
                    .getLong("indicatorId"))
            .jsonPath()
            .getLong("planId");
    String key = UUID.randomUUID().toString();
    Map<String, Object> row = new HashMap<>();
    row.put("measurementPointId", pointId);
    row.put("year", 2024);
    row.put("kind", "OUTCOME");
    row.put("asOf", "2024-12-31");
    row.put("value", 91.5);
    Map<String, Object> body = Map.of("rows", List.of(row));
    List<Response> responses =
        atOnce(
            CLIENTS,
            client ->
                given()
                    .header(Idempotency.HEADER, key)
                    .body(body)
                    .post("/api/v1/plans/{id}/evaluations/bulk", planId));
    Set<Object> answers = new java.util.HashSet<>();
    for (Response response : responses) {
      if (response.statusCode() == 200) {
        answers.add(response.jsonPath().getMap(""));
      } else {
        assertEquals(409, response.statusCode(), response.asString());
        assertEquals("IDEMPOTENCY_KEY_IN_USE", response.jsonPath().getString("code"));
      }
    }
    assertEquals(1, answers.size(), "one answer among " + statuses(responses));
    assertEquals(
        1,
        given()
            .get("/api/v1/measurement-points/{id}/evaluations", pointId)
            .jsonPath()
            .getList("items")
            .size());
  }

  private static final Set<Integer> RACE_OUTCOMES = Set.of(200, 201, 409, 412, 428);

  /** Every answer is a success or a refusal a client can act on, and a problem document. */
  private static Map<Integer, Long> settled(List<Response> responses) {
    for (Response response : responses) {
      assertTrue(
          RACE_OUTCOMES.contains(response.statusCode()),
          response.statusCode() + ": " + response.asString());
    }
    return statuses(responses).stream()
        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
  }

  @Test
  void sixSimultaneousPutsOfOneNewTargetCreateItOnceAndNeverFail() throws Exception {
    // Several rounds: a race that deadlocks does not do so every time.
    for (int round = 0; round < 4; round++) {
      long pointId = PointFixtures.newPoint(PointFixtures.percent("Förskola " + round));
      List<Response> responses =
          atOnce(
              6,
              client ->
                  given()
                      .body(PointFixtures.literal("GE", 80 + client, (80 + client) + " %"))
                      .put("/api/v1/measurement-points/{id}/targets/{year}", pointId, 2025));
      Map<Integer, Long> counts = settled(responses);
      assertEquals(1L, counts.get(201), "one creation among " + counts);
      assertEquals(
          1,
          given()
              .get("/api/v1/measurement-points/{id}", pointId)
              .jsonPath()
              .getList("targets")
              .size());
    }
  }

  @Test
  void sixSimultaneousReplacementsOfOneTargetWithOneETagChangeItOnce() throws Exception {
    for (int round = 0; round < 4; round++) {
      long pointId = PointFixtures.newPoint(PointFixtures.percent("Grundskola " + round));
      PointFixtures.putTarget(pointId, 2025, PointFixtures.literal("GE", 70, "70 %"));
      String etag =
          "\""
              + given()
                  .get("/api/v1/measurement-points/{id}", pointId)
                  .jsonPath()
                  .getLong("targets[0].version")
              + "\"";
      List<Response> responses =
          atOnce(
              6,
              client ->
                  given()
                      .header("If-Match", etag)
                      .body(PointFixtures.literal("GE", 80 + client, (80 + client) + " %"))
                      .put("/api/v1/measurement-points/{id}/targets/{year}", pointId, 2025));
      Map<Integer, Long> counts = settled(responses);
      assertEquals(1L, counts.get(200), "one replacement among " + counts);
    }
  }

  /** A client retrying a revocation: every copy answers 200 with the one time it was revoked. */
  @Test
  void eightSimultaneousRevocationsOfOneKeyAllAnswerTheRevokedKey() throws Exception {
    for (int round = 0; round < 3; round++) {
      long keyId =
          given()
              .body(Map.of("name", "revoked at once " + round, "role", "VIEWER"))
              .post("/api/v1/api-keys")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("key.id");
      List<Response> responses =
          atOnce(CLIENTS, client -> given().post("/api/v1/api-keys/{id}/revocation", keyId));
      assertEquals(List.of(200), statuses(responses).stream().distinct().toList());
      Set<String> times =
          responses.stream()
              .map(response -> response.jsonPath().getString("revokedAt"))
              .collect(Collectors.toSet());
      assertEquals(1, times.size(), "one revocation time: " + times);
    }
  }
}
