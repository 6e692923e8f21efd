package se.styrkort.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkort.support.ItDatabase;
import se.styrkort.support.PackagedService;
import se.styrkort.support.WebChecks;

/**
 * The demo plan's report in headless Chromium, against the packaged service, read as anyone reads a
 * public plan's report: axe-core finds no WCAG 2.1 AA violation (clients/web/report-check.mjs, on
 * the browser helpers of clients/web/browser.mjs), and the screenshots are left for a person to
 * look at. Also prints the CPU time the service spends on one report, HTML and PDF, each computed
 * afresh (a figure, not a check). Skipped, saying why, where Chromium or npm is missing; CI
 * installs both.
 */
class ReportPageIT {

  static final Path OUT = Path.of("target/report");
  static final Path SCREENSHOT = OUT.resolve("report-html.png");
  static final Path TABLE_SCREENSHOT = OUT.resolve("report-html-table.png");

  private static ItDatabase database;
  private static PackagedService service;

  @BeforeAll
  static void start() {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/chromium")) || System.getenv("CHROMIUM") != null,
        "SKIPPED: no Chromium (apt-get install -y chromium); the report check needs a browser");
    assumeTrue(
        WebChecks.onPath("npm"), "SKIPPED: no npm on the PATH; the report check needs Node.js");
    database = ItDatabase.start("report-page");
    service =
        PackagedService.launch(
            "report-page", database.jdbcUrl(), Map.of("STYRKORT_DEMO_DATA", "true"));
    service.awaitReady(Duration.ofMinutes(6));
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theReportHasNoAccessibilityViolationInChromium() throws Exception {
    publishTheDemoPlanWithValues();
    Files.createDirectories(OUT);
    String url = service.baseUri().resolve("/api/v1/plans/1/report?year=2024").toString();
    WebChecks.run(
        List.of(
            "sh",
            "-c",
            "if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt"
                + " node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi;"
                + " node report-check.mjs"),
        Map.of(
            "STYRKORT_REPORT_URL", url,
            "STYRKORT_SCREENSHOT", SCREENSHOT.toAbsolutePath().toString(),
            "STYRKORT_TABLE_SCREENSHOT", TABLE_SCREENSHOT.toAbsolutePath().toString(),
            "STYRKORT_FIGURES", OUT.resolve("axe.json").toAbsolutePath().toString()));
    System.out.println("[styrkort] report screenshots: " + SCREENSHOT.toAbsolutePath());
    measure();
  }

  /**
   * CPU time of the service per report computed afresh: each request differs in Accept-Language,
   * which is part of the cache key but not of the (Swedish) document.
   */
  private static void measure() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String[] languages = {"sv", "sv-SE", "sv-FI", "en", "en-GB", "da", "nb", "fi"};
    for (String format : List.of("html", "pdf")) {
      // Two warm-ups, then the figures.
      long[] cpu = new long[languages.length];
      for (int i = 0; i < languages.length; i++) {
        long before = cpuMillis(service.pid());
        HttpResponse<byte[]> response =
            http.send(
                HttpRequest.newBuilder(
                        service
                            .baseUri()
                            .resolve("/api/v1/plans/1/report?year=2024&format=" + format))
                    .header("Accept-Language", languages[i])
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        cpu[i] = cpuMillis(service.pid()) - before;
      }
      long[] measured = java.util.Arrays.copyOfRange(cpu, 2, cpu.length);
      System.out.println(
          "[styrkort] report "
              + format
              + ": service CPU ms per fresh report (after 2 warm-ups): "
              + java.util.Arrays.toString(measured)
              + ", median "
              + java.util.Arrays.stream(measured).sorted().toArray()[measured.length / 2]);
    }
  }

  /** The process's user and system CPU time so far, from /proc (clock ticks of 10 ms). */
  private static long cpuMillis(long pid) throws IOException {
    String[] fields =
        Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }

  /** The demo plan public, with two 2024 outcomes so the report shows judged points too. */
  private static void publishTheDemoPlanWithValues() throws Exception {
    WebChecks.publishTheDemoPlan(service);
    for (String[] value : new String[][] {{"1", "99.5"}, {"2", "100"}}) {
      var recorded =
          service
              .admin()
              .postJson(
                  "/api/v1/measurement-points/" + value[0] + "/evaluations",
                  "{\"year\": 2024, \"kind\": \"OUTCOME\", \"asOf\": \"2024-12-31\", \"value\": "
                      + value[1]
                      + "}");
      assertEquals(201, recorded.status(), recorded.body());
    }
  }
}
