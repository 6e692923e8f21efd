package se.styrkort.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.evaluation.EvaluationFixtures.approved;
import static se.styrkort.evaluation.EvaluationFixtures.forecast;
import static se.styrkort.evaluation.EvaluationFixtures.outcome;
import static se.styrkort.evaluation.EvaluationFixtures.record;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/**
 * {@code approvedOnly=true} counts APPROVED follow-up values only, as an official report would. One
 * point, target "100 %" in 2024, approved baseline 90 (2023) and approved forecast 95: with its
 * draft outcome of 100 the point is FULFILLED; counting approved values only, the forecast decides
 * and it is PARTIALLY_FULFILLED. Every fulfilment endpoint and the follow-up status say so.
 */
@QuarkusTest
class ApprovedOnlyTest {

  private long planId;
  private long focusAreaId;
  private long goalId;
  private long indicatorId;
  private long pointId;
  private long forecastId;
  private long outcomeId;

  @BeforeEach
  void planWithADraftOutcome() {
    planId = GoalFixtures.newPlan();
    focusAreaId = GoalFixtures.newFocusArea(planId);
    goalId = GoalFixtures.newGoal(planId, focusAreaId);
    indicatorId =
        given()
            .body(Map.of("title", "Andel elever som upplever trygghet"))
            .post("/api/v1/goals/{goalId}/indicators", goalId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    pointId =
        PointFixtures.create(
            indicatorId,
            PointFixtures.withTargets(
                PointFixtures.percent("Grundskola"),
                PointFixtures.inYear(2024, PointFixtures.literal("GE", 100, "100 %"))));
    approved(pointId, outcome(2023, 90));
    forecastId = approved(pointId, forecast(2024, 95));
    outcomeId = record(pointId, outcome(2024, 100));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/plans/{id}/fulfilment",
        "/api/v1/goals/{id}/fulfilment",
        "/api/v1/indicators/{id}/fulfilment"
      })
  void treeEndpointsCountOnlyApprovedValuesWhenAsked(String path) {
    long id =
        path.startsWith("/api/v1/plans")
            ? planId
            : path.startsWith("/api/v1/goals") ? goalId : indicatorId;
    given()
        .queryParam("year", 2024)
        .get(path, id)
        .then()
        .statusCode(200)
        .body("approvedOnly", equalTo(false))
        .body("node.status", equalTo("FULFILLED"))
        .body("node.counts.fulfilled", equalTo(1));
    given()
        .queryParam("year", 2024)
        .queryParam("approvedOnly", true)
        .get(path, id)
        .then()
        .statusCode(200)
        .body("approvedOnly", equalTo(true))
        .body("node.status", equalTo("PARTIALLY_FULFILLED"))
        .body("node.counts.fulfilled", equalTo(0))
        .body("node.counts.partiallyFulfilled", equalTo(1));
  }

  @Test
  void pointFulfilmentJudgesTheApprovedForecastWhenTheOutcomeIsADraft() {
    given()
        .queryParam("year", 2024)
        .get("/api/v1/measurement-points/{id}/fulfilment", pointId)
        .then()
        .statusCode(200)
        .body("approvedOnly", equalTo(false))
        .body("years[0].status", equalTo("FULFILLED"))
        .body("years[0].value.evaluationId", equalTo((int) outcomeId));
    given()
        .queryParam("year", 2024)
        .queryParam("approvedOnly", true)
        .get("/api/v1/measurement-points/{id}/fulfilment", pointId)
        .then()
        .statusCode(200)
        .body("approvedOnly", equalTo(true))
        .body("years[0].status", equalTo("PARTIALLY_FULFILLED"))
        .body("years[0].value.evaluationId", equalTo((int) forecastId))
        .body("years[0].value.kind", equalTo("FORECAST"));
  }

  @Test
  void withoutAnyApprovedValueThePointHasNoData() {
    long fresh =
        PointFixtures.create(
            indicatorId,
            PointFixtures.withTargets(
                PointFixtures.percent("Gymnasiet"),
                PointFixtures.inYear(2024, PointFixtures.literal("GE", 100, "100 %"))));
    record(fresh, outcome(2024, 100));
    given()
        .queryParam("year", 2024)
        .queryParam("approvedOnly", true)
        .get("/api/v1/measurement-points/{id}/fulfilment", fresh)
        .then()
        .statusCode(200)
        .body("years[0].status", equalTo("NO_DATA"))
        .body("years[0].reason", equalTo("no approved outcome or forecast recorded for 2024"));
  }

  @Test
  void followUpStatusCountsADraftOutcomeOnlyWithoutApprovedOnly() {
    given()
        .queryParam("asOf", "2024-12-31")
        .get("/api/v1/plans/{id}/follow-up-status", planId)
        .then()
        .statusCode(200)
        .body("approvedOnly", equalTo(false))
        .body("counts.complete", equalTo(1))
        .body("items.status", contains("COMPLETE"))
        .body("items.latestEvaluationId", contains((int) outcomeId));
    given()
        .queryParam("asOf", "2024-12-31")
        .queryParam("approvedOnly", true)
        .get("/api/v1/plans/{id}/follow-up-status", planId)
        .then()
        .statusCode(200)
        .body("approvedOnly", equalTo(true))
        .body("counts.complete", equalTo(0))
        .body("counts.forecastOnly", equalTo(1))
        .body("items.status", contains("FORECAST_ONLY"))
        .body("items.latestEvaluationId", contains((int) forecastId));
  }
}
