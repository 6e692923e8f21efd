package se.styrkort.goal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.goal.GoalFixtures.at;
import static se.styrkort.goal.GoalFixtures.create;
import static se.styrkort.goal.GoalFixtures.focusArea;
import static se.styrkort.goal.GoalFixtures.goalUnder;
import static se.styrkort.goal.GoalFixtures.newFocusArea;
import static se.styrkort.goal.GoalFixtures.newGoal;
import static se.styrkort.goal.GoalFixtures.newPlan;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The plan's goals as one flat list in tree order, filtered and paged. */
@QuarkusTest
class GoalListTest {

  @Inject SessionFactory sessionFactory;

  /**
   * Öppen kommun (2) and Kunskap och kompetens (1), created in the "wrong" order, each with goals
   * given out-of-order positions, and one sub-goal: the list follows positions, depth first.
   */
  @Test
  void goalsComeDepthFirstByPosition() {
    long planId = newPlan();
    long open = create(planId, at(2, focusArea("Öppen kommun")));
    long knowledge = create(planId, at(1, focusArea("Kunskap och kompetens")));
    long website = create(planId, at(2, goalUnder(open, "Vår hemsida är användarvänlig")));
    long citizens = create(planId, at(1, goalUnder(open, "Professionella och tillgängliga")));
    long lifelong = create(planId, goalUnder(knowledge, "Ett livslångt lärande"));
    long subGoal = create(planId, goalUnder(citizens, "Delmål: bemötande"));

    List<Integer> expected =
        List.of(knowledge, lifelong, open, citizens, subGoal, website).stream()
            .map(Long::intValue)
            .toList();
    given()
        .get("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(expected))
        .body("items[4].parentId", equalTo((int) citizens))
        .body("next", nullValue());
  }

  @Test
  void filtersByKindAndParent() {
    long planId = newPlan();
    long first = newFocusArea(planId);
    long second = newFocusArea(planId);
    long goal = newGoal(planId, first);
    long subGoal = newGoal(planId, goal);
    long other = newGoal(planId, second);

    given()
        .queryParam("kind", "FOCUS_AREA")
        .get("/api/v1/plans/{planId}/goals", planId)
        .then()
        .body("items.id", contains((int) first, (int) second));
    given()
        .queryParam("kind", "GOAL")
        .get("/api/v1/plans/{planId}/goals", planId)
        .then()
        .body("items.id", contains((int) goal, (int) subGoal, (int) other));
    given()
        .queryParam("parentId", first)
        .get("/api/v1/plans/{planId}/goals", planId)
        .then()
        .body("items.id", contains((int) goal));
  }

  @Test
  void pagesFollowNextToTheEndWithoutDuplicates() {
    long planId = newPlan();
    List<Long> expected = new ArrayList<>();
    long area = newFocusArea(planId);
    expected.add(area);
    for (int i = 0; i < 7; i++) {
      expected.add(newGoal(planId, area));
    }

    List<Long> seen = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      JsonPath page =
          (next == null
                  ? given().queryParam("limit", 3).get("/api/v1/plans/{planId}/goals", planId)
                  : given().get(next))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      seen.addAll(page.getList("items.id", Long.class));
      next = page.getString("next");
      pages++;
    } while (next != null);

    assertEquals(expected, seen);
    assertEquals(3, pages);
  }

  /** No N+1: listing a plan of twelve goals costs the same statements as a plan of two. */
  @Test
  void statementsDoNotGrowWithThePlan() {
    long small = newPlan();
    newGoal(small, newFocusArea(small));
    long large = newPlan();
    for (int a = 0; a < 3; a++) {
      long area = newFocusArea(large);
      for (int g = 0; g < 3; g++) {
        newGoal(large, area);
      }
    }

    long forSmall = statementsFor("/api/v1/plans/" + small + "/goals");
    long forLarge = statementsFor("/api/v1/plans/" + large + "/goals");
    assertEquals(forSmall, forLarge);
  }

  private long statementsFor(String path) {
    Statistics statistics = sessionFactory.getStatistics();
    long before = statistics.getPrepareStatementCount();
    given().get(path).then().statusCode(200);
    return statistics.getPrepareStatementCount() - before;
  }

  @Test
  void badQueryParametersAreNamed() {
    long planId = newPlan();
    givenInvalid()
        .queryParam("kind", "PROJECT")
        .get("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_PARAMETER"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("kind"));
    givenInvalid()
        .queryParam("limit", 0)
        .get("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    givenInvalid()
        .queryParam("cursor", "not-ours")
        .get("/api/v1/plans/{planId}/goals", planId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }
}
