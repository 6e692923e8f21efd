package se.styrkort.kolada;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.point.PointFixtures;
import se.styrkort.support.Api;
import se.styrkort.support.DemoPlanCopy;
import se.styrkort.support.KoladaStub;

/**
 * Svenska of the demo plan measured by a Kolada key figure: Ljusnarsberg's own values (1864) become
 * its outcomes where it has none, and a recorded outcome is never replaced.
 */
@QuarkusTest
class OwnValueImportTest {

  private static final String IMPORT = "/api/v1/measurement-points/{id}/kolada-import";

  @BeforeEach
  void published() {
    KoladaStub.reset();
  }

  /**
   * Svenska of a fresh copy of the demo plan for each test, so that no test sees what another
   * recorded: 2023's outcome (29 %) is there, 2024's is not.
   */
  private static long svenska() {
    long plan =
        DemoPlanCopy.create("Flerårsplan 2025–2026 (egna värden, " + UUID.randomUUID() + ")");
    return DemoPlanCopy.point(plan, "Svenska");
  }

  private static JsonPath importFor(long point) {
    return given()
        .body(Map.of("koladaKpi", "N90002"))
        .post(IMPORT, point)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void recordsTheMunicipalitysValuesAsOutcomesWhereThereAreNone() {
    long point = svenska();
    JsonPath first = importFor(point);
    assertEquals(List.of(2024), first.getList("imported.year"));
    assertEquals(31, first.getInt("imported[0].value"));
    assertEquals(List.of(2023), first.getList("alreadyRecorded.year"));

    JsonPath again = importFor(point);
    assertEquals("1864", again.getString("municipalityCode"));
    assertEquals("Källa: Kolada", again.getString("credit"));
    assertEquals(List.of(), again.getList("imported"));
    assertEquals(List.of(2023, 2024), again.getList("alreadyRecorded.year"));
    // 2023 is the demo plan's own 29 %, equal to Kolada's; 2024 came from Kolada.
    assertEquals(29, again.getInt("alreadyRecorded[0].recorded"));
    assertEquals(31, again.getInt("alreadyRecorded[1].recorded"));
    assertEquals(List.of(2025, 2026), again.getList("missing"));

    List<Map<String, Object>> outcomes =
        given()
            .queryParam("year", 2024)
            .queryParam("kind", "OUTCOME")
            .get("/api/v1/measurement-points/{id}/evaluations", point)
            .jsonPath()
            .getList("items");
    assertEquals(1, outcomes.size(), "imported once");
    assertEquals(31, outcomes.get(0).get("value"));
    assertEquals("2024-12-31", outcomes.get(0).get("asOf"));
    assertEquals("Källa: Kolada (N90002)", outcomes.get(0).get("note"));
  }

  @Test
  void aPlanWithoutAMunicipalityCodeIsRefused() {
    long point = PointFixtures.newPoint(PointFixtures.percent("Svenska"));
    given()
        .body(Map.of("koladaKpi", "N90002"))
        .post(IMPORT, point)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("organisationCode"));
    assertTrue(
        given()
            .get("/api/v1/measurement-points/{id}/evaluations", point)
            .jsonPath()
            .getList("items")
            .isEmpty());
  }

  @Test
  void aFailingKoladaRecordsNothing() {
    long point = svenska();
    KoladaStub.failNext("garbage");
    given()
        .body(Map.of("koladaKpi", "N90002"))
        .post(IMPORT, point)
        .then()
        .statusCode(502)
        .body("code", equalTo("KOLADA_BAD_RESPONSE"))
        .body("detail", containsString("not JSON"));
    assertEquals(1, outcomes(point), "2023's outcome only, as before");
  }

  private static int outcomes(long point) {
    return given()
        .queryParam("kind", "OUTCOME")
        .get("/api/v1/measurement-points/{id}/evaluations", point)
        .jsonPath()
        .getList("items")
        .size();
  }

  @Test
  void aReporterMayImportAndAViewerMayNot() {
    long point = svenska();
    Api.as("reporter")
        .body(Map.of("koladaKpi", "N90002"))
        .post(IMPORT, point)
        .then()
        .statusCode(200)
        .body("imported.year", equalTo(List.of(2024)));
    Api.as("viewer").body(Map.of("koladaKpi", "N90002")).post(IMPORT, point).then().statusCode(403);
  }

  @Test
  void aKpiThatIsNotOneIsAFieldError() {
    Api.givenInvalid()
        .body(Map.of("koladaKpi", "N9/../x"))
        .post(IMPORT, svenska())
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("koladaKpi"));
  }
}
