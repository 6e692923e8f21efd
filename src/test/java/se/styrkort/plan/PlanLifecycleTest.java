package se.styrkort.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.plan.PlanResourceTest.create;
import static se.styrkort.plan.PlanResourceTest.etag;
import static se.styrkort.plan.PlanResourceTest.plan;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;
import static se.styrkort.support.Plans.revise;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/** DRAFT → ADOPTED → ARCHIVED, revisions, and the freeze of an adopted plan's structure. */
@QuarkusTest
class PlanLifecycleTest {

  private static final Map<String, Object> DECISION =
      Map.of("decisionReference", "KF § 123", "decisionDate", "2024-11-25");

  /** A draft plan with one measurement point, its 2025 target and a 2024 outcome. */
  record Structure(long planId, long goalId, long pointId) {}

  static Structure draftWithOnePoint() {
    long planId = create(plan());
    long goalId = GoalFixtures.newGoal(planId, GoalFixtures.newFocusArea(planId));
    long indicatorId =
        given()
            .body(Map.of("title", "Alla elever upplever respektfullt bemötande"))
            .post("/api/v1/goals/{goalId}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long pointId =
        PointFixtures.create(
            indicatorId,
            PointFixtures.withTargets(
                PointFixtures.percent("Andel elever i åk 5"),
                PointFixtures.inYear(2025, PointFixtures.literal("GE", 80, "≥ 80 %"))));
    PointFixtures.recordOutcome(pointId, 2024, 70);
    return new Structure(planId, goalId, pointId);
  }

  static JsonPath adopt(long planId) {
    return given()
        .header("If-Match", etag("/api/v1/plans/" + planId))
        .body(DECISION)
        .post("/api/v1/plans/{id}/adoption", planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static void archive(long planId) {
    given()
        .header("If-Match", etag("/api/v1/plans/" + planId))
        .post("/api/v1/plans/{id}/archival", planId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ARCHIVED"));
  }

  private static Map<String, Object> target85() {
    return PointFixtures.literal("GE", 85, "≥ 85 %");
  }

  @Test
  void adoptionRecordsTheDecision() {
    long planId = create(plan());
    JsonPath adopted = adopt(planId);
    assertEquals("ADOPTED", adopted.getString("status"));
    given()
        .get("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ADOPTED"))
        .body("decisionReference", equalTo("KF § 123"))
        .body("decisionDate", equalTo("2024-11-25"))
        .body("adoptedAt", notNullValue())
        .body("predecessorId", nullValue());
  }

  @Test
  void anAdoptedPlanRefusesStructuralChangesButTakesFollowUpValues() {
    Structure plan = draftWithOnePoint();
    adopt(plan.planId());

    given()
        .header("If-Match", "*")
        .body(target85())
        .put("/api/v1/measurement-points/{id}/targets/{year}", plan.pointId(), 2025)
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_FROZEN"))
        .body("detail", containsString("is ADOPTED"))
        .body("detail", containsString("/api/v1/plans/" + plan.planId() + "/revisions"));
    given()
        .body(GoalFixtures.goalUnder(plan.goalId(), "Nytt mål"))
        .post("/api/v1/plans/{id}/goals", plan.planId())
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_FROZEN"));
    given()
        .header("If-Match", etag("/api/v1/plans/" + plan.planId()))
        .body(plan())
        .put("/api/v1/plans/{id}", plan.planId())
        .then()
        .statusCode(409)
        .body("code", equalTo("PLAN_FROZEN"));

    PointFixtures.recordOutcome(plan.pointId(), 2025, 82);
  }

  @Test
  void aRevisionIsAnEditableCopyWhoseAdoptionArchivesTheOriginal() {
    Structure original = draftWithOnePoint();
    adopt(original.planId());

    var created =
        given().post("/api/v1/plans/{id}/revisions", original.planId()).then().statusCode(201);
    long revisionId = created.extract().jsonPath().getLong("id");
    created
        .header("Location", endsWith("/api/v1/plans/" + revisionId))
        .body("status", equalTo("DRAFT"))
        .body("predecessorId", equalTo((int) original.planId()))
        .body("decisionReference", nullValue());

    String point = "focusAreas[0].goals[0].indicators[0].measurementPoints[0]";
    JsonPath tree =
        given()
            .get("/api/v1/plans/{id}/tree", revisionId)
            .then()
            .statusCode(200)
            .body(point + ".label", equalTo("Andel elever i åk 5"))
            .body(point + ".targets", hasSize(1))
            .body(point + ".evaluations", empty())
            .extract()
            .jsonPath();
    long revisedPoint = tree.getLong(point + ".id");

    long targetVersion =
        given()
            .get("/api/v1/measurement-points/{id}", revisedPoint)
            .jsonPath()
            .getLong("targets.find { it.year == 2025 }.version");
    given()
        .header("If-Match", "\"" + targetVersion + "\"")
        .body(target85())
        .put("/api/v1/measurement-points/{id}/targets/{year}", revisedPoint, 2025)
        .then()
        .statusCode(200)
        .body("written", equalTo("≥ 85 %"));

    adopt(revisionId);
    given()
        .get("/api/v1/plans/{id}", original.planId())
        .then()
        .statusCode(200)
        .body("status", equalTo("ARCHIVED"))
        .body("archivedAt", notNullValue());
    given()
        .get("/api/v1/measurement-points/{id}/evaluations", original.pointId())
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].year", equalTo(2024));
  }

  @Test
  void eachIllegalTransitionIsAConflict() {
    long draft = create(plan());
    given()
        .header("If-Match", etag("/api/v1/plans/" + draft))
        .post("/api/v1/plans/{id}/archival", draft)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("only an ADOPTED plan can be archived"));
    given()
        .post("/api/v1/plans/{id}/revisions", draft)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("only an ADOPTED plan can be revised"));

    adopt(draft);
    given()
        .header("If-Match", etag("/api/v1/plans/" + draft))
        .body(DECISION)
        .post("/api/v1/plans/{id}/adoption", draft)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("only a DRAFT plan can be adopted"));

