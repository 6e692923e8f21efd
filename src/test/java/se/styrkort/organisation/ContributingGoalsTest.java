package se.styrkort.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Plans.adopt;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.organisation.OrganisationFixtures.Council;
import se.styrkort.point.PointFixtures;

/**
 * The council's goal judged from the committees' goals beneath it: Övergripande mål →
 * fullmäktigemål → nämndmål, as Malmö, Stockholm and Vansbro follow them up.
 */
@QuarkusTest
class ContributingGoalsTest {

  /**
   * The council's adopted plan with one goal, and the school committee's goal contributing to it.
   */
  private record Cascade(long councilPlan, long councilGoal, long schoolPlan, long schoolGoal) {}

  private static Cascade cascade(Council org) {
    long councilPlan = OrganisationFixtures.planOf(org.council(), "Kommunfullmäktiges plan");
    long area = GoalFixtures.create(councilPlan, GoalFixtures.focusArea("Kunskap och lärande"));
    long councilGoal =
        GoalFixtures.create(
            councilPlan, GoalFixtures.goalUnder(area, "Alla barn och elever når målen"));
    adopt(councilPlan);
    long schoolPlan = OrganisationFixtures.planOf(org.school(), "Barn- och utbildningsnämnden");
    long schoolArea = GoalFixtures.create(schoolPlan, GoalFixtures.focusArea("Skola"));
    long schoolGoal =
        contributing(schoolPlan, schoolArea, "Alla elever är behöriga till gymnasiet", councilGoal);
    return new Cascade(councilPlan, councilGoal, schoolPlan, schoolGoal);
  }

