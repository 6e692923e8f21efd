package se.styrkort.transfer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;
import static se.styrkort.support.Plans.imported;
import static se.styrkort.transfer.PlanDocuments.goal;
import static se.styrkort.transfer.PlanDocuments.indicator;
import static se.styrkort.transfer.PlanDocuments.percentPoint;
import static se.styrkort.transfer.PlanDocuments.withoutProvenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;

@QuarkusTest
class PlanTransferTest {

  private final ObjectMapper json = new ObjectMapper();

  @Inject SessionFactory sessionFactory;

  @Test
  void theDemoPlanSurvivesExportImportExportUnchanged() throws Exception {
    ObjectNode exported = export(DemoPlans.id());
    ObjectNode document = exported.deepCopy();
    // Another name, so that the demo plan stays the only one of its name.
    document.put("name", "Flerårsplan 2025–2026 (kopia)");
    // Values in every approval state: an import that dropped a state would not round-trip.
    List<JsonNode> values = document.findValues("evaluations");
    ((ObjectNode) values.get(0).get(0)).put("state", "SUBMITTED");
    ((ObjectNode) values.get(1).get(0)).put("state", "APPROVED");
    assertEquals(
        List.of("SUBMITTED", "APPROVED", "DRAFT"),
        values.subList(0, 3).stream().map(v -> v.get(0).get("state").textValue()).toList());

    ExtractableResponse<Response> imported =
        given()
            .body(json.writeValueAsString(document))
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .header("Location", notNullValue())
            .body("focusAreas", equalTo(5))
            .body("goals", equalTo(12))
            .body("indicators", equalTo(10))
            .body("measurementPoints", equalTo(23))
            .extract();
    long planId = imported.jsonPath().getLong("planId");
    assertTrue(imported.header("Location").endsWith("/api/v1/plans/" + planId));

    ObjectNode again = export(planId);
    assertEquals(planId, again.get("exportedFrom").get("planId").longValue());
    // What an import never keeps (issue 15): the plan is a DRAFT, and every value is the
    // importer's, recorded now. An admin holds every role, so every approval state is kept.
    assertEquals("DRAFT", again.get("status").textValue());
    for (JsonNode value :
        again.findValues("evaluations").stream()
            .flatMap(v -> java.util.stream.StreamSupport.stream(v.spliterator(), false))
            .toList()) {
      assertTrue(value.get("recordedBy").textValue().endsWith("(local-admin)"), value.toString());
    }
    document.remove("exportedFrom");
    again.remove("exportedFrom");
    assertEquals(
        withoutProvenance(document, "evaluations"),
        withoutProvenance(again.deepCopy(), "evaluations"));

    // And once more from the copy: export → import → export is a fixed point.
    again.put("name", "Flerårsplan 2025–2026 (kopia 2)");
    ObjectNode third = export(imported(again));
    third.remove("exportedFrom");
    assertEquals(withoutProvenance(again, "evaluations"), withoutProvenance(third, "evaluations"));
  }

  @Test
  void aDocumentWithoutStatusBecomesADraftPlan() throws Exception {
    ObjectNode document = PlanDocuments.plan();
    ObjectNode goal = goal(goal(document, "focusAreas", "Öppen kommun"), "goals", "Tillgänglig");
    percentPoint(indicator(goal, "Respektfullt bemötande"), "Förskola", 99);

    String location =
        given()
            .body(json.writeValueAsString(document))
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .body("measurementPoints", equalTo(1))
            .body("evaluations", equalTo(1))
            .extract()
            .header("Location");

    given().get(location).then().statusCode(200).body("status", equalTo("DRAFT"));
  }

  @Test
  void oneBadValueDeepInsideWritesNothingAndIsNamedByItsPlace() throws Exception {
    ObjectNode document = PlanDocuments.plan();
    goal(goal(document, "focusAreas", "Öppen kommun"), "goals", "Tillgänglig");
    ObjectNode goal = goal(goal(document, "focusAreas", "Hållbar kommun"), "goals", "Energi");
    indicator(goal, "Bemötande");
    ObjectNode indicator = indicator(goal, "Elever");
    percentPoint(indicator, "Förskola", 99);
    ObjectNode point = percentPoint(indicator, "Grundskola", 81);
    ((ObjectNode) point.get("targets").get(0)).put("value", 150);
    ((ObjectNode) point.get("evaluations").get(0)).put("asOf", "2021-12-31");

    given()
        .body(json.writeValueAsString(document))
        .post("/api/v1/plans/import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body(
            "errors.field",
            contains(
                "focusAreas[1].goals[0].indicators[1].measurementPoints[1].targets[0].value",
                "focusAreas[1].goals[0].indicators[1].measurementPoints[1].evaluations[0].asOf"))
        .body(
            "errors.message",
            contains(
                "must be a number between 0 and 100",
                "must lie in 2023 or 2024 for a value describing 2023"));

    given()
        .queryParam("organisation", document.get("organisation").textValue())
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void aMissingTitleIsNamedByItsPlaceToo() throws Exception {
    ObjectNode document = PlanDocuments.plan();
    ObjectNode area = goal(document, "focusAreas", "Öppen kommun");
    goal(area, "goals", "Tillgänglig");
    goal(area, "goals", " ");

    givenInvalid()
        .body(json.writeValueAsString(document))
        .post("/api/v1/plans/import")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("focusAreas[0].goals[1].title"))
        .body("errors.message", contains("must not be blank"));
  }

  @Test
  void exportingCostsTheSameStatementsWhateverThePlansSize() throws Exception {
    ObjectNode document = PlanDocuments.plan();
    ObjectNode goal = goal(goal(document, "focusAreas", "Öppen kommun"), "goals", "Tillgänglig");
    percentPoint(indicator(goal, "Respektfullt bemötande"), "Förskola", 99);
    long small = imported(document);

    assertEquals(
        statementsToExport(small),
        statementsToExport(DemoPlans.id()),
        "one statement per table, not per row");
  }

  @Test
  void exportingAnUnknownPlanIs404() {
    given()
        .get("/api/v1/plans/{planId}/export", Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"))
        .body("detail", equalTo("No plan with id " + Long.MAX_VALUE + "."));
  }

  @Test
  void malformedJsonIs400() {
    givenInvalid()
        .body("{\"name\": \"Flerårsplan\", \"startYear\" 2024}")
        .post("/api/v1/plans/import")
        .then()
        .statusCode(400)
        .body("code", equalTo("MALFORMED_JSON"))
        .body("detail", startsWith("The body is not valid JSON"));
  }

  private long statementsToExport(long planId) {
    sessionFactory.getStatistics().clear();
    given().get("/api/v1/plans/{planId}/export", planId).then().statusCode(200);
    return sessionFactory.getStatistics().getPrepareStatementCount();
  }

  private ObjectNode export(long planId) throws Exception {
    String body =
        given()
            .get("/api/v1/plans/{planId}/export", planId)
            .then()
            .statusCode(200)
            .body("formatVersion", equalTo(1))
            .body("exportedFrom.planId", equalTo((int) planId))
            .extract()
            .asString();
    JsonNode tree = json.readTree(body);
    return (ObjectNode) tree;
  }
}
