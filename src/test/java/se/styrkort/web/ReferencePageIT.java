package se.styrkort.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * The reference public page (clients/web) in headless Chromium against the packaged service, from
 * another origin (the page on localhost, the API on 127.0.0.1), as a citizen opens it: the demo
 * plan published as the municipality would publish it, nothing else. The browser part is
 * clients/web/test/reference-page.test.mjs (playwright-core driving Debian's Chromium, axe-core);
 * this test starts the service, builds the page from the contract and runs it. Skipped, saying why,
 * where Chromium or npm is missing; CI (.ci/run) installs both.
 */
class ReferencePageIT {

  static final Path SCREENSHOT = Path.of("target/reference-page/reference-page.png");
  static final Path FIGURES = Path.of("target/reference-page/figures.json");

  private static ItDatabase database;
  private static PackagedService service;

  @BeforeAll
  static void start() {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/chromium")) || System.getenv("CHROMIUM") != null,
        "SKIPPED: no Chromium (apt-get install -y chromium); the reference page needs a browser");
    assumeTrue(
        WebChecks.onPath("npm"), "SKIPPED: no npm on the PATH; the reference page needs Node.js");
    database = ItDatabase.start("reference-page");
    service =
        PackagedService.launch(
            "reference-page",
            database.jdbcUrl(),
            Map.of(
                "STYRKORT_DEMO_DATA", "true",
                "STYRKORT_CORS_ENABLED", "true",
                "STYRKORT_CORS_ORIGINS", "/http://localhost:[0-9]+/",
                // A browser may keep an anonymous read a second here (60 s by default), so that
                // the test's reload finds its copy stale and revalidates it.
                "STYRKORT_CACHE_PUBLIC", "public, max-age=1"));
    // Generous: a shared build machine may be slow to start a JVM and a database.
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
  void aCitizenSeesTheDemoPlanInChromium() throws Exception {
    publishTheDemoPlan();
    WebChecks.run(List.of("sh", "build.sh"), Map.of());
    Files.createDirectories(SCREENSHOT.getParent());
    WebChecks.run(
        List.of("npm", "test", "--silent"),
        Map.of(
            "STYRKORT_API", service.baseUri().toString().replaceAll("/$", ""),
            "STYRKORT_SCREENSHOT", SCREENSHOT.toAbsolutePath().toString(),
            "STYRKORT_FIGURES", FIGURES.toAbsolutePath().toString(),
            "STYRKORT_MAX_AGE", "1"));
    System.out.println("[styrkort] reference page screenshot: " + SCREENSHOT.toAbsolutePath());
    System.out.println(Files.readString(FIGURES));
  }

  /**
   * The municipality publishes its adopted plan (the demo plan is adopted), and records one
   * follow-up value.
   */
  private static void publishTheDemoPlan() throws Exception {
    WebChecks.publishTheDemoPlan(service);
    // Förskola's outcome for 2024 (the README's tour): the page then shows a judged point too.
    var recorded =
        service
            .admin()
            .postJson(
                "/api/v1/measurement-points/1/evaluations",
                "{\"year\": 2024, \"kind\": \"OUTCOME\", \"asOf\": \"2024-12-31\","
                    + " \"value\": 99.5, \"periodLabel\": \"Helår\"}");
    assertEquals(201, recorded.status(), recorded.body());
  }
}
