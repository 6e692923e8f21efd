package se.styrkort.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Http;
import se.styrkort.support.PackagedService;

/**
 * The README's way of running Styrkort, as a user does it: the packaged jar with no database
 * configured, stopped and started again on the same directory — with SIGTERM (Ctrl-C, a service
 * manager), with SIGKILL (a crash: the service's MariaDB lives on, orphaned), and once with the
 * database server killed too (a power cut). Every acknowledged write, the plan ids and the admin
 * key are there after each start; the installer and the demo plan run only at the first.
 */
class EmbeddedRestartIT {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  // Seconds alone on a CI machine; many minutes on one shared by several builds.
  private static final Duration READY = Duration.ofSeconds(900);

  private static Path workDir;
  private static PackagedService service;

  @AfterAll
  static void cleanUp() throws IOException {
    if (service != null) {
      service.close();
    }
    serversOn(dataDir()).forEach(ProcessHandle::destroyForcibly);
    if (workDir != null) {
      try (Stream<Path> files = Files.walk(workDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void everyAcknowledgedWriteSurvivesStopsAndCrashes() throws Exception {
    workDir = Files.createTempDirectory("styrkort-restart");
    long started = System.nanoTime();
    service = start("first");
    long firstStart = millisSince(started);
    String firstLog = service.log();
    assertTrue(firstLog.contains("Installing MariaDB into"), firstLog);
    assertTrue(firstLog.contains("Loaded the demo plan"), firstLog);
    assertTrue(firstLog.contains("Styrkort's data is in " + dataDir()), firstLog);
    assertTrue(firstLog.contains("To start over, stop the service and delete"), firstLog);
    assertTrue(firstLog.contains("Listening on: http://127.0.0.1:"), "loopback only\n" + firstLog);
    String key = Files.readString(keyFile(), StandardCharsets.UTF_8).strip();

    // What a user does: records values, makes a revision (a new plan), makes a key.
    Map<Long, String> values = new LinkedHashMap<>();
    record(values, 1, "99.5");
    long revision = created(service.admin().post("/api/v1/plans/1/revisions"));
    String viewerKey =
        secret(
            service
                .admin()
                .postJson("/api/v1/api-keys", "{\"name\": \"Power BI\", \"role\": \"VIEWER\"}"));
    List<String> plans = planIds(service.admin());
    assertEquals(List.of("1", Long.toString(revision)), plans);

    List<String> cycles = List.of("SIGTERM", "SIGKILL", "SIGTERM", "SIGKILL+server", "SIGTERM");
    List<Long> startMillis = new ArrayList<>();
    int point = 2;
    for (String how : cycles) {
      record(values, point++, "42");
      int exit = stop(how);
      started = System.nanoTime();
      service = start("after-" + how);
      startMillis.add(millisSince(started));
      String log = service.log();

      assertFalse(log.contains("Installing MariaDB"), "installer after " + how + "\n" + log);
      assertFalse(log.contains("Loaded the demo plan"), "demo plan again after " + how);
      assertEquals(
          how.startsWith("SIGKILL") && !how.endsWith("+server"),
          log.contains("left running by an earlier Styrkort"),
          "the orphaned server is found after " + how + "\n" + log);
      assertEquals(1, serversOn(dataDir()).size(), "one server on the data after " + how);
      // The same key, the same plans, every value recorded so far.
      assertEquals(key, Files.readString(keyFile(), StandardCharsets.UTF_8).strip());
      assertEquals(plans, planIds(service.admin()), "plans after " + how);
      assertEquals(200, service.anonymous().withKey(viewerKey).get("/api/v1/plans/1").status());
      for (Map.Entry<Long, String> value : values.entrySet()) {
        Http.Response read = service.admin().get("/api/v1/evaluations/" + value.getKey());
        assertEquals(200, read.status(), "value " + value.getKey() + " after " + how);
        assertTrue(read.body().contains("\"value\":" + value.getValue()), read.body());
      }
      System.out.printf(
          "[reliability] embedded restart after %s (exit %d): ready in %d ms; %d acknowledged"
              + " values, %d plans and the admin key all there%n",
          how, exit, startMillis.get(startMillis.size() - 1), values.size(), plans.size());
    }
    System.out.printf(
        "[reliability] embedded default: first start %d ms (installs MariaDB, loads the demo"
            + " plan), later starts %s ms%n",
        firstStart, startMillis);
  }

  @Test
  void aSecondServiceOnTheSameDataIsRefused() throws Exception {
    Path dir = Files.createTempDirectory("styrkort-twice");
    try (PackagedService first = PackagedService.launchEmbedded("twice-1", dir, Map.of())) {
      first.awaitReady(READY);
      try (PackagedService second = PackagedService.launchEmbedded("twice-2", dir, Map.of())) {
        int exit = second.awaitExit(Duration.ofSeconds(600));
        assertNotEquals(0, exit, second.log());
        assertTrue(
            second.log().contains("Another Styrkort is running on the data in"), second.log());
      }
      assertEquals(1, serversOn(dir.resolve(".styrkort/mariadb").toAbsolutePath()).size());
      assertEquals(200, first.admin().get("/api/v1/plans").status());
    } finally {
      serversOn(dir.resolve(".styrkort/mariadb").toAbsolutePath())
          .forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static PackagedService start(String name) {
    PackagedService started = PackagedService.launchEmbedded(name, workDir, Map.of());
    started.awaitReady(READY);
    return started;
  }

  /** Stops the service the named way and returns its exit code. */
  private static int stop(String how) throws Exception {
    PackagedService stopping = service;
    service = null;
    if (how.equals("SIGTERM")) {
      stopping.terminate();
      int exit = stopping.awaitExit(Duration.ofSeconds(60));
      assertEquals(143, exit, stopping.log());
      assertTrue(serversOn(dataDir()).isEmpty(), "SIGTERM stops the database too");
      return exit;
    }
    List<ProcessHandle> servers = serversOn(dataDir());
    stopping.kill();
    int exit = stopping.awaitExit(Duration.ofSeconds(30));
    assertEquals(137, exit);
    // The service is gone; its database server is not (it is a process of its own).
    assertEquals(1, servers.size());
    assertTrue(servers.get(0).isAlive(), "the server outlives a killed service");
    if (how.endsWith("+server")) {
      servers.get(0).destroyForcibly();
      servers.get(0).onExit().get();
    }
    return exit;
  }

  private static void record(Map<Long, String> values, int point, String value) {
    Http.Response created =
        service
            .admin()
            .postJson(
                "/api/v1/measurement-points/" + point + "/evaluations",
                "{\"year\": 2024, \"kind\": \"FORECAST\", \"asOf\": \"2024-08-31\", \"value\": "
                    + value
                    + "}");
    values.put(created(created), value);
  }

  private static long created(Http.Response response) {
    assertEquals(201, response.status(), response.body());
    Matcher id = ID.matcher(response.body());
    assertTrue(id.find(), response.body());
    return Long.parseLong(id.group(1));
  }

  private static String secret(Http.Response response) {
    assertEquals(201, response.status(), response.body());
    Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(response.body());
    assertTrue(secret.find(), response.body());
    return secret.group(1);
  }

  private static List<String> planIds(Http client) {
    Http.Response plans = client.get("/api/v1/plans");
    assertEquals(200, plans.status(), plans.body());
    List<String> ids = new ArrayList<>();
    Matcher plan = Pattern.compile("\\{\"id\":(\\d+),\"name\"").matcher(plans.body());
    while (plan.find()) {
      ids.add(plan.group(1));
    }
    return ids;
  }

  private static Path dataDir() {
    return workDir == null ? Path.of("/nonexistent") : workDir.resolve(".styrkort/mariadb");
  }

  private static Path keyFile() {
    return workDir.resolve(".styrkort/admin-key");
  }

  /** The MariaDB servers running on a data directory, found by their command lines. */
  static List<ProcessHandle> serversOn(Path dataDir) {
    String flag = "--datadir=" + dataDir.toAbsolutePath();
    return ProcessHandle.allProcesses()
        .filter(
            p -> commandLine(p).map(c -> c.contains("mariadbd") && c.contains(flag)).orElse(false))
        .toList();
  }

  private static Optional<String> commandLine(ProcessHandle process) {
    try {
      return Optional.of(
          Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
              .replace('\0', ' '));
    } catch (IOException | RuntimeException e) {
      return process.info().commandLine();
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
