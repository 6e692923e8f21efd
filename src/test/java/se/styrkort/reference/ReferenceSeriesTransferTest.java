package se.styrkort.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;
import se.styrkort.support.DemoPlanCopy;
import se.styrkort.support.JsonTrees;

/**
 * A plan's reference series travel with it in the plan document: exported, imported into a new plan
 * (and so into a revision), and checked on import with the document's paths.
 */
@QuarkusTest
class ReferenceSeriesTransferTest {

  private static final String SERIES = "/api/v1/measurement-points/{id}/reference-series";

  private static Map<String, Object> series(String level, String label, String area) {
    Map<String, Object> body = new HashMap<>();
    body.put("level", level);
    body.put("label", label);
    body.put("source", "KOLADA");
    body.put("koladaKpi", "N90001");
    body.put("areaCode", area);
    Map<String, Object> missing = new HashMap<>();
    missing.put("year", 2025);
    missing.put("value", null);
    body.put("values", List.of(Map.of("year", 2024, "value", 71.2, "preliminary", true), missing));
    return body;
  }

  private static Map<String, Object> exported(long plan) {
    return given()
        .get("/api/v1/plans/{id}/export", plan)
        .then()
        .statusCode(200)
        .extract()
        .as(Map.class);
  }

  @Test
  void aPlansSeriesAreExportedAndImportedWithItsValues() {
    long plan = DemoPlanCopy.create("Flerårsplan 2025–2026 (export med jämförelser)");
    long matematik = DemoPlanCopy.point(plan, "Matematik");
    given()
        .body(series("NATIONAL", "Riket", "0000"))
        .post(SERIES, matematik)
        .then()
        .statusCode(201);
    given()
        .body(series("COUNTY", "Örebro län", "0018"))
        .post(SERIES, matematik)
        .then()
        .statusCode(201);

    Map<String, Object> document = exported(plan);
    document.put("name", "Flerårsplan 2025–2026 (importerad med jämförelser)");
    long copy = DemoPlanCopy.importDocument(document);

    List<Map<String, Object>> imported =
        given().get(SERIES, DemoPlanCopy.point(copy, "Matematik")).jsonPath().getList("");
    // By level, then label: COUNTY before NATIONAL.
    assertEquals(
        List.of("Örebro län", "Riket"), imported.stream().map(s -> s.get("label")).toList());
    Map<String, Object> riket = imported.get(1);
    assertEquals("N90001", riket.get("koladaKpi"));
    assertEquals("0000", riket.get("areaCode"));
    List<Map<String, Object>> values = (List<Map<String, Object>>) riket.get("values");
    assertEquals(71.2, ((Number) values.get(0).get("value")).doubleValue(), 1e-4);
    assertEquals(true, values.get(0).get("preliminary"));
    assertEquals(null, values.get(1).get("value"), "missing stays missing");
    assertEquals(
        List.of(), given().get(SERIES, DemoPlanCopy.point(copy, "Svenska")).jsonPath().getList(""));

    // The next plan, revised from this one, is linked to Kolada as this one is.
    long revision =
        given()
            .post("/api/v1/plans/{id}/revisions", plan)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    assertEquals(
        2,
        given()
            .get(SERIES, DemoPlanCopy.point(revision, "Matematik"))
            .jsonPath()
            .getList("")
            .size());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSeriesOutsideThePlansYearsIsRefusedWithItsPlaceInTheDocument() {
    long plan = DemoPlanCopy.create("Flerårsplan 2025–2026 (felaktig jämförelse)");
    long matematik = DemoPlanCopy.point(plan, "Matematik");
    given()
        .body(series("NATIONAL", "Riket", "0000"))
        .post(SERIES, matematik)
        .then()
        .statusCode(201);
    Map<String, Object> document = exported(plan);
    document.put("name", "Flerårsplan 2025–2026 (felaktig jämförelse, kopia)");
    Map<String, Object> riket = firstSeries(document);
    ((List<Map<String, Object>>) riket.get("values")).get(0).put("year", 1999);

    List<String> fields =
        Api.givenInvalid()
            .body(document)
            .post("/api/v1/plans/import")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("errors.field");
    assertEquals(1, fields.size(), fields.toString());
    assertTrue(
        fields
            .get(0)
            .matches(
                "focusAreas\\[\\d+]\\..*measurementPoints\\[\\d+]\\.referenceSeries\\[0]\\.values\\[0]\\.year"),
        fields.get(0));
  }

  /** The first series of the first point that has any, wherever it is in the document. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstSeries(Object document) {
    return JsonTrees.first(
            document,
            node -> node.get("referenceSeries") instanceof List<?> list && !list.isEmpty())
        .map(node -> ((List<Map<String, Object>>) node.get("referenceSeries")).get(0))
        .orElseThrow();
  }
}
