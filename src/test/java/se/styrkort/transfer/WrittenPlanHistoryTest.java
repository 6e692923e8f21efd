package se.styrkort.transfer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Plans.adopt;
import static se.styrkort.support.Plans.imported;
import static se.styrkort.support.Plans.revise;
import static se.styrkort.transfer.PlanDocuments.goal;
import static se.styrkort.transfer.PlanDocuments.indicator;
import static se.styrkort.transfer.PlanDocuments.percentPoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;

/**
 * Plans written whole — the demo plan, an import, a revision — leave the same history as the API's
 * single creates: a CREATED record per goal, indicator, point and target, and a first revision per
 * follow-up value, by a named writer ("system:demo", the importing caller, "revision"); in a fixed
 * number of statements, whatever the plan's size.
 */
@QuarkusTest
class WrittenPlanHistoryTest {

  @Inject SessionFactory sessionFactory;

  private static JsonPath tree(long planId) {
    return given()
        .get("/api/v1/plans/{id}/tree", planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static final String FIRST_POINT =
      "focusAreas[0].goals[0].indicators[0].measurementPoints[0]";

  @Test
  void theDemoPlanIsInTheHistoryAsLoadedBySystemDemo() {
    JsonPath tree = tree(DemoPlans.id());
    long areaId = tree.getLong("focusAreas[0].id");
    long goalId = tree.getLong("focusAreas[0].goals[0].id");
    long indicatorId = tree.getLong("focusAreas[0].goals[0].indicators[0].id");
    long pointId = tree.getLong(FIRST_POINT + ".id");
    long evaluationId = tree.getLong(FIRST_POINT + ".evaluations[0].id");

    for (long id : new long[] {areaId, goalId}) {
      given()
          .get("/api/v1/goals/{id}/history", id)
          .then()
          .statusCode(200)
          .body("items", hasSize(1))
          .body("items[0].changeType", equalTo("CREATED"))
          .body("items[0].changedBy", equalTo("system:demo"))
          .body("items[0].content.id", equalTo((int) id))
          .body("items[0].previousContent", nullValue());
    }
    given()
        .get("/api/v1/indicators/{id}/history", indicatorId)
        .then()
        .statusCode(200)
        .body("items.changeType", contains("CREATED"))
        .body("items[0].changedBy", equalTo("system:demo"))
        .body(
            "items[0].content.title",
            equalTo(tree.getString("focusAreas[0].goals[0].indicators[0].title")));
    // The point and its 2024 target, as POST /indicators/{id}/measurement-points records them.
    given()
        .get("/api/v1/measurement-points/{id}/history", pointId)
        .then()
        .statusCode(200)
        .body("items.entityType", contains("TARGET", "MEASUREMENT_POINT"))
        .body("items.changeType", contains("CREATED", "CREATED"))
        .body("items.changedBy", contains("system:demo", "system:demo"))
        .body("items[0].content.year", equalTo(2024))
        .body("items[1].content.label", equalTo("Förskola"))
        .body("items[1].content.targets", hasSize(1));
    given()
        .get("/api/v1/evaluations/{id}/history", evaluationId)
        .then()
        .statusCode(200)
        // The oldest entry: other tests may correct the demo values after loading.
        .body("items[-1].changeType", equalTo("CREATED"))
        .body("items[-1].version", equalTo(0))
        .body("items[-1].changedBy", equalTo("system:demo"))
        .body("items[-1].state", equalTo("DRAFT"));
  }

  @Test
  void anImportIsInTheHistoryAsImported() throws Exception {
    ObjectNode document = PlanDocuments.plan();
    ObjectNode area = goal(document, "focusAreas", "Öppen kommun");
    percentPoint(indicator(goal(area, "goals", "Tillgänglig"), "Bemötande"), "Förskola", 99);
    long planId = imported(document);
    JsonPath tree = tree(planId);

    given()
        .get("/api/v1/goals/{id}/history", tree.getLong("focusAreas[0].id"))
        .then()
        .statusCode(200)
        .body("items.changedBy", contains(endsWith("(local-admin)")))
        .body("items[0].planId", equalTo((int) planId))
        .body("items[0].content.title", equalTo("Öppen kommun"));
    given()
        .get("/api/v1/measurement-points/{id}/history", tree.getLong(FIRST_POINT + ".id"))
        .then()
        .statusCode(200)
        .body("items.changedBy", contains(endsWith("(local-admin)"), endsWith("(local-admin)")))
        .body("items[0].changedAt", notNullValue());
    given()
        .get("/api/v1/evaluations/{id}/history", tree.getLong(FIRST_POINT + ".evaluations[0].id"))
        .then()
        .statusCode(200)
        .body("items.changedBy", contains(endsWith("(local-admin)")))
        .body("items[0].value", equalTo(99));
  }

  @Test
  void aRevisionIsInTheHistoryAsARevision() throws Exception {
    ObjectNode document = PlanDocuments.plan();
    ObjectNode area = goal(document, "focusAreas", "Öppen kommun");
    percentPoint(indicator(goal(area, "goals", "Tillgänglig"), "Bemötande"), "Förskola", 99);
    long original = imported(document);
    // An import is a DRAFT (issue 15): adopted through the lifecycle, as any plan.
    adopt(original);
    long revision = revise(original);

    given()
        .get("/api/v1/measurement-points/{id}/history", tree(revision).getLong(FIRST_POINT + ".id"))
        .then()
        .statusCode(200)
        .body("items.entityType", contains("TARGET", "MEASUREMENT_POINT"))
        .body("items.changeType", contains("CREATED", "CREATED"))
        .body("items.changedBy", contains("revision", "revision"))
        .body("items.planId", contains((int) revision, (int) revision));
  }

  /**
   * An import costs one statement per row it writes (Hibernate cannot batch AUTO_INCREMENT inserts)
   * plus a fixed number: the history of all of it is written together, not row by row.
   */
  @Test
  void theHistoryOfAnImportCostsTheSameStatementsWhateverThePlansSize() throws Exception {
    ObjectNode small = PlanDocuments.plan();
    percentPoint(
        indicator(goal(goal(small, "focusAreas", "Öppen kommun"), "goals", "Tillgänglig"), "B"),
        "Förskola",
        99);
    ObjectNode large = PlanDocuments.plan();
    ObjectNode served =
        indicator(goal(goal(large, "focusAreas", "Öppen kommun"), "goals", "T"), "B");
    for (int i = 0; i < 40; i++) {
      percentPoint(served, "Punkt " + i, 90);
    }

    // plan, focus area, goal, indicator: 4 rows; each point: itself, a target, a value.
    long smallRows = 4 + 3;
    long largeRows = 4 + 40 * 3;
    assertEquals(
        statementsToImport(small) - smallRows,
        statementsToImport(large) - largeRows,
        "the history adds a fixed number of statements");
  }

  private long statementsToImport(ObjectNode document) throws Exception {
    sessionFactory.getStatistics().clear();
    imported(document);
    return sessionFactory.getStatistics().getPrepareStatementCount();
  }
}
