package se.styrkort.bulk;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;

/**
 * The 2024 outcomes of every point of the seed plan, as a municipality would export them from a
 * spreadsheet (fixture {@code bulk/ljusnarsberg-2024-outcomes.csv}: BOM, semicolons, decimal comma,
 * CRLF, two values missing with a note), imported into a copy of the demo plan: a dry run reports
 * 23 new values and writes none; the real run writes all 23.
 */
@QuarkusTest
class SeedCsvImportTest {

  private static final String FIXTURE = "bulk/ljusnarsberg-2024-outcomes.csv";

  /** A copy of the demo plan, so the demo plan itself keeps only the seed's values. */
  private static long copyOfTheDemoPlan() {
    Map<String, Object> document =
        given()
            .get("/api/v1/plans/{id}/export", DemoPlans.id())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    document.put("name", "Flerårsplan 2025–2026 (CSV-import)");
    return given()
        .body(document)
        .post("/api/v1/plans/import")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("planId");
  }

  /** The plan's measurement points in document order: a goal's indicators, then its sub-goals. */
  @SuppressWarnings("unchecked")
  private static List<Long> pointsInOrder(long planId) {
    List<Map<String, Object>> areas =
        given()
            .get("/api/v1/plans/{id}/tree", planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("focusAreas");
    List<Long> ids = new ArrayList<>();
    areas.forEach(area -> collect(area, ids));
    return ids;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Map<String, Object> goal, List<Long> ids) {
    for (Map<String, Object> indicator : (List<Map<String, Object>>) goal.get("indicators")) {
      for (Map<String, Object> point :
          (List<Map<String, Object>>) indicator.get("measurementPoints")) {
        ids.add(((Number) point.get("id")).longValue());
      }
    }
    for (Map<String, Object> child : (List<Map<String, Object>>) goal.get("goals")) {
      collect(child, ids);
    }
  }

  /** The fixture with #1…#23 replaced by the ids of the plan's points, in document order. */
  private static String fixtureFor(List<Long> points) throws IOException {
    String csv;
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(FIXTURE)) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // From the highest number down, so that #2 does not rewrite the start of #23.
    for (int n = points.size(); n >= 1; n--) {
      csv = csv.replace("\n#" + n + ";", "\n" + points.get(n - 1) + ";");
    }
    return csv;
  }

  private static void completeOn31December(long planId, int complete) {
    given()
        .queryParam("asOf", "2024-12-31")
        .get("/api/v1/plans/{id}/follow-up-status", planId)
        .then()
        .statusCode(200)
        .body("counts.total", equalTo(23))
        .body("counts.complete", equalTo(complete));
  }

  @Test
  void theSeedsOutcomesFor2024AreReportedInADryRunAndWrittenForReal() throws IOException {
    long planId = copyOfTheDemoPlan();
    List<Long> points = pointsInOrder(planId);
    String csv = fixtureFor(points);

    given()
        .contentType("text/csv; charset=UTF-8")
        .body(csv)
        .queryParam("dryRun", true)
        .post("/api/v1/plans/{planId}/evaluations/import", planId)
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("created", equalTo(23))
        .body("updated", equalTo(0))
        .body("unchanged", equalTo(0))
        .body("createdIds", hasSize(0));
    completeOn31December(planId, 0);

    given()
        .contentType("text/csv; charset=UTF-8")
        .body(csv)
        .post("/api/v1/plans/{planId}/evaluations/import", planId)
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(false))
        .body("created", equalTo(23))
        .body("createdIds", hasSize(23));
    completeOn31December(planId, 23);
    given()
        .queryParam("year", 2024)
        .get("/api/v1/measurement-points/{id}/evaluations", points.get(1))
        .then()
        .statusCode(200)
        .body("items[0].value", equalTo(83.5f))
        .body("items[0].periodLabel", equalTo("Helår"));
    given()
        .queryParam("year", 2024)
        .get("/api/v1/measurement-points/{id}/evaluations", points.get(20))
        .then()
        .statusCode(200)
        .body("items[0].value", equalTo(null))
        .body("items[0].note", equalTo("Mätaren byts, värdet kommer i februari"));

    // The same file again changes nothing.
    given()
        .contentType("text/csv; charset=UTF-8")
        .body(csv)
        .queryParam("dryRun", true)
        .post("/api/v1/plans/{planId}/evaluations/import", planId)
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("unchanged", equalTo(23));
  }
}
