package se.styrkort.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import se.styrkort.organisation.OrganisationFixtures;

/**
 * The plan document carries the actions and assignments (issue 20): each names the goals it serves
 * by their place in the document and its responsible unit by code, with its status reports by
 * period code. An import records the reports as the importer's, now (as it does values and
 * assessments: no report can claim another's authorship or an earlier time); a revision copies the
 * actions still open, without reports.
 */
@QuarkusTest
class ActionTransferTest {

  private final ObjectMapper json = new ObjectMapper();

  /**
   * A plan with Delår (closed) and Helår 2024, a focus area with two goals, an assignment of the
   * second goal (started at Delår, delayed at Helår) and an activity of the focus area and the
   * first goal (completed at Delår), reported in another's name, backdated.
   */
  private static ObjectNode documentWithActions(String unitCode) {
    ObjectNode document = PlanDocuments.plan();
    periods2024(document);
    ObjectNode area = goal(document, "focusAreas", "Öppen kommun");
    percentPoint(indicator(goal(area, "goals", "Tillgänglig"), "Matematik"), "Matematik", 17);
    goal(area, "goals", "Trygg");
    ArrayNode actions = document.putArray("actions");
    ObjectNode assignment =
        action(actions, "ASSIGNMENT", "Utred föräldrasamverkan", "focusAreas[0].goals[1]");
    assignment.put("responsibleUnitCode", unitCode);
    assignment.put("responsiblePerson", "anna.andersson@example.se");
    assignment.put("decisionReference", "KF 2023-11-27 § 112");
    report(assignment, "2024-DELAR", "STARTED");
    report(assignment, "2024-HELAR", "DELAYED");
    ObjectNode activity =
        action(actions, "ACTIVITY", "Öppna data", "focusAreas[0]", "focusAreas[0].goals[0]");
    report(activity, "2024-DELAR", "COMPLETED");
    return document;
  }

  private static ObjectNode action(ArrayNode actions, String kind, String title, String... goals) {
    ObjectNode action = actions.addObject();
    action.put("kind", kind);
    action.put("title", title);
    ArrayNode served = action.putArray("goals");
    for (String goal : goals) {
      served.add(goal);
    }
    action.put("startDate", "2024-01-01");
    action.put("endDate", "2024-12-31");
    return action;
  }

  private static void report(ObjectNode action, String period, String status) {
    ArrayNode reports =
        action.has("statusReports")
            ? (ArrayNode) action.get("statusReports")
            : action.putArray("statusReports");
    ObjectNode report = forged(reports.addObject());
    report.put("period", period);
    report.put("status", status);
    report.put("comment", "Läget: " + status + " – ≥ 2 möten");
  }

  private static String unit() {
    String code = OrganisationFixtures.code("BUN");
    OrganisationFixtures.unit(code, "Barn- och utbildningsnämnden", "COMMITTEE", null);
    return code;
  }

  @Test
  void anImportWritesTheActionsWithTheirGoalsUnitAndReportsInTheImportersNameNow() {
    String unitCode = unit();
    Instant before = Instant.now();
    JsonPath result =
        as("PLANNER")
            .body(documentWithActions(unitCode).toString())
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .body("actions", equalTo(2))
            .body("actionStatusReports", equalTo(3))
            .body("notes", hasItem(containsString("Every action status report is recorded by")))
            .extract()
            .jsonPath();
    long planId = result.getLong("planId");
    JsonPath goals = given().get("/api/v1/plans/{id}/goals", planId).then().extract().jsonPath();
    Map<String, Long> goalIds =
        Map.of(
            goals.getString("items[0].title"), goals.getLong("items[0].id"),
            goals.getString("items[1].title"), goals.getLong("items[1].id"),
            goals.getString("items[2].title"), goals.getLong("items[2].id"));
    JsonPath actions =
        given()
            .get("/api/v1/plans/{id}/actions", planId)
            .then()
            .statusCode(200)
            .body("items.kind", equalTo(List.of("ASSIGNMENT", "ACTIVITY")))
            .body("items[0].responsiblePerson", equalTo("anna.andersson@example.se"))
            .body("items[0].decisionReference", equalTo("KF 2023-11-27 § 112"))
            .body("items[1].responsibleUnitId", nullValue())
            .extract()
            .jsonPath();
    assertEquals(List.of(goalIds.get("Trygg")), actions.getList("items[0].goalIds", Long.class));
    assertEquals(
        List.of(goalIds.get("Öppen kommun"), goalIds.get("Tillgänglig")),
        actions.getList("items[1].goalIds", Long.class));
    assertTrue(actions.getLong("items[0].responsibleUnitId") > 0);
    JsonPath reports =
        given()
            .get("/api/v1/actions/{id}/status-reports", actions.getLong("items[0].id"))
            .then()
            .statusCode(200)
            .body("items.status", equalTo(List.of("STARTED", "DELAYED")))
            .body("items.recordedBy", everyItem(endsWith("(test PLANNER)")))
            .body("items[0].comment", equalTo("Läget: STARTED – ≥ 2 möten"))
            .extract()
            .jsonPath();
    for (String at : reports.getList("items.recordedAt", String.class)) {
      assertTrue(!Instant.parse(at).isBefore(before.minusSeconds(1)), at + " is backdated");
    }
    given()
        .get(
            "/api/v1/actions/{a}/status-reports/{p}/history",
            actions.getLong("items[0].id"),
            reports.getLong("items[0].periodId"))
        .then()
        .statusCode(200)
        .body("items.changedBy", everyItem(endsWith("(test PLANNER)")))
        .body("items.changeType", equalTo(List.of("CREATED")));
    given()
        .get("/api/v1/actions/{id}/history", actions.getLong("items[1].id"))
        .then()
        .statusCode(200)
        .body("items.changeType", equalTo(List.of("CREATED")))
        .body("items.changedBy", everyItem(endsWith("(test PLANNER)")));
  }

