package se.styrkort.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.support.Api;

/** Public plans for anyone, and keys that reach only their own plans. */
@QuarkusTest
class PublicAndLimitedReadTest {

  @Test
  void anyoneMayReadAPublicAdoptedPlanButNotItsHistoryOrChangeIt() {
    AccessFixture plan = AccessFixture.create().publish();
    for (String path : publicReads(plan)) {
      Api.anonymous().get(path).then().statusCode(200);
    }
    Api.anonymous()
        .get("/api/v1/plans/{id}", plan.planId())
        .then()
        .body("public", equalTo(true))
        .body("status", equalTo("ADOPTED"));
    for (String path :
        List.of(
            "/api/v1/plans/" + plan.planId() + "/export",
            "/api/v1/plans/" + plan.planId() + "/follow-up-status?asOf=2024-12-31",
            "/api/v1/goals/" + plan.goalId() + "/history",
            "/api/v1/evaluations/" + plan.evaluationId() + "/history")) {
      unauthorised(Api.withoutCredentials().get(path));
    }
    unauthorised(
        Api.withoutCredentials()
            .body(Map.of("year", 2025, "kind", "OUTCOME", "asOf", "2025-12-31", "value", 100))
            .post("/api/v1/measurement-points/{id}/evaluations", plan.pointId()));
  }

  @Test
  void aDraftNeverLeaksEvenWhenMarkedPublic() {
    AccessFixture plan = AccessFixture.create();
    plan.visible(given().get("/api/v1/plans/{id}", plan.planId()).header("ETag"), true);
    for (String path : publicReads(plan)) {
      notFound(Api.withoutCredentials().get(path));
    }
  }

  @Test
  void anAnonymousReaderGetsTheSame404ForADraftAsForAnIdThatDoesNotExist() {
    AccessFixture draft = AccessFixture.create();
    long missing = Long.MAX_VALUE;
    for (String template :
        List.of(
            "/api/v1/plans/%d",
            "/api/v1/plans/%d/tree",
            "/api/v1/plans/%d/fulfilment",
            "/api/v1/goals/%d",
            "/api/v1/indicators/%d/fulfilment")) {
      long existing =
          template.contains("goals")
              ? draft.goalId()
              : template.contains("indicators") ? draft.indicatorId() : draft.planId();
      var hidden = Api.withoutCredentials().get(template.formatted(existing));
      var absent = Api.withoutCredentials().get(template.formatted(missing));
      notFound(hidden);
      notFound(absent);
      assertEquals(
          hidden.jsonPath().getString("detail").replace(Long.toString(existing), "{id}"),
          absent.jsonPath().getString("detail").replace(Long.toString(missing), "{id}"));
      assertEquals(hidden.header("WWW-Authenticate"), absent.header("WWW-Authenticate"));
    }
  }

  @Test
  void withdrawingPublicationClosesThePlanAgain() {
    AccessFixture plan = AccessFixture.create().publish();
    Api.anonymous().get("/api/v1/plans/{id}/tree", plan.planId()).then().statusCode(200);
    plan.visible(given().get("/api/v1/plans/{id}", plan.planId()).header("ETag"), false);
    notFound(Api.withoutCredentials().get("/api/v1/plans/{id}/tree", plan.planId()));
  }

