package se.styrkort.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.period.PeriodFixtures;
import se.styrkort.support.DemoPlanCopy;

/**
 * The roll-up option through the API (issue 19): a plan's fulfilmentRule.rollUpAssessed lets an
 * approved assessment count instead of the computed status in the roll-up above its node; the
 * fulfilment names the rule (".../ASSESSED") and says what each node counted as. The default plan
 * keeps computed statuses, approved assessment or not.
 */
@QuarkusTest
class AssessedRollUpApiTest {

  /** The seed plan, adopted, with the rule option as given. */
  @SuppressWarnings("unchecked")
  private static long seedPlan(boolean rollUpAssessed) {
    Map<String, Object> document;
    try (InputStream in =
        AssessedRollUpApiTest.class.getResourceAsStream("/demo/ljusnarsberg-2024.json")) {
      document = new ObjectMapper().readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    document.put("name", "Flerårsplan (roll-up " + UUID.randomUUID() + ")");
    Map<String, Object> rule = new HashMap<>();
    rule.put("rollUpAssessed", rollUpAssessed);
    document.put("fulfilmentRule", rule);
    return DemoPlanCopy.importDocument(document);
  }

  private static JsonPath fulfilment(long planId) {
    return given()
        .queryParam("year", 2024)
        .get("/api/v1/plans/{id}/fulfilment", planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The first focus area's first goal: status, and its first child's countedAs and status. */
  private static List<String> firstGoal(JsonPath fulfilment) {
    String goal = "node.children[0].children[0]";
    return List.of(
        fulfilment.getString(goal + ".status"),
        fulfilment.getString(goal + ".children[0].countedAs"),
        fulfilment.getString(goal + ".children[0].status"));
  }

  /** Assesses the first goal's first indicator at helår 2024 with the opposite of its status. */
  private static long assessOpposite(long planId, JsonPath fulfilment) {
    String node = "node.children[0].children[0].children[0]";
    String computed = fulfilment.getString(node + ".status");
    Map<String, Object> body = new HashMap<>();
    body.put("nodeKind", fulfilment.getString(node + ".kind"));
    body.put("nodeId", fulfilment.getLong(node + ".id"));
    body.put("status", computed.equals("FULFILLED") ? "NOT_FULFILLED" : "FULFILLED");
    body.put("motivation", "Bedömt utifrån analysen i förhållande till riket och Örebro län");
    long period = PeriodFixtures.defaultCalendar(planId, 2024).get("2024-HELAR");
    long id =
        given()
            .body(body)
            .post("/api/v1/reporting-periods/{id}/assessments", period)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return id;
  }

  private static void move(long id, String step) {
    given()
        .header("If-Match", given().get("/api/v1/assessments/{id}", id).header("ETag"))
        .post("/api/v1/assessments/{id}/" + step, id)
        .then()
        .statusCode(200);
  }

  @Test
  void anApprovedAssessmentCountsAboveItsNodeWhereThePlanSaysSo() {
    long planId = seedPlan(true);
    given()
        .get("/api/v1/plans/{id}", planId)
        .then()
        .body("fulfilmentRule.rollUpAssessed", equalTo(true));
    JsonPath before = fulfilment(planId);
    assertEquals("PROGRESS/UNANIMOUS/ASSESSED", before.getString("rule.name"));
    assertEquals(true, before.getBoolean("rule.rollUpAssessed"));
    List<String> computed = firstGoal(before);
    assertEquals(computed.get(2), computed.get(1), "no assessment: counted as computed");

    long id = assessOpposite(planId, before);
    move(id, "submission");
    // Submitted is not approved: still the computed status.
    assertEquals(computed, firstGoal(fulfilment(planId)));

    move(id, "approval");
    JsonPath after = fulfilment(planId);
    String assessed = after.getString("node.children[0].children[0].children[0].assessment.status");
    assertEquals(assessed, firstGoal(after).get(1), "counted as assessed");
    assertEquals(computed.get(2), firstGoal(after).get(2), "its own status stays computed");
    assertEquals(
        true, after.getBoolean("node.children[0].children[0].children[0].deviatesFromComputed"));
  }

  @Test
  void byDefaultAnApprovedAssessmentChangesNoRollUp() {
    long planId = seedPlan(false);
    given()
        .get("/api/v1/plans/{id}", planId)
        .then()
        .body("fulfilmentRule.rollUpAssessed", equalTo(false));
    JsonPath before = fulfilment(planId);
    assertEquals("PROGRESS/UNANIMOUS", before.getString("rule.name"));
    long id = assessOpposite(planId, before);
    move(id, "submission");
    move(id, "approval");
    JsonPath after = fulfilment(planId);
    assertEquals(firstGoal(before), firstGoal(after));
    assertEquals(firstGoal(after).get(2), firstGoal(after).get(1));
  }
}
