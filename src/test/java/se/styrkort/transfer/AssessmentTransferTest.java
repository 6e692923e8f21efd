package se.styrkort.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.as;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;
import static se.styrkort.support.Plans.adopt;
import static se.styrkort.support.Plans.exported;
import static se.styrkort.support.Plans.imported;
import static se.styrkort.support.Plans.revise;
import static se.styrkort.transfer.PlanDocuments.forged;
import static se.styrkort.transfer.PlanDocuments.goal;
import static se.styrkort.transfer.PlanDocuments.indicator;
import static se.styrkort.transfer.PlanDocuments.percentPoint;
import static se.styrkort.transfer.PlanDocuments.periods2024;
import static se.styrkort.transfer.PlanDocuments.withoutProvenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan document carries the reporting periods and the assessments (issue 19): exported under
 * the node each judges, imported as the importer could have written them by the ordinary operations
 * (issue 15's rule for values: the importer and the time of the import are recorded, a state is
 * kept only as far as the importer's role gives it, and a period is closed only by an approver),
 * and not copied by a revision.
 */
@QuarkusTest
class AssessmentTransferTest {

  private final ObjectMapper json = new ObjectMapper();

  /** A plan with Delår (closed) and Helår 2024, and approved assessments in another's name. */
  private static ObjectNode documentWithAssessments() {
    ObjectNode document = PlanDocuments.plan();
    for (JsonNode period : periods2024(document)) {
      ((ObjectNode) period).put("expectsAssessments", true).put("expectsAnalyses", true);
    }
    ObjectNode area = goal(document, "focusAreas", "Öppen kommun");
    ObjectNode indicator = indicator(goal(area, "goals", "Tillgänglig"), "Matematik");
    percentPoint(indicator, "Matematik", 17);
    assessment(document.putArray("assessments"), "2024-HELAR", "PARTIALLY_FULFILLED", null);
    ArrayNode ofArea = area.putArray("assessments");
    assessment(ofArea, "2024-DELAR", "FULFILLED", "EXPECTED_MET");
    assessment(indicator.putArray("assessments"), "2024-HELAR", "NOT_FULFILLED", null);
    return document;
  }

  private static void assessment(ArrayNode list, String period, String status, String outlook) {
    ObjectNode a = forged(list.addObject());
    a.put("period", period);
    a.put("status", status);
    if (outlook != null) {
      a.put("outlook", outlook);
    }
    a.put("motivation", "Bedömt mot riket och Örebro län");
    a.put("analysis", "Analys i förhållande till riket och Örebro län.");
    a.put("state", "APPROVED");
  }

  private static Map<String, Long> periods(long planId) {
    JsonPath periods =
        given().get("/api/v1/plans/{id}/reporting-periods", planId).then().extract().jsonPath();
    return Map.of(
        periods.getString("items[0].code"), periods.getLong("items[0].id"),
        periods.getString("items[1].code"), periods.getLong("items[1].id"));
  }

  @Test
  void aPlannersImportKeepsNoApprovalNoAuthorNoTimeAndClosesNoPeriod() {
    Instant before = Instant.now();
    long planId =
        as("PLANNER")
            .body(documentWithAssessments().toString())
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .body("reportingPeriods", equalTo(2))
            .body("assessments", equalTo(3))
            .body("downgradedAssessments", equalTo(3))
            .body("notes", hasItem(containsString("3 assessments were APPROVED, kept as DRAFT")))
            .body("notes", hasItem(containsString("2024-DELAR were CLOSED in the document")))
            .extract()
            .jsonPath()
            .getLong("planId");
    Map<String, Long> periods = periods(planId);
    given()
        .get("/api/v1/reporting-periods/{id}", periods.get("2024-DELAR"))
        .then()
        .body("state", equalTo("OPEN"));
    JsonPath helar =
        given()
            .get("/api/v1/reporting-periods/{id}/assessments", periods.get("2024-HELAR"))
            .then()
            .statusCode(200)
            .body("items.state", everyItem(equalTo("DRAFT")))
            .body("items.recordedBy", everyItem(endsWith("(test PLANNER)")))
            .body("items.nodeKind", equalTo(List.of("PLAN", "INDICATOR")))
            .extract()
            .jsonPath();
    for (String at : helar.getList("items.recordedAt", String.class)) {
      assertTrue(!Instant.parse(at).isBefore(before.minusSeconds(1)), at + " is backdated");
    }
    given()
        .get("/api/v1/assessments/{id}/history", helar.getLong("items[0].id"))
        .then()
        .statusCode(200)
        .body("items.changedBy", everyItem(endsWith("(test PLANNER)")))
        .body("items.changeType", equalTo(List.of("CREATED")));
    given()
        .get("/api/v1/reporting-periods/{id}/history", periods.get("2024-DELAR"))
        .then()
        .body("items.changedBy", everyItem(endsWith("(test PLANNER)")));
  }

  @Test
  void anAdminsImportKeepsStatesAndClosesThePeriodButRecordsItselfNow() {
    long planId =
        given()
            .body(documentWithAssessments().toString())
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .body("downgradedAssessments", equalTo(0))
            .extract()
            .jsonPath()
            .getLong("planId");
    Map<String, Long> periods = periods(planId);
    given()
        .get("/api/v1/reporting-periods/{id}", periods.get("2024-DELAR"))
        .then()
        .body("state", equalTo("CLOSED"))
        .body("closedBy", endsWith("(local-admin)"));
    given()
        .get("/api/v1/reporting-periods/{id}/assessments", periods.get("2024-DELAR"))
        .then()
        .body("items.state", equalTo(List.of("APPROVED")))
        .body("items.outlook", equalTo(List.of("EXPECTED_MET")))
        .body("items.recordedBy", everyItem(endsWith("(local-admin)")));
  }

  @Test
  void exportCarriesThePeriodsAndAssessmentsAndAnImportOfItExportsTheSame() throws Exception {
    long planId = imported(documentWithAssessments());
    ObjectNode exported = exported(planId);
    assertEquals(2, exported.get("reportingPeriods").size());
    assertEquals("CLOSED", exported.get("reportingPeriods").get(0).get("state").textValue());
    assertEquals("2024-HELAR", exported.get("assessments").get(0).get("period").textValue());
    ObjectNode area = (ObjectNode) exported.get("focusAreas").get(0);
    assertEquals("EXPECTED_MET", area.get("assessments").get(0).get("outlook").textValue());
    assertEquals(
        "NOT_FULFILLED",
        area.get("goals")
            .get(0)
            .get("indicators")
            .get(0)
            .get("assessments")
            .get(0)
            .get("status")
            .textValue());
    assertTrue(area.get("goals").get(0).get("assessments").isNull(), "the goal has none");

    exported.put("name", "Kopia " + exported.get("name").textValue());
    long copy =
        given()
            .body(json.writeValueAsString(exported))
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .body("assessments", equalTo(3))
            .extract()
            .jsonPath()
            .getLong("planId");
    ObjectNode again = exported(copy);
    for (ObjectNode document : List.of(exported, again)) {
      document.remove(List.of("exportedFrom", "name"));
      withoutProvenance(document, "assessments", "evaluations");
    }
    assertEquals(exported, again);
  }

  @Test
  void aRevisionCopiesNoPeriodsAndNoAssessments() {
    long planId = imported(documentWithAssessments());
    adopt(planId);
    ObjectNode copied = exported(revise(planId));
    assertEquals(0, copied.get("reportingPeriods").size());
    assertNull(copied.get("assessments").textValue());
    assertTrue(copied.findValues("assessments").stream().allMatch(a -> a.isNull()));
  }

  @Test
  void anAssessmentOfAPeriodTheDocumentLacksIsNamedByItsPlace() {
    ObjectNode document = documentWithAssessments();
    ObjectNode indicator =
        (ObjectNode) document.get("focusAreas").get(0).get("goals").get(0).get("indicators").get(0);
    ((ObjectNode) indicator.get("assessments").get(0)).put("period", "2024-T1");
    ObjectNode ofPlan = (ObjectNode) document.get("assessments").get(0);
    ofPlan.put("outlook", "UNCERTAIN");
    givenInvalid()
        .body(document.toString())
        .post("/api/v1/plans/import")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("focusAreas[0].goals[0].indicators[0].assessments[0].period"))
        .body("errors.field", hasItem("assessments[0].outlook"));
  }
}