  @Test
  void anonymousListingShowsOnlyPublicAdoptedPlans() {
    AccessFixture open = AccessFixture.create().publish();
    AccessFixture draft = AccessFixture.create();
    draft.visible(given().get("/api/v1/plans/{id}", draft.planId()).header("ETag"), true);
    long closed = GoalFixtures.newPlan();
    Api.anonymous()
        .queryParam("limit", 500)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) open.planId()))
        .body("items.id", not(hasItem((int) draft.planId())))
        .body("items.id", not(hasItem((int) closed)))
        .body("items.status.unique()", equalTo(List.of("ADOPTED")))
        .body("items.public.unique()", equalTo(List.of(true)));
  }

  @Test
  void aKeyLimitedToOnePlanNeitherReadsNorWritesAnotherByGuessingIds() {
    AccessFixture mine = AccessFixture.create();
    AccessFixture theirs = AccessFixture.create();
    String key = Api.createKey("Bara plan A", "ADMIN", mine.planId());

    Api.withoutCredentials()
        .header("X-API-Key", key)
        .queryParam("limit", 500)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of((int) mine.planId())));
    for (String path : publicReads(mine)) {
      Api.withoutCredentials().header("X-API-Key", key).get(path).then().statusCode(200);
    }
    for (String path : publicReads(theirs)) {
      notFound(Api.withoutCredentials().header("X-API-Key", key).get(path));
    }
    notFound(
        Api.withoutCredentials()
            .header("X-API-Key", key)
            .body(GoalFixtures.focusArea("Intrång"))
            .post("/api/v1/plans/{id}/goals", theirs.planId()));
    notFound(
        Api.withoutCredentials()
            .header("X-API-Key", key)
            .body(Map.of("year", 2025, "kind", "OUTCOME", "asOf", "2025-12-31", "value", 1))
            .post("/api/v1/measurement-points/{id}/evaluations", theirs.pointId()));
    notFound(
        Api.withoutCredentials()
            .header("X-API-Key", key)
            .header(
                "If-Match",
                given().get("/api/v1/evaluations/{id}", theirs.evaluationId()).header("ETag"))
            .delete("/api/v1/evaluations/{id}", theirs.evaluationId()));
    given().get("/api/v1/evaluations/{id}", theirs.evaluationId()).then().statusCode(200);

    Api.withoutCredentials()
        .header("X-API-Key", key)
        .body(GoalFixtures.focusArea("Eget område"))
        .post("/api/v1/plans/{id}/goals", mine.planId())
        .then()
        .statusCode(201);
  }

  /** The feeds span plans: each caller sees the plans it may read, and nothing else. */
  @Test
  void feedsAcrossPlansShowEachCallerOnlyThePlansItMayRead() {
    String cursor = given().get("/api/v1/changes/latest").then().extract().path("cursor");
    AccessFixture open = AccessFixture.create().publish();
    AccessFixture closed = AccessFixture.create();
    String key = Api.createKey("Bara den stängda", "VIEWER", closed.planId());

    for (String path : List.of("/api/v1/bi/facts?limit=500", "/api/v1/bi/evaluations?limit=500")) {
      Api.anonymous()
          .get(path)
          .then()
          .statusCode(200)
          .body("items.planId", hasItem((int) open.planId()))
          .body("items.planId", not(hasItem((int) closed.planId())));
      Api.withoutCredentials()
          .header("X-API-Key", key)
          .get(path)
          .then()
          .statusCode(200)
          .body("items.planId.unique()", equalTo(List.of((int) closed.planId())));
    }
    Api.anonymous()
        .get("/api/v1/changes?limit=500&cursor={cursor}", cursor)
        .then()
        .statusCode(200)
        .body("items.planId", hasItem((int) open.planId()))
        .body("items.planId", not(hasItem((int) closed.planId())));
    Api.withoutCredentials()
        .header("X-API-Key", key)
        .get("/api/v1/changes?limit=500&cursor={cursor}", cursor)
        .then()
        .statusCode(200)
        .body("items.planId.unique()", equalTo(List.of((int) closed.planId())));
    Api.withoutCredentials()
        .header("X-API-Key", key)
        .accept("application/json")
        .get("/odata/v1/Plans")
        .then()
        .statusCode(200)
        .body("value.id", equalTo(List.of((int) closed.planId())));
  }

  private static List<String> publicReads(AccessFixture plan) {
    return List.of(
        "/api/v1/plans/" + plan.planId(),
        "/api/v1/plans/" + plan.planId() + "/tree",
        "/api/v1/plans/" + plan.planId() + "/goals",
        "/api/v1/plans/" + plan.planId() + "/fulfilment",
        "/api/v1/goals/" + plan.goalId(),
        "/api/v1/goals/" + plan.goalId() + "/indicators",
        "/api/v1/goals/" + plan.goalId() + "/fulfilment",
        "/api/v1/indicators/" + plan.indicatorId(),
        "/api/v1/indicators/" + plan.indicatorId() + "/measurement-points",
        "/api/v1/indicators/" + plan.indicatorId() + "/fulfilment",
        "/api/v1/measurement-points/" + plan.pointId(),
        "/api/v1/measurement-points/" + plan.pointId() + "/evaluations",
        "/api/v1/measurement-points/" + plan.pointId() + "/fulfilment",
        "/api/v1/evaluations/" + plan.evaluationId());
  }

  private static void unauthorised(io.restassured.response.Response response) {
    response
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", equalTo("ApiKey realm=\"styrkort\""))
        .body("code", equalTo("UNAUTHORIZED"))
        .body("detail", equalTo("Sign in or send an API key: this is not public."));
  }

  private static void notFound(io.restassured.response.Response response) {
    response
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }
}
