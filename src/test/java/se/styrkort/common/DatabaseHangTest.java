package se.styrkort.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;

/**
 * A database that hangs instead of going away (issue 15, item 18): the test's own MariaDB is frozen
 * with SIGSTOP, as a network partition that drops packets would leave it. Connections stay open and
 * silent; without a socket timeout a request that reaches one waits as long as the freeze lasts.
 */
@QuarkusTest
class DatabaseHangTest {

  /** application.properties: socketTimeout=15000. */
  private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(15);

  @Test
  void aFrozenDatabaseFailsRequestsWithinTheBoundAndTheServiceRecovers() throws Exception {
    // Warm: the pool holds open connections, which is what a frozen server leaves hanging.
    GoalFixtures.newPlan();
    String pid = mariadbPid();

    signal("STOP", pid);
    long started = System.nanoTime();
    Response answer;
    try {
      CompletableFuture<Response> request =
          CompletableFuture.supplyAsync(() -> given().get("/api/v1/plans?limit=5"));
      // Twice the bound: a request that is still waiting then would wait for the freeze's end.
      answer = request.get(SOCKET_TIMEOUT.multipliedBy(2).toSeconds(), TimeUnit.SECONDS);
    } finally {
      signal("CONT", pid);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(503, answer.statusCode(), answer.asString());
    assertEquals(Problem.MEDIA_TYPE, answer.contentType().split(";")[0]);
    assertEquals("DATABASE_UNAVAILABLE", answer.jsonPath().getString("code"));
    assertEquals("5", answer.header("Retry-After"));
    assertTrue(
        took.compareTo(SOCKET_TIMEOUT.plusSeconds(6)) < 0,
        () -> "the request waited " + took.toMillis() + " ms");
    System.out.printf(
        "[reliability] frozen database: 503 after %d ms (socketTimeout %d ms)%n",
        took.toMillis(), SOCKET_TIMEOUT.toMillis());

    // Resumed, the service serves again without a restart: reads and writes.
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int status = 0;
    while (System.nanoTime() < deadline && status != 200) {
      status = given().get("/api/v1/plans?limit=5").statusCode();
      if (status != 200) {
        Thread.sleep(250);
      }
    }
    assertEquals(200, status);
    GoalFixtures.newPlan();
  }

  /** The process of the test run's embedded mariadbd, found by the port it listens on. */
  private static String mariadbPid() {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    String port = url.replaceAll("^jdbc:mariadb://[^:/]+:(\\d+)/.*$", "$1");
    List<ProcessHandle> servers =
        ProcessHandle.allProcesses()
            .filter(
                p -> {
                  String command = p.info().commandLine().orElse("");
                  return (command.contains("mariadbd") || command.contains("mysqld"))
                      && command.contains("--port=" + port);
                })
            .toList();
    assertEquals(1, servers.size(), () -> "mariadbd on port " + port + ": " + servers);
    return Long.toString(servers.get(0).pid());
  }

  private static void signal(String signal, String pid) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
  }
}
