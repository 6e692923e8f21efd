package se.styrkort.bulk;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * What a bulk entry costs in SQL statements, for 10 and for 200 rows: new values and their first
 * revisions are written in multi-row INSERTs, corrections in JDBC batches, so the count does not
 * grow row by row. The figures are printed for the report (grep "bulk statements").
 */
@QuarkusTest
class BulkStatementCountTest {

  @Inject EntityManagerFactory entityManagerFactory;

  /** A plan with {@code size} PERCENT points under one indicator, imported in one request. */
  private static List<Long> planWithPoints(int size, long[] planId) {
    List<Map<String, Object>> points = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      points.add(Map.of("label", "Skola " + i, "valueType", "PERCENT", "unit", "%"));
    }
    Map<String, Object> indicator =
        Map.of("title", "Andel elever med godkända betyg", "measurementPoints", points);
    Map<String, Object> goal =
        Map.of("title", "Alla elever når målen", "indicators", List.of(indicator));
    Map<String, Object> area = Map.of("title", "Utbildning", "goals", List.of(goal));
    Map<String, Object> document = new HashMap<>();
    document.put("formatVersion", 1);
    document.put("name", "Flerårsplan 2025–2026");
    document.put("organisation", "Testkommun " + UUID.randomUUID());
    document.put("startYear", 2024);
    document.put("endYear", 2026);
    document.put("baselineYear", 2023);
    document.put("focusAreas", List.of(area));
    planId[0] =
        given()
            .body(document)
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("planId");
    return given()
        .get("/api/v1/plans/{id}/tree", planId[0])
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("focusAreas[0].goals[0].indicators[0].measurementPoints.id", Long.class);
  }

  private long statementsFor(long planId, List<Long> points, int value, String answer) {
    List<Map<String, Object>> rows =
        points.stream().map(id -> BulkEntryFixtures.outcome(id, 2024, value)).toList();
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    given()
        .body(Map.of("rows", rows))
        .post(BulkEntryFixtures.BULK, planId)
        .then()
        .statusCode(200)
        .body(answer, equalTo(points.size()));
    return statistics.getPrepareStatementCount();
  }

  @Test
  void aBulkEntryCostsAboutTheSameStatementsFor10RowsAsFor200() {
    long[] small = new long[1];
    long[] large = new long[1];
    List<Long> ten = planWithPoints(10, small);
    List<Long> twoHundred = planWithPoints(200, large);

    long create10 = statementsFor(small[0], ten, 90, "created");
    long create200 = statementsFor(large[0], twoHundred, 90, "created");
    long correct10 = statementsFor(small[0], ten, 95, "updated");
    long correct200 = statementsFor(large[0], twoHundred, 95, "updated");
    System.out.printf(
        "bulk statements: create 10 rows %d, 200 rows %d; correct 10 rows %d, 200 rows %d%n",
        create10, create200, correct10, correct200);

    assertTrue(create10 > 0, "statistics must be counting");
    assertEquals(create10, create200, "new values: multi-row inserts, not one per row");
    // Corrections go in JDBC batches of 50 (quarkus.hibernate-orm.jdbc.statement-batch-size).
    assertTrue(
        correct200 <= correct10 + 200 / 50, "corrections: " + correct10 + " vs " + correct200);

    // Every value and its history are there: two revisions for each corrected value.
    given()
        .get("/api/v1/measurement-points/{id}/evaluations", twoHundred.get(199))
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].value", equalTo(95))
        .body("items[0].version", equalTo(1));
    long evaluationId =
        given()
            .get("/api/v1/measurement-points/{id}/evaluations", twoHundred.get(199))
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    given()
        .get("/api/v1/evaluations/{id}/history", evaluationId)
        .then()
        .statusCode(200)
        .body("items.changeType", org.hamcrest.Matchers.contains("UPDATED", "CREATED"))
        .body("items.value", org.hamcrest.Matchers.contains(95, 90))
        .body("items.version", org.hamcrest.Matchers.contains(1, 0));
  }
}
