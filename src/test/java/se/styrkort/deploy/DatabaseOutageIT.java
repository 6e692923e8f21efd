package se.styrkort.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import se.styrkort.support.Http;
import se.styrkort.support.ItDatabase;
import se.styrkort.support.LargePlan;
import se.styrkort.support.PackagedService;

/**
 * The database goes away under a stream of writes and comes back on the same port with the same
 * data: while it is down every request gets a quick 503 problem, readiness is down and liveness up;
 * afterwards the service recovers by itself and every write it acknowledged is stored.
 */
class DatabaseOutageIT {

  private static final int WRITERS = 3;
  private static final Duration DOWN_FOR = Duration.ofSeconds(12);

  /** One request's outcome and when it was sent, relative to the outage. */
  record Outcome(
      long sentNanos, int status, boolean problem, String code, String retryAfter, long millis) {}

  @Test
  void writesDuringAnOutageAreRefusedQuicklyAndNothingAcknowledgedIsLost() throws Exception {
    try (ItDatabase database = ItDatabase.start("outage");
        PackagedService service = PackagedService.start("outage", database.jdbcUrl(), Map.of())) {
      MariaDbDataSource source = new MariaDbDataSource(database.jdbcUrl());
      source.setUser("root");
      new LargePlan(source).create(new LargePlan.Shape(1, 1, 1, 4, 2024, 3), "Avbrottsplan");
      long pointId;
      int year;
      try (Connection connection = database.connect();
          ResultSet row =
              connection
                  .createStatement()
                  .executeQuery(
                      "SELECT mp.id, p.start_year FROM measurement_point mp"
                          + " JOIN indicator i ON i.id = mp.indicator_id"
                          + " JOIN goal g ON g.id = i.goal_id JOIN plan p ON p.id = g.plan_id"
                          + " WHERE mp.value_type = 'PERCENT' ORDER BY mp.id LIMIT 1")) {
        assertTrue(row.next());
        pointId = row.getLong(1);
        year = row.getInt(2);
      }
      Http admin = service.admin();
      String values = "/api/v1/measurement-points/" + pointId + "/evaluations";

      Set<String> acknowledged = ConcurrentHashMap.newKeySet();
      List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger next = new AtomicInteger();
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService writers = Executors.newFixedThreadPool(WRITERS + 1);
      for (int w = 0; w < WRITERS; w++) {
        writers.submit(
            () -> {
              while (writing.get()) {
                int n = next.getAndIncrement();
                String note = "avbrott-" + n;
                // Up to three years of 730 days each: one value per point, year, kind and date.
                int y = year + (n / 730) % 3;
                String body =
                    "{\"year\":%d,\"kind\":\"OUTCOME\",\"asOf\":\"%s\",\"value\":%d,\"note\":\"%s\"}"
                        .formatted(y, LocalDate.of(y, 1, 1).plusDays(n % 730), n % 101, note);
                long sent = System.nanoTime();
                try {
                  Http.Response response = admin.postJson(values, body);
                  if (response.status() == 201) {
                    acknowledged.add(note);
                  }
                  outcomes.add(
                      new Outcome(
                          sent,
                          response.status(),
                          response.isProblem(),
                          codeOf(response.body()),
                          response.retryAfter(),
                          response.millis()));
                } catch (UncheckedIOException e) {
                  outcomes.add(new Outcome(sent, -1, false, e.getMessage(), null, 0));
                }
                PackagedService.sleep(50);
              }
              return null;
            });
      }

      // Probes, as the kubelet sends them, every half second throughout.
      List<long[]> ready = Collections.synchronizedList(new ArrayList<>());
      List<long[]> live = Collections.synchronizedList(new ArrayList<>());
      Http kubelet = service.anonymous();
      writers.submit(
          () -> {
            while (writing.get()) {
              long at = System.nanoTime();
              ready.add(new long[] {at, kubelet.get("/q/health/ready").status()});
              live.add(new long[] {at, kubelet.get("/q/health/live").status()});
              PackagedService.sleep(500);
            }
            return null;
          });

      PackagedService.sleep(4000);
      long stopping = System.nanoTime();
      database.server().stop();
      long down = System.nanoTime();
      PackagedService.sleep(DOWN_FOR.toMillis());
      long restarting = System.nanoTime();
      database.server().restart();
      long up = System.nanoTime();
      long recovered = awaitFirst(outcomes, up, 201, Duration.ofSeconds(60));
      long readyAgain = awaitFirstProbe(ready, up, 200, Duration.ofSeconds(60));
      PackagedService.sleep(3000);
      writing.set(false);
      writers.shutdown();
      assertTrue(writers.awaitTermination(90, TimeUnit.SECONDS));

      // While down (from a second after the stop until the restart began): quick 503 problems.
      List<Outcome> duringOutage;
      synchronized (outcomes) {
        duringOutage =
            outcomes.stream()
                .filter(o -> o.sentNanos() > down + 1_000_000_000L && o.sentNanos() < restarting)
                .toList();
      }
      assertTrue(duringOutage.size() >= 5, "requests during the outage: " + duringOutage.size());
      for (Outcome o : duringOutage) {
        assertEquals(503, o.status(), o.toString());
        assertTrue(o.problem(), o.toString());
        assertEquals("DATABASE_UNAVAILABLE", o.code(), o.toString());
        assertEquals("5", o.retryAfter(), o.toString());
      }
      List<Long> latencies = duringOutage.stream().map(Outcome::millis).sorted().toList();
      long p50 = latencies.get(latencies.size() / 2);
      long p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1);
      long max = latencies.get(latencies.size() - 1);
      assertTrue(p95 < 6000, "p95 of refusals " + p95 + " ms");

      boolean readyWentDown =
          probesBetween(ready, down + 1_000_000_000L, restarting).stream()
              .allMatch(p -> p[1] == 503);
      assertTrue(readyWentDown, "readiness is DOWN (503) while the database is");
      assertTrue(live.stream().allMatch(p -> p[1] == 200), "liveness stayed UP through the outage");

      // Every acknowledged write is stored.
      Set<String> stored = new HashSet<>();
      try (Connection connection = database.connect();
          PreparedStatement query =
              connection.prepareStatement(
                  "SELECT note FROM evaluation WHERE point_id = ? AND note LIKE 'avbrott-%'")) {
        query.setLong(1, pointId);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            stored.add(rows.getString(1));
          }
        }
      }
      Set<String> lost = new HashSet<>(acknowledged);
      lost.removeAll(stored);
      assertTrue(lost.isEmpty(), "acknowledged but not stored: " + lost);
      assertTrue(acknowledged.size() > 20, "writes acknowledged: " + acknowledged.size());
      // And the API reads the same count back.
      Http.Response list = admin.get(values + "?limit=1");
      assertEquals(200, list.status(), list.body());

      long other;
      synchronized (outcomes) {
        other = outcomes.stream().filter(o -> o.status() != 201 && o.status() != 503).count();
      }
      System.out.printf(
          "[reliability] outage: stop took %d ms, down %d s; %d requests during it, all 503"
              + " DATABASE_UNAVAILABLE problem+json with Retry-After 5, latency p50 %d ms p95 %d"
              + " ms max %d ms; readiness 503 throughout, liveness 200 throughout; restart took %d"
              + " ms, first 201 %d ms and ready %d ms after the restart; writes sent %d,"
              + " acknowledged %d, stored %d, lost 0, other statuses %d%n",
          (down - stopping) / 1_000_000,
          DOWN_FOR.toSeconds(),
          duringOutage.size(),
          p50,
          p95,
          max,
          (up - restarting) / 1_000_000,
          (recovered - up) / 1_000_000,
          (readyAgain - up) / 1_000_000,
          outcomes.size(),
          acknowledged.size(),
          stored.size(),
          other);
    }
  }

  private static String codeOf(String body) {
    int at = body.indexOf("\"code\":\"");
    return at < 0 ? null : body.substring(at + 8, body.indexOf('"', at + 8));
  }

  private static List<long[]> probesBetween(List<long[]> probes, long from, long to) {
    synchronized (probes) {
      return probes.stream().filter(p -> p[0] > from && p[0] < to).toList();
    }
  }

  private static long awaitFirst(List<Outcome> outcomes, long after, int status, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (outcomes) {
        var first =
            outcomes.stream()
                .filter(o -> o.sentNanos() > after && o.status() == status)
                .mapToLong(o -> o.sentNanos() + o.millis() * 1_000_000)
                .min();
        if (first.isPresent()) {
          return first.getAsLong();
        }
      }
      PackagedService.sleep(100);
    }
    throw new AssertionError("no " + status + " within " + timeout + " after the restart");
  }

  private static long awaitFirstProbe(
      List<long[]> probes, long after, int status, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (probes) {
        var first =
            probes.stream().filter(p -> p[0] > after && p[1] == status).mapToLong(p -> p[0]).min();
        if (first.isPresent()) {
          return first.getAsLong();
        }
      }
      PackagedService.sleep(100);
    }
    throw new AssertionError(
        "readiness not " + status + " within " + timeout + " after the restart");
  }
}
