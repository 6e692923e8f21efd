package se.styrkort.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.goal.GoalFixtures.goalInNewPlan;
import static se.styrkort.goal.GoalFixtures.newFocusArea;
import static se.styrkort.goal.GoalFixtures.newGoal;
import static se.styrkort.goal.GoalFixtures.newPlan;
import static se.styrkort.indicator.IndicatorFixtures.create;
import static se.styrkort.indicator.IndicatorFixtures.indicator;
import static se.styrkort.indicator.IndicatorFixtures.newIndicator;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Indicators under a goal: create, list, read, replace, move, delete, and every refusal. */
@QuarkusTest
class IndicatorResourceTest {

  @Inject SessionFactory sessionFactory;

  private static final String TITLE =
      "Andelen elever som får godkänt på alla nationella proven i årskurs 3 ska vara ≥ 2023";

  @Test
  void createdIndicatorHasLocationETagAndItsPlan() {
    long planId = newPlan();
    long goalId = newGoal(planId, newFocusArea(planId));
    Map<String, Object> body = indicator(TITLE);
    body.put("description", "elever = barn, ungdomar och vuxenstuderande");
    body.put("comparisons", List.of("NATIONAL", "COUNTY", "NATIONAL"));
    body.put("owner", "Bildningsförvaltningen");
    body.put("source", "Nationella prov årskurs 3");

    var created =
        given().body(body).post("/api/v1/goals/{id}/indicators", goalId).then().statusCode(201);
    long id = created.extract().jsonPath().getLong("id");
    created
        .header("Location", endsWith("/api/v1/indicators/" + id))
        .header("ETag", equalTo("\"0\""))
        .body("goalId", equalTo((int) goalId))
        .body("planId", equalTo((int) planId))
        .body("title", equalTo(TITLE))
        .body("position", equalTo(1))
        .body("comparisons", contains("NATIONAL", "COUNTY"));

    given()
        .get("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("planId", equalTo((int) planId))
        .body("title", equalTo(TITLE))
        .body("description", equalTo("elever = barn, ungdomar och vuxenstuderande"))
        .body("comparisons", contains("NATIONAL", "COUNTY"))
        .body("owner", equalTo("Bildningsförvaltningen"))
        .body("source", equalTo("Nationella prov årskurs 3"));
  }

  @Test
  void omittedOptionalFieldsAreEmpty() {
    long id = newIndicator(goalInNewPlan());
    given()
        .get("/api/v1/indicators/{id}", id)
        .then()
        .body("description", nullValue())
        .body("comparisons", empty())
        .body("owner", nullValue())
        .body("source", nullValue());
  }

  @Test
  void listIsByPositionAndPagesToTheEnd() {
    long goalId = goalInNewPlan();
    long third = create(goalId, withPosition(30, indicator("Besöksnäringen")));
    long first = create(goalId, withPosition(10, indicator("Digitalisering")));
    long second = create(goalId, withPosition(20, indicator("Attraktiv arbetsgivare")));
    long last = newIndicator(goalId);
    List<Long> expected = List.of(first, second, third, last);

    List<Long> seen = new ArrayList<>();
    String next = null;
    do {
      JsonPath page =
          (next == null
                  ? given().queryParam("limit", 3).get("/api/v1/goals/{id}/indicators", goalId)
                  : given().get(next))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      seen.addAll(page.getList("items.id", Long.class));
      next = page.getString("next");
    } while (next != null);

    assertEquals(expected, seen);
    given().get("/api/v1/indicators/{id}", last).then().body("position", equalTo(31));
  }

  private static Map<String, Object> withPosition(int position, Map<String, Object> body) {
    body.put("position", position);
    return body;
  }

  /** No N+1: a goal with eight indicators is listed with as many statements as one with one. */
  @Test
  void statementsDoNotGrowWithTheGoal() {
    long small = goalInNewPlan();
    newIndicator(small);
    long large = goalInNewPlan();
    for (int i = 0; i < 8; i++) {
      newIndicator(large);
    }

    assertEquals(
        statementsFor("/api/v1/goals/" + small + "/indicators"),
        statementsFor("/api/v1/goals/" + large + "/indicators"));
  }

  private long statementsFor(String path) {
    Statistics statistics = sessionFactory.getStatistics();
    long before = statistics.getPrepareStatementCount();
    given().get(path).then().statusCode(200);
    return statistics.getPrepareStatementCount() - before;
  }

  @Test
  void readWithCurrentETagIsNotModified() {
    long id = newIndicator(goalInNewPlan());
    given()
        .header("If-None-Match", "\"0\"")
        .get("/api/v1/indicators/{id}", id)
        .then()
        .statusCode(304)
        .header("ETag", "\"0\"");
  }

  @Test
  void unknownAndMalformedIds() {
    long missing = 999_999_999L;
    given()
        .get("/api/v1/indicators/{id}", missing)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"))
        .body("detail", equalTo("No indicator with id 999999999."));
    given()
        .get("/api/v1/goals/{id}/indicators", missing)
        .then()
        .statusCode(404)
        .body("detail", equalTo("No goal with id 999999999."));
    given()
        .body(indicator("Digitalisering"))
        .post("/api/v1/goals/{id}/indicators", missing)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    given()
        .header("If-Match", "\"0\"")
        .body(indicator("Digitalisering"))
        .put("/api/v1/indicators/{id}", missing)
        .then()
        .statusCode(404);
    given()
        .header("If-Match", "\"0\"")
        .delete("/api/v1/indicators/{id}", missing)
        .then()
        .statusCode(404);

    givenInvalid()
        .get("/api/v1/indicators/abc")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors[0].field", equalTo("indicatorId"));
    givenInvalid()
        .get("/api/v1/goals/abc/indicators")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("goalId"));
  }

