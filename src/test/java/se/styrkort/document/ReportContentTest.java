package se.styrkort.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.styrkort.support.DemoPlanCopy;

/**
 * What the report shows beyond the seed, on a copy of the demo plan: a 2024 outcome judged, riket
 * and the county beside it with Kolada's credit (a missing reference value reads "saknas"), a
 * goal's assessment with outlook, motivation and analysis, and a reporting period that cuts the
 * values at its date.
 */
@QuarkusTest
class ReportContentTest {

  @Test
  void showsValuesReferencesAndAssessmentsAndAPeriodCutsAtItsDate() {
    long plan = DemoPlanCopy.create("Rapport " + System.nanoTime());
    JsonPath tree = given().get("/api/v1/plans/{id}/tree", plan).jsonPath();
    long goal = tree.getLong("focusAreas[1].goals[0].id");
    long matematik = tree.getLong("focusAreas[1].goals[0].indicators[0].measurementPoints[0].id");
    record(matematik, "FORECAST", "2024-08-31", 15);
    record(matematik, "OUTCOME", "2024-12-31", 20);
    given()
        .body(
            Map.of(
                "level", "NATIONAL",
                "label", "Riket",
                "source", "KOLADA",
                "koladaKpi", "N15419",
                "areaCode", "0000",
                "values", List.of(Map.of("year", 2024, "value", 71.2))))
        .post("/api/v1/measurement-points/{id}/reference-series", matematik)
        .then()
        .statusCode(201);
    given()
        .body(Map.of("level", "COUNTY", "label", "Örebro län", "source", "MANUAL"))
        .post("/api/v1/measurement-points/{id}/reference-series", matematik)
        .then()
        .statusCode(201);
    List<Map<String, Object>> periods =
        given()
            .body(Map.of("year", 2024))
            .post("/api/v1/plans/{id}/reporting-periods/default-calendar", plan)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    long delar =
        periods.stream()
            .filter(p -> "2024-DELAR".equals(p.get("code")))
            .map(p -> ((Number) p.get("id")).longValue())
            .findFirst()
            .orElseThrow();
    given()
        .body(
            Map.of(
                "nodeKind", "GOAL",
                "nodeId", goal,
                "status", "PARTIALLY_FULFILLED",
                "outlook", "UNCERTAIN",
                "motivation", "Matematiken går framåt, svenskan är ännu inte mätt.",
                "analysis", "Lästräningen i årskurs 1–3 har fått fler timmar."))
        .post("/api/v1/reporting-periods/{id}/assessments", delar)
        .then()
        .statusCode(201);

    Document year = report(plan, null);
    Element row = row(year, "Matematik");
    assertEquals("Utfall 2024-12-31: 20 %", row.select("td").get(2).text());
    assertEquals("Uppfyllt", row.select("td").get(3).selectFirst("strong").text());
    assertEquals("Riket: 71,2 % Örebro län: saknas", row.select("td").get(4).text());
    Element table = row.closest("section.indikator");
    assertEquals("Jämförelse 2024", table.select("thead th").get(5).text());
    assertEquals("Jämförelsevärden: Källa: Kolada", table.selectFirst("p.kalla").text());
    Element assessment = year.getElementById("mal-" + goal).parent().selectFirst(".bedomning");
    String text = assessment.text();
    assertTrue(text.contains("Bedömning (2024-DELAR): Delvis uppfyllt"), text);
    assertTrue(text.contains("Prognos för målet: Osäkert"), text);
    assertTrue(text.contains("Motivering: Matematiken går framåt"), text);
    assertTrue(text.contains("Analys: Lästräningen i årskurs 1–3"), text);
    assertTrue(year.selectFirst("p.mening").text().startsWith("1 av 23 mätpunkter uppfyllda"));

    // At the interim report (31 August) the outcome is not there yet: the forecast is judged.
    Document interim = report(plan, "2024-DELAR");
    Element early = row(interim, "Matematik");
    assertEquals("Prognos 2024-08-31: 15 %", early.select("td").get(2).text());
    assertEquals("Ej uppfyllt", early.select("td").get(3).selectFirst("strong").text());
    assertTrue(interim.selectFirst("header").text().contains("Delår 2024 (2024-DELAR)"));
    assertEquals("Uppföljning Delår 2024 – " + tree.getString("name"), interim.title());
  }

  private static void record(long point, String kind, String asOf, int value) {
    given()
        .body(Map.of("year", 2024, "kind", kind, "asOf", asOf, "value", value))
        .post("/api/v1/measurement-points/{id}/evaluations", point)
        .then()
        .statusCode(201);
  }

  private static Document report(long plan, String period) {
    var request = given().accept("text/html").queryParam("year", 2024);
    if (period != null) {
      request.queryParam("period", period);
    }
    return Jsoup.parse(
        request.get("/api/v1/plans/{id}/report", plan).then().statusCode(200).extract().asString());
  }

  private static Element row(Document document, String label) {
    return document.select("section.indikator tbody tr").stream()
        .filter(tr -> tr.selectFirst("th").text().equals(label))
        .findFirst()
        .orElseThrow();
  }
}
