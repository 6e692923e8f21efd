package se.styrkort.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Matematik and Svenska of the demo plan ("i förhållande till riket och Örebro län"): series
 * entered for them reach the BI facts beside the outcome.
 */
@QuarkusTest
class DemoPlanComparisonTest {

  private static long demoPlan() {
    List<Map<String, Object>> plans =
        given().queryParam("limit", 100).get("/api/v1/plans").jsonPath().getList("items");
    return plans.stream()
        .filter(p -> "Ljusnarsbergs kommun".equals(p.get("organisation")))
        .mapToLong(p -> ((Number) p.get("id")).longValue())
        .min()
        .orElseThrow();
  }

  private static List<Map<String, Object>> facts(long planId) {
    return given()
        .queryParam("planId", planId)
        .queryParam("limit", 500)
        .get("/api/v1/bi/facts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  private static Map<String, Object> series(String level, String label, String area, Object v) {
    Map<String, Object> value = new HashMap<>();
    value.put("year", 2024);
    value.put("value", v);
    Map<String, Object> body = new HashMap<>();
    body.put("level", level);
    body.put("label", label);
    body.put("source", "KOLADA");
    body.put("koladaKpi", "N15419");
    body.put("areaCode", area);
    body.put("values", List.of(value));
    return body;
  }

  @Test
  void matematikAndSvenskaShowRiketAndOrebroLanInTheBiFacts() {
    long plan = demoPlan();
    Map<String, Double[]> expected =
        Map.of("Matematik", new Double[] {71.2, 68.4}, "Svenska", new Double[] {77.0, null});
    for (Map.Entry<String, Double[]> e : expected.entrySet()) {
      long point =
          facts(plan).stream()
              .filter(f -> e.getKey().equals(f.get("pointLabel")))
              .mapToLong(f -> ((Number) f.get("pointId")).longValue())
              .findFirst()
              .orElseThrow();
      String path = "/api/v1/measurement-points/{id}/reference-series";
      given()
          .body(series("NATIONAL", "Riket", "0000", e.getValue()[0]))
          .post(path, point)
          .then()
          .statusCode(201);
      given()
          .body(series("COUNTY", "Örebro län", "0018", e.getValue()[1]))
          .post(path, point)
          .then()
          .statusCode(201);
    }
    for (Map.Entry<String, Double[]> e : expected.entrySet()) {
      Map<String, Object> fact =
          facts(plan).stream()
              .filter(f -> e.getKey().equals(f.get("pointLabel")) && f.get("year").equals(2024))
              .findFirst()
              .orElseThrow();
      assertEquals(
          e.getValue()[0], ((Number) fact.get("nationalValue")).doubleValue(), 1e-4, e.getKey());
      if (e.getValue()[1] == null) {
        assertNull(fact.get("countyValue"), "a missing county value stays missing, not 0");
      } else {
        assertEquals(e.getValue()[1], ((Number) fact.get("countyValue")).doubleValue(), 1e-4);
      }
    }
  }
}