  @Test
  void invalidBodiesNameEachFieldAndChangeNothing() {
    long goalId = goalInNewPlan();
    Map<String, Object> blank = indicator(" ");
    blank.put("owner", "x".repeat(201));
    givenInvalid()
        .body(blank)
        .post("/api/v1/goals/{id}/indicators", goalId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", contains("owner", "title"));

    assertFieldRefused(goalId, "comparisons", List.of("NATIONAL", "GALAXY"), "comparisons[1]");
    assertFieldRefused(
        goalId, "comparisons", java.util.Arrays.asList("COUNTY", null), "comparisons[1]");
    assertFieldRefused(goalId, "position", "first", "position");
    assertFieldRefused(goalId, "title", 42, "title");

    given()
        .get("/api/v1/goals/{id}/indicators", goalId)
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  private static void assertFieldRefused(long goalId, String field, Object value, String named) {
    Map<String, Object> body = indicator("Digitalisering");
    body.put(field, value);
    givenInvalid()
        .body(body)
        .post("/api/v1/goals/{id}/indicators", goalId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo(named));
  }

  @Test
  void aFocusAreaOrAnotherGoalInTheBodyIsRefusedOnCreation() {
    long planId = newPlan();
    long area = newFocusArea(planId);
    long goal = newGoal(planId, area);

    given()
        .body(indicator("Digitalisering"))
        .post("/api/v1/goals/{id}/indicators", area)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("errors[0].field", equalTo("goalId"))
        .body("errors[0].message", containsString("is a focus area"));

    Map<String, Object> elsewhere = indicator("Digitalisering");
    elsewhere.put("goalId", area);
    given()
        .body(elsewhere)
        .post("/api/v1/goals/{id}/indicators", goal)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("goalId"));

    given().get("/api/v1/goals/{id}/indicators", area).then().body("items", hasSize(0));
    given().get("/api/v1/goals/{id}/indicators", goal).then().body("items", hasSize(0));
  }
}
