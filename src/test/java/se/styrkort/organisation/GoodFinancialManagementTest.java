package se.styrkort.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Plans.adopt;
import static se.styrkort.support.Plans.exported;
import static se.styrkort.support.Plans.imported;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;
import se.styrkort.support.Api;

/**
 * The statutory evaluation of god ekonomisk hushållning: the goals a plan marks for it, judged for
 * the year, and the sentence for the annual report.
 */
@QuarkusTest
class GoodFinancialManagementTest {

  private static long goal(long planId, long parentId, String title, String goalClass) {
    Map<String, Object> body = GoalFixtures.goalUnder(parentId, title);
    if (goalClass != null) {
      body.put("goalClass", goalClass);
      body.put("goodFinancialManagement", true);
    }
    return GoalFixtures.create(planId, body);
  }

  /** A goal with one percent point: baseline in 2023, a literal target and an outcome for 2024. */
  private static void measured(long goalId, double baseline, double target, double outcome) {
    long indicatorId =
        given()
            .body(Map.of("title", "Indikator för mål " + goalId))
            .post("/api/v1/goals/{goalId}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long point =
        PointFixtures.create(
            indicatorId,
            PointFixtures.withTargets(
                PointFixtures.percent("Utfall"),
                PointFixtures.inYear(2024, PointFixtures.literal("GE", target, target + " %"))));
    PointFixtures.recordOutcome(point, 2023, baseline);
    PointFixtures.recordOutcome(point, 2024, outcome);
  }

  @Test
  void theGoalsMarkedForGoodFinancialManagementAreJudgedAndSummedUpInSwedish() {
    long plan = GoalFixtures.newPlan();
    long economy = GoalFixtures.create(plan, GoalFixtures.focusArea("Ekonomi och verksamhet"));
    long result = goal(plan, economy, "Resultatet är minst 2 % av skatter och bidrag", "FINANCIAL");
    long solidity = goal(plan, economy, "Soliditeten förbättras", "FINANCIAL");
    long service = goal(plan, economy, "Nöjda brukare i hemtjänsten", "OPERATIONAL");
    long other = goal(plan, economy, "Ett mål utan klass", null);
    measured(result, 1.5, 2, 2.4); // met
    measured(solidity, 30, 35, 28); // missed, and worse than the baseline
    measured(service, 80, 90, 91); // met
    measured(other, 10, 20, 25); // met, but not one of these goals

    given()
        .get("/api/v1/goals/{id}", result)
        .then()
        .body("goalClass", equalTo("FINANCIAL"), "goodFinancialManagement", equalTo(true));

    JsonPath evaluation =
        given()
            .queryParam("year", 2024)
            .get("/api/v1/plans/{id}/good-financial-management", plan)
            .then()
            .statusCode(200)
            .body("goals.goalId", contains((int) result, (int) solidity, (int) service))
            .body("goals.goalClass", contains("FINANCIAL", "FINANCIAL", "OPERATIONAL"))
            .body("goals.status", contains("FULFILLED", "NOT_FULFILLED", "FULFILLED"))
            .body("fulfilled", equalTo(2), "total", equalTo(3))
            .body("summary", equalTo("2 av 3 mål för god ekonomisk hushållning är uppfyllda."))
            .body("assessed", equalTo(0), "fulfilledComputed", equalTo(2))
            .extract()
            .jsonPath();
    // The statuses are the plan's own fulfilment of those goals, not a second computation.
    JsonPath fulfilment =
        given()
            .queryParam("year", 2024)
            .get("/api/v1/goals/{id}/fulfilment", solidity)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    org.junit.jupiter.api.Assertions.assertEquals(
        fulfilment.getString("node.status"), evaluation.getString("goals[1].status"));
  }

  /** Writes the goal's assessment in the period as the admin; approves it when asked to. */
  private static long assess(long periodId, long goalId, String status, boolean approve) {
    long id =
        given()
            .body(
                Map.of(
                    "nodeKind",
                    "GOAL",
                    "nodeId",
                    goalId,
                    "status",
                    status,
                    "motivation",
                    "Bedömt mot bokslutet"))
            .post("/api/v1/reporting-periods/{id}/assessments", periodId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    if (approve) {
      OrganisationFixtures.approveAssessment(id);
    }
    return id;
  }

  @Test
  void anAssessmentCountsInsteadOfTheComputedStatusAndAnonymousReadersSeeApprovedOnes() {
    long plan = GoalFixtures.newPlan();
    long economy = GoalFixtures.create(plan, GoalFixtures.focusArea("Ekonomi och verksamhet"));
    long result = goal(plan, economy, "Resultatet är minst 2 % av skatter och bidrag", "FINANCIAL");
    long solidity = goal(plan, economy, "Soliditeten förbättras", "FINANCIAL");
    long service = goal(plan, economy, "Nöjda brukare i hemtjänsten", "OPERATIONAL");
    measured(result, 1.5, 2, 2.4); // met
    measured(solidity, 30, 35, 28); // missed
    measured(service, 80, 90, 75); // missed, and worse than the baseline
    long helar = se.styrkort.period.PeriodFixtures.defaultCalendar(plan, 2024).get("2024-HELAR");
    // The council judges solidity fulfilled after all (approved), and the service goal too, in a
    // draft that nobody has approved yet.
    long approved = assess(helar, solidity, "FULFILLED", true);
    assess(helar, service, "FULFILLED", false);

    given()
        .queryParam("year", 2024)
        .get("/api/v1/plans/{id}/good-financial-management", plan)
        .then()
        .statusCode(200)
        .body("goals.status", contains("FULFILLED", "NOT_FULFILLED", "NOT_FULFILLED"))
        .body("goals[0].assessment", equalTo(null))
        .body("goals[1].assessment.status", equalTo("FULFILLED"))
        .body("goals[2].assessment.status", equalTo("FULFILLED"))
        .body("goals[1].assessment.assessmentId", equalTo((int) approved))
        .body("goals[1].assessment.periodCode", equalTo("2024-HELAR"))
        .body("goals.deviatesFromComputed", contains(null, true, true))
        .body("goals.countedFulfilled", contains(true, true, true))
        .body("fulfilled", equalTo(3), "fulfilledComputed", equalTo(1))
        .body("assessed", equalTo(2), "total", equalTo(3))
        .body("summary", equalTo("3 av 3 mål för god ekonomisk hushållning bedöms uppfyllda."));
    // The annual report's reading counts approved values and approved assessments only: the
    // outcomes here are drafts, so only the approved judgement of solidity counts.
    given()
        .queryParam("year", 2024)
        .queryParam("approvedOnly", true)
        .get("/api/v1/plans/{id}/good-financial-management", plan)
        .then()
        .statusCode(200)
        .body("goals[0].status", equalTo("NO_DATA"))
        .body("goals[0].assessment", equalTo(null))
        .body("goals[1].assessment.status", equalTo("FULFILLED"))
        .body("goals[2].assessment", equalTo(null))
        .body("fulfilled", equalTo(1), "fulfilledComputed", equalTo(0), "assessed", equalTo(1))
        .body("summary", equalTo("1 av 3 mål för god ekonomisk hushållning bedöms uppfyllda."));

    adopt(plan);
    given()
        .header("If-Match", given().get("/api/v1/plans/{id}", plan).header("ETag"))
        .body(Map.of("public", true))
        .put("/api/v1/plans/{id}/visibility", plan)
        .then()
        .statusCode(200);
    Api.withoutCredentials()
        .queryParam("year", 2024)
        .get("/api/v1/plans/{id}/good-financial-management", plan)
        .then()
        .statusCode(200)
        .body("goals[0].assessment", equalTo(null))
        .body("goals[1].assessment.status", equalTo("FULFILLED"))
        .body("goals[2].assessment", equalTo(null))
        .body("goals[1].assessment.state", equalTo("APPROVED"))
        .body("fulfilled", equalTo(2))
        .body("summary", equalTo("2 av 3 mål för god ekonomisk hushållning bedöms uppfyllda."));
  }

  @Test
  void aPlanWithoutSuchGoalsSaysSo() {
    long plan = GoalFixtures.newPlan();
    GoalFixtures.create(plan, GoalFixtures.focusArea("Öppen kommun"));
    given()
        .get("/api/v1/plans/{id}/good-financial-management", plan)
        .then()
        .statusCode(200)
        .body("total", equalTo(0))
        .body("summary", equalTo("Planen har inga mål för god ekonomisk hushållning."));
  }

  @Test
  void theClassTravelsInThePlanDocumentAndARevisionStaysWithItsUnit() {
    long council =
        OrganisationFixtures.unit(
            "KF-" + java.util.UUID.randomUUID().toString().substring(0, 8),
            "Kommunfullmäktige",
            "COUNCIL",
            null);
    long plan = OrganisationFixtures.planOf(council, "Kommunfullmäktiges plan (test)");
    long economy = GoalFixtures.create(plan, GoalFixtures.focusArea("Ekonomi"));
    goal(plan, economy, "Resultatet är minst 2 % av skatter och bidrag", "FINANCIAL");

    long copy = imported(exported(plan));
    given()
        .get("/api/v1/plans/{id}/goals", copy)
        .then()
        .body("items.goalClass", contains(null, "FINANCIAL"))
        .body("items.goodFinancialManagement", contains(false, true));

    adopt(plan);
    long revision =
        given()
            .post("/api/v1/plans/{id}/revisions", plan)
            .then()
            .statusCode(201)
            .body("organisationUnitId", equalTo((int) council))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .get("/api/v1/plans/{id}/goals", revision)
        .then()
        .body("items.goodFinancialManagement", contains(false, true));
    // The evaluation of a plan that is not public stays private: an anonymous reader is told
    // what one asking for a plan that does not exist is told.
    Api.withoutCredentials()
        .get("/api/v1/plans/{id}/good-financial-management", revision)
        .then()
        .statusCode(404);
  }
}