    revise(draft);
    given()
        .post("/api/v1/plans/{id}/revisions", draft)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("already has a DRAFT revision"));

    archive(draft);
    given()
        .header("If-Match", etag("/api/v1/plans/" + draft))
        .post("/api/v1/plans/{id}/archival", draft)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"));
  }

  @Test
  void aStatusChangeThroughPutNamesTheLifecycleOperation() {
    long draft = create(plan());
    Map<String, Object> body = plan();
    body.put("status", "ADOPTED");
    given()
        .header("If-Match", etag("/api/v1/plans/" + draft))
        .body(body)
        .put("/api/v1/plans/{id}", draft)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("/api/v1/plans/" + draft + "/adoption"));
  }

  @Test
  void lifecycleOperationsNeedTheCurrentETag() {
    long planId = create(plan());
    givenInvalid()
        .body(DECISION)
        .post("/api/v1/plans/{id}/adoption", planId)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"))
        .body("errors[0].field", equalTo("If-Match"));
    given()
        .header("If-Match", "\"99\"")
        .body(DECISION)
        .post("/api/v1/plans/{id}/adoption", planId)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));

    adopt(planId);
    givenInvalid()
        .post("/api/v1/plans/{id}/archival", planId)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"));
    given()
        .header("If-Match", "\"0\"")
        .post("/api/v1/plans/{id}/archival", planId)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
  }

  @Test
  void adoptionNeedsTheDecision() {
    long planId = create(plan());
    givenInvalid()
        .header("If-Match", etag("/api/v1/plans/" + planId))
        .body(Map.of("decisionDate", "2024-11-25"))
        .post("/api/v1/plans/{id}/adoption", planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("decisionReference"));
  }
}