  private static long contributing(long planId, long focusArea, String title, Long target) {
    Map<String, Object> body = GoalFixtures.goalUnder(focusArea, title);
    body.put("contributesToGoalId", target);
    return given()
        .body(body)
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(201)
        .body("contributesToGoalId", equalTo(target.intValue()))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** One percent point under the goal: target 90 % in 2024, baseline 80 %, and an outcome. */
  private static void measured(long goalId, double outcome) {
    long indicator =
        given()
            .body(Map.of("title", "Andel behöriga"))
            .post("/api/v1/goals/{goalId}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long point =
        PointFixtures.create(
            indicator,
            PointFixtures.withTargets(
                PointFixtures.percent("Årskurs 9"),
                PointFixtures.inYear(2024, PointFixtures.literal("GE", 90, "90 %"))));
    PointFixtures.recordOutcome(point, 2023, 80);
    PointFixtures.recordOutcome(point, 2024, outcome);
  }

  @Test
  void theCouncilsGoalShowsTheCommitteesGoalsThatContributeToIt() {
    Council org = OrganisationFixtures.councilWithCommittees();
    Cascade cascade = cascade(org);
    long councilPlan = cascade.councilPlan();
    long councilGoal = cascade.councilGoal();
    long schoolPlan = cascade.schoolPlan();
    long schoolGoal = cascade.schoolGoal();
    measured(schoolGoal, 92); // met
    long carePlan = OrganisationFixtures.planOf(org.care(), "Socialnämnden");
    long careArea = GoalFixtures.create(carePlan, GoalFixtures.focusArea("Barn och unga"));
    long careGoal = contributing(carePlan, careArea, "Placerade barn klarar skolan", councilGoal);
    measured(careGoal, 75); // missed, and below the baseline

    given()
        .queryParam("year", 2024)
        .get("/api/v1/goals/{id}/contributions", councilGoal)
        .then()
        .statusCode(200)
        .body("items.goalId", contains((int) schoolGoal, (int) careGoal))
        .body("items.planId", contains((int) schoolPlan, (int) carePlan))
        .body(
            "items.organisationUnitName", contains("Barn- och utbildningsnämnden", "Socialnämnden"))
        .body("items.status", contains("FULFILLED", "NOT_FULFILLED"))
        .body("items[0].counts.fulfilled", equalTo(1));

    // The committee revises its plan: the revision's goal still contributes.
    adopt(schoolPlan);
    long schoolRevision =
        given()
            .post("/api/v1/plans/{id}/revisions", schoolPlan)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .get("/api/v1/plans/{id}/goals", schoolRevision)
        .then()
        .body("items.contributesToGoalId", contains(null, (int) councilGoal));

    // The council adopts a revision of its plan: the links move to the goal at the same place.
    long councilRevision =
        given()
            .post("/api/v1/plans/{id}/revisions", councilPlan)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    adopt(councilRevision);
    long newCouncilGoal =
        given()
            .get("/api/v1/plans/{id}/goals", councilRevision)
            .then()
            .extract()
            .jsonPath()
            .getLong("items[1].id");
    given()
        .get("/api/v1/goals/{id}", schoolGoal)
        .then()
        .body("contributesToGoalId", equalTo((int) newCouncilGoal));
    long revisionGoal =
        given()
            .get("/api/v1/plans/{id}/goals", schoolRevision)
            .then()
            .extract()
            .jsonPath()
            .getLong("items[1].id");
    given()
        .get("/api/v1/goals/{id}/contributions", newCouncilGoal)
        .then()
        .statusCode(200)
        .body("items.goalId", contains((int) schoolGoal, (int) careGoal, (int) revisionGoal));
  }

  @Test
  void eachContributionShowsItsAssessmentBesideTheComputedStatusAndAnonymousOnlyApprovedOnes() {
    Council org = OrganisationFixtures.councilWithCommittees();
    Cascade cascade = cascade(org);
    long councilPlan = cascade.councilPlan();
    long councilGoal = cascade.councilGoal();
    long schoolPlan = cascade.schoolPlan();
    long schoolGoal = cascade.schoolGoal();
    measured(schoolGoal, 85); // part of the way from 80 to 90
    long helar =
        se.styrkort.period.PeriodFixtures.defaultCalendar(schoolPlan, 2024).get("2024-HELAR");
    long assessment =
        given()
            .body(
                Map.of(
                    "nodeKind", "GOAL",
                    "nodeId", schoolGoal,
                    "status", "NOT_FULFILLED",
                    "motivation", "Behörigheten når inte 90 %"))
            .post("/api/v1/reporting-periods/{id}/assessments", helar)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .queryParam("year", 2024)
        .get("/api/v1/goals/{id}/contributions", councilGoal)
        .then()
        .statusCode(200)
        .body("items.status", contains("PARTIALLY_FULFILLED"))
        .body("items[0].assessment.assessmentId", equalTo((int) assessment))
        .body("items[0].assessment.status", equalTo("NOT_FULFILLED"))
        .body("items[0].assessment.state", equalTo("DRAFT"))
        .body("items[0].deviatesFromComputed", equalTo(true));
    // Read as the annual report reads (approved only), the draft is not shown.
    given()
        .queryParam("year", 2024)
        .queryParam("approvedOnly", true)
        .get("/api/v1/goals/{id}/contributions", councilGoal)
        .then()
        .statusCode(200)
        .body("items[0].assessment", equalTo(null))
        .body("items[0].deviatesFromComputed", equalTo(null));
    // Both plans public: an anonymous reader sees the assessment once it is approved.
    adopt(schoolPlan);
    for (long plan : new long[] {councilPlan, schoolPlan}) {
      given()
          .header("If-Match", given().get("/api/v1/plans/{id}", plan).header("ETag"))
          .body(Map.of("public", true))
          .put("/api/v1/plans/{id}/visibility", plan)
          .then()
          .statusCode(200);
    }
    se.styrkort.support.Api.withoutCredentials()
        .queryParam("year", 2024)
        .get("/api/v1/goals/{id}/contributions", councilGoal)
        .then()
        .statusCode(200)
        .body("items.goalId", contains((int) schoolGoal))
        .body("items[0].assessment", equalTo(null));
    OrganisationFixtures.approveAssessment(assessment);
    se.styrkort.support.Api.withoutCredentials()
        .queryParam("year", 2024)
        .get("/api/v1/goals/{id}/contributions", councilGoal)
        .then()
        .statusCode(200)
        .body("items[0].assessment.status", equalTo("NOT_FULFILLED"))
        .body("items[0].assessment.state", equalTo("APPROVED"));
  }

  @Test
  void aGoalContributesOnlyToAnAdoptedPlanOfAUnitAboveItsOwn() {
    Council org = OrganisationFixtures.councilWithCommittees();
    long councilPlan = OrganisationFixtures.planOf(org.council(), "Kommunfullmäktiges plan");
    long area = GoalFixtures.create(councilPlan, GoalFixtures.focusArea("Trygghet"));
    long draftGoal = GoalFixtures.create(councilPlan, GoalFixtures.goalUnder(area, "Trygga"));
    long schoolPlan = OrganisationFixtures.planOf(org.school(), "Barn- och utbildningsnämnden");
    long schoolArea = GoalFixtures.create(schoolPlan, GoalFixtures.focusArea("Skola"));

    refused(schoolPlan, schoolArea, draftGoal, "must be a goal of an adopted plan");
    adopt(councilPlan);
    // A sibling committee is not above: the school cannot contribute to the care plan.
    long carePlan = OrganisationFixtures.planOf(org.care(), "Socialnämnden");
    long careArea = GoalFixtures.create(carePlan, GoalFixtures.focusArea("Omsorg"));
    adopt(carePlan);
    refused(
        schoolPlan,
        schoolArea,
        careArea,
        "must be a goal of a plan of an organisation unit above this plan's (both plans need a"
            + " unit)");
    // A plan without a unit has nothing above it; an id that does not exist names no goal.
    long plainPlan = GoalFixtures.newPlan();
    long plainArea = GoalFixtures.create(plainPlan, GoalFixtures.focusArea("Utan enhet"));
    refused(
        plainPlan,
        plainArea,
        draftGoal,
        "must be a goal of a plan of an organisation unit above this plan's (both plans need a"
            + " unit)");
    refused(schoolPlan, schoolArea, 987_654_321L, "names no goal");
    given()
        .get("/api/v1/plans/{id}/goals", schoolPlan)
        .then()
        .body("items.title", contains("Skola"));
  }

  private static void refused(long planId, long parent, long target, String message) {
    Map<String, Object> body = GoalFixtures.goalUnder(parent, "Ett nämndmål");
    body.put("contributesToGoalId", target);
    given()
        .body(body)
        .post("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(400)
        .body("errors.field", contains("contributesToGoalId"))
        .body("errors.message", contains(message));
  }
}
