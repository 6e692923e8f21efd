package se.styrkort.tree;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.tree.GeneratedPlans.Generated;

@QuarkusTest
class PlanTreeTest {

  private static final String TREE = "/api/v1/plans/{planId}/tree";

  @Inject GeneratedPlans generated;
  @Inject SessionFactory sessionFactory;
  @Inject se.styrkort.cache.DocumentCache documents;

  @Test
  void nestsFocusAreasGoalsIndicatorsAndPointsInOrder() {
    Generated plan = generated.plan(2, 2);

    given()
        .get(TREE, plan.planId())
        .then()
        .statusCode(200)
        .header("ETag", not(emptyString()))
        .body("id", equalTo((int) plan.planId()))
        .body("baselineYear", equalTo(2023))
        .body("focusAreas", hasSize(GeneratedPlans.FOCUS_AREAS))
        .body("focusAreas.kind", everyItem(equalTo("FOCUS_AREA")))
        .body("focusAreas[0].title", equalTo("Utvecklingsområde 1"))
        .body("focusAreas[0].indicators", hasSize(0))
        .body(
            "focusAreas[0].goals.title",
            contains("Mål 1.1", "Mål 1.2", "Mål 1.3", "Mål 1.4", "Mål 1.5"))
        .body("focusAreas[0].goals[0].goals.title", contains("Delmål 1.1.1"))
        .body("focusAreas[0].goals[0].goals[0].kind", equalTo("GOAL"))
        .body("focusAreas[0].goals[0].goals[0].indicators.title", contains("Indikator 1"))
        .body("focusAreas[0].goals[1].goals[0].indicators.title", contains("Indikator 2"))
        .body(
            "focusAreas[0].goals[0].goals[0].indicators[0].measurementPoints.label",
            contains("Mätpunkt 1.1", "Mätpunkt 1.2"))
        .rootPath("focusAreas[0].goals[0].goals[0].indicators[0].measurementPoints[0]")
        .body("valueType", equalTo("PERCENT"))
        .body("unit", equalTo("%"))
        .body("scale", hasSize(0))
        .body("targets.year", contains(2024, 2025))
        .body("targets[0].comparator", equalTo("GE"))
        .body("targets[0].value", equalTo(100))
        .body("targets[0].written", equalTo("100 %"))
        .body("targets[1].value", nullValue())
        .body("targets[1].referenceYear", equalTo(2024))
        .body("targets[1].written", equalTo("≥ 2024"))
        .body("baseline.value", equalTo(50))
        .body("baseline.asOf", equalTo("2023-12-31"))
        .body("evaluations.year", contains(2023, 2024))
        .body("evaluations.kind", contains("OUTCOME", "FORECAST"))
        .body("evaluations[1].value", equalTo(60));
  }

  @Test
  void aYearKeepsOnlyThatYearsEvaluationsButEveryTargetAndTheBaseline() {
    Generated plan = generated.plan(1, 1);

    given()
        .queryParam("year", 2024)
        .get(TREE, plan.planId())
        .then()
        .statusCode(200)
        .rootPath("focusAreas[0].goals[0].goals[0].indicators[0].measurementPoints[0]")
        .body("targets.year", contains(2024, 2025))
        .body("baseline.value", equalTo(50))
        .body("evaluations.year", contains(2024))
        .body("evaluations.kind", contains("FORECAST"));
  }

  @Test
  void currentETagGivesNotModified() {
    Generated plan = generated.plan(1, 1);
    String etag = etag(plan.planId());

    given()
        .header("If-None-Match", etag)
        .get(TREE, plan.planId())
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag))
        .body(emptyString());
  }

  @Test
  void anyChangeInThePlanChangesTheETag() {
    Generated plan = generated.plan(1, 1);
    String before = etag(plan.planId());

    generated.evaluation(
        plan.pointIds().get(0), 2024, EvaluationKind.OUTCOME, LocalDate.of(2024, 12, 31), "100");

    String after =
        given()
            .header("If-None-Match", before)
            .get(TREE, plan.planId())
            .then()
            .statusCode(200)
            .body(
                "focusAreas[0].goals[0].goals[0].indicators[0].measurementPoints[0].evaluations.kind",
                contains("OUTCOME", "FORECAST", "OUTCOME"))
            .extract()
            .header("ETag");
    assertNotEquals(before, after);
  }

  @Test
  void unknownPlanIsNotFound() {
    given()
        .get(TREE, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"))
        .body("detail", equalTo("No plan with id " + Long.MAX_VALUE + "."));
  }

  @Test
  void malformedPlanIdIsABadRequest() {
    givenInvalid()
        .get(TREE, "första")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors.field", contains("planId"))
        .body("errors[0].message", equalTo("must be an integer, not 'första'"));
  }

  @Test
  void yearOutsideTheSupportedRangeIsABadRequest() {
    Generated plan = generated.plan(1, 1);

    givenInvalid()
        .queryParam("year", 1800)
        .get(TREE, plan.planId())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("year"));
  }

  /**
   * Quarkus fetches lazy collections 16 at a time, so a plan with fewer rows than that per level
   * would hide a per-row query; 40 indicators and 200 points would not.
   */
  @Test
  void statementCountDoesNotGrowWithThePlan() {
    long small = DemoPlans.id();
    long large = generated.plan(40, 5).planId();

    long forSmall = statementsToRead(small);
    long forLarge = statementsToRead(large);

    assertEquals(forSmall, forLarge, "statements for the demo plan and for a plan of 200 points");
    assertEquals(
        4,
        forLarge,
        "plan with goals, indicators and points, targets, evaluations, reference series with"
            + " their values");
  }

  /** Statements to compute the tree: with the document cache emptied first. */
  private long statementsToRead(long planId) {
    documents.clear();
    sessionFactory.getStatistics().clear();
    given().get(TREE, planId).then().statusCode(200);
    return sessionFactory.getStatistics().getPrepareStatementCount();
  }

  private static String etag(long planId) {
    return given().get(TREE, planId).then().statusCode(200).extract().header("ETag");
  }
}