  @Test
  void anExportCarriesTheActionsAndAnImportOfItExportsTheSame() throws Exception {
    long planId = imported(documentWithActions(unit()));
    ObjectNode exported = exported(planId);
    JsonNode actions = exported.get("actions");
    assertEquals(2, actions.size());
    assertEquals("focusAreas[0].goals[1]", actions.get(0).get("goals").get(0).textValue());
    assertEquals(
        List.of("focusAreas[0]", "focusAreas[0].goals[0]"),
        json.convertValue(actions.get(1).get("goals"), List.class));
    assertEquals(
        "2024-HELAR", actions.get(0).get("statusReports").get(1).get("period").textValue());
    assertTrue(actions.get(0).get("responsibleUnitCode").textValue().startsWith("BUN"));

    exported.put("name", "Kopia " + exported.get("name").textValue());
    long copy =
        given()
            .body(json.writeValueAsString(exported))
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .body("actions", equalTo(2))
            .body("actionStatusReports", equalTo(3))
            .extract()
            .jsonPath()
            .getLong("planId");
    ObjectNode again = exported(copy);
    for (ObjectNode document : List.of(exported, again)) {
      document.remove(List.of("exportedFrom", "name"));
      withoutProvenance(document, "statusReports", "evaluations");
    }
    assertEquals(exported, again);
  }

  @Test
  void aRevisionCopiesTheOpenActionsWithoutReportsAndLeavesTheFinishedOnes() {
    long planId = imported(documentWithActions(unit()));
    adopt(planId);
    long revision = revise(planId);
    JsonPath copied =
        given()
            .get("/api/v1/plans/{id}/actions", revision)
            .then()
            .statusCode(200)
            .body("items.title", equalTo(List.of("Utred föräldrasamverkan")))
            .body("items.kind", equalTo(List.of("ASSIGNMENT")))
            .body("items[0].decisionReference", equalTo("KF 2023-11-27 § 112"))
            .extract()
            .jsonPath();
    long trygg =
        given()
            .get("/api/v1/plans/{id}/goals", revision)
            .then()
            .extract()
            .jsonPath()
            .getLong("items.find { it.title == 'Trygg' }.id");
    assertEquals(List.of(trygg), copied.getList("items[0].goalIds", Long.class));
    given()
        .get("/api/v1/actions/{id}/status-reports", copied.getLong("items[0].id"))
        .then()
        .statusCode(200)
        .body("items", equalTo(List.of()));
    assertEquals(1, exported(revision).get("actions").size());
  }

  @Test
  void anUnknownUnitCodeIsLeftOutWithANote() {
    ObjectNode document = documentWithActions("NO-SUCH-UNIT-" + System.nanoTime());
    long planId =
        given()
            .body(document.toString())
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .body("notes", hasItem(containsString("No organisation unit here has the code")))
            .extract()
            .jsonPath()
            .getLong("planId");
    given()
        .get("/api/v1/plans/{id}/actions", planId)
        .then()
        .body("items[0].responsibleUnitId", nullValue());
  }

  @Test
  void anActionNamingNoGoalOrPeriodOfTheDocumentIsNamedByItsPlace() {
    ObjectNode document = documentWithActions(unit());
    ObjectNode assignment = (ObjectNode) document.get("actions").get(0);
    ((ArrayNode) assignment.get("goals")).add("focusAreas[3]");
    ((ObjectNode) assignment.get("statusReports").get(1)).put("period", "2024-T1");
    ObjectNode activity = (ObjectNode) document.get("actions").get(1);
    activity.put("endDate", "2023-01-01");
    ((ArrayNode) activity.get("statusReports"))
        .addObject()
        .put("period", "2024-DELAR")
        .put("status", "STARTED");
    givenInvalid()
        .body(document.toString())
        .post("/api/v1/plans/import")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("actions[0].goals[1]"))
        .body("errors.field", hasItem("actions[0].statusReports[1].period"))
        .body("errors.field", hasItem("actions[1].endDate"))
        .body("errors.field", hasItem("actions[1].statusReports[1].period"));
  }
}
