package se.styrkort.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mariadb.jdbc.MariaDbDataSource;
import se.styrkort.support.Http;
import se.styrkort.support.ItDatabase;
import se.styrkort.support.LargePlan;
import se.styrkort.support.PackagedService;

/**
 * Two replicas of the packaged service started at the same moment against one empty database (as a
 * Deployment's pods do): one migrates, the other waits for Flyway's lock, both serve. Then one is
 * stopped with SIGTERM while slow requests are in flight: they finish, and it exits in time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

  private static ItDatabase database;
  private static PackagedService first;
  private static PackagedService second;
  private static long startMillis;

  @BeforeAll
  static void startTwoAtOnce() {
    database = ItDatabase.start("scale-out");
    long started = System.nanoTime();
    // Only one of them loads the demo plan into the empty database; both run the migrations.
    first = PackagedService.launch("replica-1", database.jdbcUrl(), Map.of());
    second = PackagedService.launch("replica-2", database.jdbcUrl(), Map.of());
    CompletableFuture.allOf(
            CompletableFuture.runAsync(() -> first.awaitReady(Duration.ofSeconds(180))),
            CompletableFuture.runAsync(() -> second.awaitReady(Duration.ofSeconds(180))))
        .join();
    startMillis = (System.nanoTime() - started) / 1_000_000;
  }

  @AfterAll
  static void stop() {
    for (AutoCloseable closeable : new AutoCloseable[] {first, second, database}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        // best effort
      }
    }
  }

  @Test
  @Order(1)
  void oneMigratesAndBothServe() throws Exception {
    Map<String, Integer> versions = new LinkedHashMap<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version, COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL"
                    + " AND success = 1 GROUP BY version ORDER BY installed_rank")) {
      while (rows.next()) {
        versions.put(rows.getString(1), rows.getInt(2));
      }
    }
    assertTrue(versions.keySet().containsAll(List.of("1", "7", "10", "11")), versions::toString);
    versions.forEach((version, count) -> assertEquals(1, count, "V" + version + " applied once"));

    // Flyway takes its lock per migration, so the two may share the work; what counts is that
    // every version was applied by exactly one of them.
    long applied =
        (first.log() + second.log())
            .lines()
            .filter(line -> line.contains("Migrating schema"))
            .count();
    assertEquals(versions.size(), applied, "each migration ran in one replica only");
    assertTrue(
        first.log().contains("Successfully applied")
            || second.log().contains("Successfully applied"));

    for (PackagedService replica : List.of(first, second)) {
      Http.Response ready = replica.anonymous().get("/q/health/ready");
      assertEquals(200, ready.status(), ready.body());
      assertTrue(ready.body().contains("\"UP\""), ready.body());
      Http.Response plans = replica.admin().get("/api/v1/plans");
      assertEquals(200, plans.status(), plans.body());
      assertTrue(plans.body().contains("\"items\""), plans.body());
    }
    System.out.printf(
        "[reliability] two replicas ready %d ms after launch; %d migrations applied once each"
            + " (replica 1 ran %d, replica 2 ran %d)%n",
        startMillis, versions.size(), migrations(first), migrations(second));
  }

  private static long migrations(PackagedService replica) {
    return replica.log().lines().filter(line -> line.contains("Migrating schema")).count();
  }

  /**
   * Plan-wide documents are cached per replica, under a content version in the database: a write on
   * one replica is in the very next read on the other, which had the document in memory.
   */
  @Test
  @Order(2)
  void aWriteOnOneReplicaIsInTheNextReadOnTheOther() throws Exception {
    MariaDbDataSource source = new MariaDbDataSource(database.jdbcUrl());
    source.setUser("root");
    long planId = new LargePlan(source).create(LargePlan.LARGE, "Plan på två repliker");
    long pointId;
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT MIN(p.id) FROM measurement_point p JOIN indicator i ON i.id ="
                    + " p.indicator_id JOIN goal g ON g.id = i.goal_id WHERE p.value_type ="
                    + " 'PERCENT' AND g.plan_id = "
                    + planId)) {
      row.next();
      pointId = row.getLong(1);
    }
    String tree = "/api/v1/plans/" + planId + "/tree?year=2023";
    String fulfilment = "/api/v1/plans/" + planId + "/fulfilment?year=2023";
    for (int round = 0; round < 3; round++) {
      // The second replica reads both documents twice: the second read comes from its memory.
      for (int i = 0; i < 2; i++) {
        assertEquals(200, second.admin().get(tree).status());
        assertEquals(200, second.admin().get(fulfilment).status());
      }
      String fulfilmentBefore = second.admin().get(fulfilment).body();
      String note = "Skrivet på replik 1, varv " + round;
      Http.Response written =
          first
              .admin()
              .postJson(
                  "/api/v1/plans/" + planId + "/evaluations/bulk",
                  "{\"rows\":[{\"measurementPointId\":"
                      + pointId
                      + ",\"year\":2023,\"kind\":\"OUTCOME\",\"asOf\":\"2023-12-31\","
                      + "\"value\":"
                      + (round % 2 == 0 ? 0 : 100)
                      + ",\"note\":\""
                      + note
                      + "\"}]}");
      assertEquals(200, written.status(), written.body());
      Http.Response read = second.admin().get(tree);
      assertEquals(200, read.status());
      assertTrue(read.body().contains(note), "the tree on replica 2 after round " + round);
      assertFalse(
          fulfilmentBefore.equals(second.admin().get(fulfilment).body()),
          "the fulfilment on replica 2 moved after round " + round);
    }
  }

  @Test
  @Order(3)
  void sigtermLetsInFlightRequestsFinish() throws Exception {
    MariaDbDataSource source = new MariaDbDataSource(database.jdbcUrl());
    source.setUser("root");
    long planId = new LargePlan(source).create(LargePlan.LARGE, "Stor plan för nedstängning");
    String export = "/api/v1/plans/" + planId + "/export";
    Http client = first.admin();
    assertEquals(200, client.get(export).status(), "warm-up");

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<long[]>> inFlight = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        inFlight.add(
            CompletableFuture.supplyAsync(
                () -> {
                  Http.Response response = client.get(export);
                  return new long[] {
                    response.status(), System.nanoTime(), response.body().length()
                  };
                },
                pool));
      }
      Thread.sleep(150);
      long signalled = System.nanoTime();
      first.terminate();
      int exit = first.awaitExit(Duration.ofSeconds(30));
      long exitedMillis = (System.nanoTime() - signalled) / 1_000_000;

      int afterSignal = 0;
      for (CompletableFuture<long[]> request : inFlight) {
        long[] result = request.join();
        assertEquals(200, result[0], "an in-flight request finished");
        assertTrue(result[2] > 100_000, "the whole export arrived");
        afterSignal += result[1] > signalled ? 1 : 0;
      }
      assertTrue(afterSignal > 0, "at least one request was still running at SIGTERM");
      // The JVM reports an exit by SIGTERM as 128 + 15 once its shutdown hooks (Quarkus's
      // graceful shutdown) have run; the log says that Quarkus stopped rather than was killed.
      assertEquals(143, exit, "exit code after SIGTERM\n" + first.log());
      assertTrue(first.log().contains("stopped in"), first.log());
      // The other replica keeps serving.
      assertEquals(200, second.admin().get(export).status());
      System.out.printf(
          "[reliability] SIGTERM with 4 exports in flight: %d finished after the signal, all"
              + " 200; exit %d after %d ms%n",
          afterSignal, exit, exitedMillis);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The Galera overlay's way: a Job migrates and exits (QUARKUS_INIT_AND_EXIT), and replicas with
   * QUARKUS_FLYWAY_MIGRATE_AT_START=false serve the schema it made. Its own database on the server.
   */
  @Test
  @Order(4)
  void aMigrationJobMigratesAndExitsAndReplicasThatDoNotMigrateServe() throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE styrkort_job CHARACTER SET utf8mb4");
    }
    String url = database.jdbcUrl().replaceAll("/styrkort$", "/styrkort_job");
    long started = System.nanoTime();
    PackagedService job =
        PackagedService.launch(
            "migrate-job",
            url,
            Map.of("QUARKUS_INIT_AND_EXIT", "true", "QUARKUS_FLYWAY_MIGRATE_AT_START", "true"));
    int exit = job.awaitExit(Duration.ofSeconds(120));
    long jobMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(0, exit, job.log());
    assertTrue(job.log().contains("Successfully applied"), job.log());
    int versions;
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet count =
            statement.executeQuery(
                "SELECT COUNT(*) FROM styrkort_job.flyway_schema_history WHERE success = 1"
                    + " AND version IS NOT NULL")) {
      count.next();
      versions = count.getInt(1);
    }
    assertEquals(migrations(first) + migrations(second), versions);

    // The replica's admin key comes the Kubernetes way: made by the operator, put in a file.
    Path provisioned = Files.createTempFile("styrkort-provisioned", ".key");
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String key = "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.writeString(provisioned, key + "\n");
    try (PackagedService replica =
        PackagedService.start(
            "no-migrate",
            url,
            Map.of(
                "QUARKUS_FLYWAY_MIGRATE_AT_START",
                "false",
                "STYRKORT_SECURITY_ADMIN_KEY_FILE",
                provisioned.toString()))) {
      assertFalse(replica.log().contains("Migrating schema"), replica.log());
      assertTrue(replica.log().contains("Registered the admin API key from"), replica.log());
      assertEquals(key, Files.readString(provisioned).strip(), "the file is left as it was");
      assertEquals(200, replica.admin().get("/api/v1/api-keys").status());
      assertEquals(
          401,
          new Http(replica.baseUri(), "sk_" + "x".repeat(43)).get("/api/v1/api-keys").status());
    } finally {
      Files.deleteIfExists(provisioned);
    }
    System.out.printf(
        "[reliability] migration job (QUARKUS_INIT_AND_EXIT=true): %d versions, exit %d after %d"
            + " ms; a replica with migrate-at-start=false then serves%n",
        versions, exit, jobMillis);
  }
}
