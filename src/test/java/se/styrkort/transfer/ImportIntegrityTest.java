package se.styrkort.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.as;
import static se.styrkort.support.Api.given;
import static se.styrkort.transfer.PlanDocuments.FORGED_AUTHOR;
import static se.styrkort.transfer.PlanDocuments.forged;
import static se.styrkort.transfer.PlanDocuments.goal;
import static se.styrkort.transfer.PlanDocuments.indicator;
import static se.styrkort.transfer.PlanDocuments.percentPoint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan document cannot forge what the ordinary operations would not let its importer create
 * (issue 15, item 1): a planner's import of values marked APPROVED under an approver's name and a
 * backdated time gives DRAFT values recorded by the planner, now, in a DRAFT plan, and says so.
 */
@QuarkusTest
class ImportIntegrityTest {

  /** An ADOPTED plan with three values, SUBMITTED, APPROVED and DRAFT, in another's name. */
  private static ObjectNode forgedDocument() {
    ObjectNode document = PlanDocuments.plan();
    document.put("status", "ADOPTED");
    document.put("recordedBy", FORGED_AUTHOR);
    ObjectNode indicator =
        indicator(
            goal(goal(document, "focusAreas", "Öppen kommun"), "goals", "Tillgänglig"),
            "Bemötande");
    ObjectNode point = percentPoint(indicator, "Förskola", 90);
    ArrayNode values = (ArrayNode) point.get("evaluations");
    for (String state : List.of("SUBMITTED", "APPROVED")) {
      ObjectNode value = values.addObject();
      value.put("year", state.equals("SUBMITTED") ? 2024 : 2025);
      value.put("kind", "OUTCOME");
      value.put("asOf", (state.equals("SUBMITTED") ? "2024" : "2025") + "-12-31");
      value.put("value", 95);
    }
    for (int i = 0; i < values.size(); i++) {
      ObjectNode value = (ObjectNode) values.get(i);
      value.put("state", List.of("DRAFT", "SUBMITTED", "APPROVED").get(i));
      forged(value);
    }
    return document;
  }

  private static JsonPath values(long planId) {
    long pointId =
        given()
            .get("/api/v1/plans/{id}/tree", planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("focusAreas[0].goals[0].indicators[0].measurementPoints[0].id");
    return given()
        .get("/api/v1/measurement-points/{id}/evaluations", pointId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aPlannersImportKeepsNoApprovalNoAuthorNoTimeAndNoStatusOfTheDocument() {
    Instant before = Instant.now();
    JsonPath imported =
        as("PLANNER")
            .body(forgedDocument().toString())
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .body("planStatus", equalTo("DRAFT"))
            .body("evaluations", equalTo(3))
            // A planner may give no value a state above DRAFT (submitting takes a reporter,
            // approving an approver).
            .body("downgradedEvaluations", equalTo(2))
            .body("notes", hasItem(containsString("status ADOPTED was not kept")))
            .body("notes", hasItem(containsString("APPROVED, kept as DRAFT")))
            .body("notes", hasItem(containsString("SUBMITTED, kept as DRAFT")))
            .extract()
            .jsonPath();
    long planId = imported.getLong("planId");

    given().get("/api/v1/plans/{id}", planId).then().body("status", equalTo("DRAFT"));
    JsonPath values = values(planId);
    assertEquals(List.of("DRAFT", "DRAFT", "DRAFT"), values.getList("items.state", String.class));
    for (String by : values.getList("items.recordedBy", String.class)) {
      assertTrue(by.startsWith("api-key ") && by.endsWith("(test PLANNER)"), by);
    }
    for (String at : values.getList("items.recordedAt", String.class)) {
      assertTrue(!Instant.parse(at).isBefore(before.minusSeconds(1)), at + " is backdated");
    }
    // The history says who imported: the planner, for the structure and for every value.
    long goalId = given().get("/api/v1/plans/{id}/goals", planId).jsonPath().getLong("items[0].id");
    given()
        .get("/api/v1/goals/{id}/history", goalId)
        .then()
        .statusCode(200)
        .body("items.changedBy", everyItem(endsWith("(test PLANNER)")));
    given()
        .get("/api/v1/evaluations/{id}/history", values.getLong("items[2].id"))
        .then()
        .statusCode(200)
        .body("items.changedBy", everyItem(endsWith("(test PLANNER)")));
  }

  @Test
  void anAdminsImportKeepsTheStatesButNotTheAuthorOrTime() {
    Instant before = Instant.now();
    long planId =
        given()
            .body(forgedDocument().toString())
            .post("/api/v1/plans/import")
            .then()
            .statusCode(201)
            .body("planStatus", equalTo("DRAFT"))
            .body("downgradedEvaluations", equalTo(0))
            .extract()
            .jsonPath()
            .getLong("planId");
    JsonPath values = values(planId);
    assertEquals(
        List.of("DRAFT", "SUBMITTED", "APPROVED"), values.getList("items.state", String.class));
    for (String by : values.getList("items.recordedBy", String.class)) {
      assertTrue(by.endsWith("(local-admin)"), by);
    }
    for (String at : values.getList("items.recordedAt", String.class)) {
      assertTrue(!Instant.parse(at).isBefore(before.minusSeconds(1)), at + " is backdated");
    }
  }
}
