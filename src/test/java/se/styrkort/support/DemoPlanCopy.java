package se.styrkort.support;

import static se.styrkort.support.Api.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A fresh copy of the demo plan, imported from the same document the loader reads, under a name of
 * its own: tests that record values in it leave the shared demo plan as other tests expect it.
 */
public final class DemoPlanCopy {

  private DemoPlanCopy() {}

  /** Imports the copy and answers its id. */
  @SuppressWarnings("unchecked")
  public static long create(String name) {
    Map<String, Object> document;
    try (InputStream in = DemoPlanCopy.class.getResourceAsStream("/demo/ljusnarsberg-2024.json")) {
      document = new ObjectMapper().readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    document.put("name", name);
    return importDocument(document);
  }

  /**
   * Imports a plan document as a new plan and answers its id. An import is always a DRAFT (issue
   * 15); a document that says ADOPTED, as the demo plan's does, is then adopted as any plan is.
   */
  public static long importDocument(Map<String, Object> document) {
    long planId =
        given()
            .body(document)
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("planId");
    if ("ADOPTED".equals(document.get("status"))) {
      given()
          .header("If-Match", given().get("/api/v1/plans/{id}", planId).header("ETag"))
          .body(Map.of("decisionReference", "KF § 1", "decisionDate", "2024-11-25"))
          .post("/api/v1/plans/{id}/adoption", planId)
          .then()
          .statusCode(200);
    }
    return planId;
  }

  /** The copy's BI facts of one year, one per point. */
  public static List<Map<String, Object>> facts(long planId, int year) {
    return given()
        .queryParam("planId", planId)
        .queryParam("fromYear", year)
        .queryParam("toYear", year)
        .queryParam("limit", 500)
        .get("/api/v1/bi/facts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The id of the copy's point with that label (its first, where several share it). */
  public static long point(long planId, String label) {
    return facts(planId, 2024).stream()
        .filter(f -> label.equals(f.get("pointLabel")))
        .mapToLong(f -> ((Number) f.get("pointId")).longValue())
        .findFirst()
        .orElseThrow();
  }
}
