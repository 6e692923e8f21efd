package se.styrkort.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the browser checks against the packaged service share (ReferencePageIT, ReportPageIT): the
 * demo plan published, and the Node.js scripts of clients/web run with their output shown.
 */
public final class WebChecks {

  public static final Path WEB = Path.of("clients/web");

  private WebChecks() {}

  /** Makes the (adopted) demo plan, id 1, public, as the municipality would publish it. */
  public static void publishTheDemoPlan(PackagedService service) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String key = service.adminKey();
    HttpResponse<String> read =
        http.send(
            HttpRequest.newBuilder(service.baseUri().resolve("/api/v1/plans/1"))
                .header("X-API-Key", key)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, read.statusCode(), read.body());
    HttpResponse<String> published =
        http.send(
            HttpRequest.newBuilder(service.baseUri().resolve("/api/v1/plans/1/visibility"))
                .header("X-API-Key", key)
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"public\": true}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, published.statusCode(), published.body());
  }

  /** Runs a command in clients/web, prints its output, and fails unless it exits 0. */
  public static void run(List<String> command, Map<String, String> env) throws Exception {
    Path log = Files.createTempFile("web-check", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(WEB.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    boolean ended = process.waitFor(Duration.ofMinutes(10).toSeconds(), TimeUnit.SECONDS);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    if (!ended) {
      process.destroyForcibly();
    }
    assertEquals(0, ended ? process.exitValue() : -1, String.join(" ", command) + ":\n" + output);
  }

  public static boolean onPath(String program) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
