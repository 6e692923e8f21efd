package se.styrkort.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.evaluation.EvaluationFixtures.outcome;
import static se.styrkort.evaluation.EvaluationFixtures.record;
import static se.styrkort.point.PointFixtures.newPoint;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking under real concurrency: clients that all read the same version race to correct
 * it, and exactly one wins; the others are told to reread, and nothing is half-written.
 */
@QuarkusTest
class EvaluationConcurrencyTest {

  private static final int CLIENTS = 8;

  @Test
  void ofEightConcurrentCorrectionsWithTheSameETagExactlyOneWins() throws Exception {
    long id = record(newPoint(percent("Förskola")), outcome(2024, 90));
    CountDownLatch ready = new CountDownLatch(CLIENTS);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        int value = 91 + client;
        results.add(
            pool.submit(
                () -> {
                  var request = given().header("If-Match", "\"0\"").body(outcome(2024, value));
                  ready.countDown();
                  start.await();
                  return request.put("/api/v1/evaluations/{id}", id).statusCode();
                }));
      }
      ready.await(30, TimeUnit.SECONDS);
      start.countDown();
      for (Future<Integer> result : results) {
        statuses.add(result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, Collections.frequency(statuses, 200), "winners among " + statuses);
    assertEquals(CLIENTS - 1, Collections.frequency(statuses, 412), "stale among " + statuses);
    List<String> changes =
        given()
            .get("/api/v1/evaluations/{id}/history", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.changeType", String.class);
    assertEquals(List.of("UPDATED", "CREATED"), changes, "exactly one correction written");
  }
}
