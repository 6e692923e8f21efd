package se.styrkort.common;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;

/** Every GET has an ETag and answers a repeated request with 304, computed documents included. */
@QuarkusTest
class ConditionalGetTest {

  @Test
  void collectionsTreeAndFulfilmentAnswerARepeatedGetWith304() {
    for (String path :
        List.of(
            "/api/v1/plans",
            "/api/v1/plans/1/goals?limit=5",
            "/api/v1/indicators/1/measurement-points",
            "/api/v1/plans/1/tree",
            "/api/v1/plans/1/fulfilment?year=2024",
            "/api/v1/measurement-points/1/fulfilment?year=2024",
            "/api/v1/plans/1/follow-up-status?asOf=2024-08-31",
            "/api/v1/changes/latest")) {
      Response first = given().get(path).then().statusCode(200).extract().response();
      String etag = first.header("ETag");
      first
          .then()
          .header("ETag", matchesPattern("\"[^\"]+\""))
          .header("Cache-Control", "private, no-cache");
      given()
          .header("If-None-Match", etag)
          .get(path)
          .then()
          .statusCode(304)
          .header("ETag", etag)
          .header("Cache-Control", "private, no-cache")
          .body(emptyString());
      // A stale or foreign tag gets the whole body again.
      given()
          .header("If-None-Match", "\"anders\"")
          .get(path)
          .then()
          .statusCode(200)
          .header("ETag", etag);
    }
  }

  @Test
  void aCollectionsTagChangesWithItsContent() {
    long plan = GoalFixtures.newPlan();
    String path = "/api/v1/plans/" + plan + "/goals";
    String before = given().get(path).then().statusCode(200).extract().header("ETag");
    GoalFixtures.newFocusArea(plan);
    String after =
        given()
            .header("If-None-Match", before)
            .get(path)
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(1))
            .extract()
            .header("ETag");
    assertNotEquals(before, after);
  }

  @Test
  void aSingleResourceKeepsItsVersionAsTag() {
    long plan = GoalFixtures.newPlan();
    given()
        .get("/api/v1/plans/{id}", plan)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .header("Cache-Control", "private, no-cache");
    given()
        .header("If-None-Match", "\"0\"")
        .get("/api/v1/plans/{id}", plan)
        .then()
        .statusCode(304)
        .header("Cache-Control", "private, no-cache");
  }

  @Test
  void problemsAreNotCached() {
    given()
        .get("/api/v1/plans/{id}", Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .header("ETag", org.hamcrest.Matchers.nullValue())
        .header("Cache-Control", not(equalTo("private, no-cache")));
  }
}
