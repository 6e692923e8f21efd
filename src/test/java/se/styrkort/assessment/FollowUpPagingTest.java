package se.styrkort.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.period.PeriodFixtures;

/**
 * The reporting periods of a plan, the assessments of a period and both histories are paged like
 * every collection (limit, and a next link with a cursor), and following the links gives each item
 * once, in order.
 */
@QuarkusTest
class FollowUpPagingTest {

  /** Every item's {@code field} over all pages from {@code path}, two at a time. */
  private static List<Object> allPages(String path, String field) {
    List<Object> seen = new ArrayList<>();
    String next = path + (path.contains("?") ? "&" : "?") + "limit=2";
    int pages = 0;
    while (next != null) {
      JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
      List<Object> items = page.getList("items." + field);
      assertEquals(true, items.size() <= 2, "a page holds at most limit items");
      seen.addAll(items);
      next = page.getString("next");
      pages++;
    }
    assertEquals((seen.size() + 1) / 2, pages);
    return seen;
  }

  @Test
  void periodsAndAssessmentsComeInPages() {
    long planId = GoalFixtures.newPlan();
    long area = GoalFixtures.newFocusArea(planId);
    List<Long> goals =
        List.of(
            GoalFixtures.newGoal(planId, area),
            GoalFixtures.newGoal(planId, area),
            GoalFixtures.newGoal(planId, area));
    long helar = PeriodFixtures.defaultCalendar(planId, 2024).get("2024-HELAR");
    PeriodFixtures.defaultCalendar(planId, 2025);

    given()
        .queryParam("limit", 2)
        .get("/api/v1/plans/{id}/reporting-periods", planId)
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].code", equalTo("2024-T1"))
        .body("next", containsString("cursor="));
    assertEquals(
        List.of("2024-T1", "2024-DELAR", "2024-HELAR", "2025-T1", "2025-DELAR", "2025-HELAR"),
        allPages("/api/v1/plans/" + planId + "/reporting-periods", "code"));
    assertEquals(
        List.of("2025-T1", "2025-DELAR", "2025-HELAR"),
        allPages("/api/v1/plans/" + planId + "/reporting-periods?year=2025", "code"));

    List<Object> ids = new ArrayList<>();
    for (long goal : goals) {
      ids.add(
          (int) AssessmentTest.create(helar, AssessmentTest.assessment("GOAL", goal, "FULFILLED")));
    }
    assertEquals(ids, allPages("/api/v1/reporting-periods/" + helar + "/assessments", "id"));
    given()
        .get("/api/v1/reporting-periods/{id}/assessments", helar)
        .then()
        .body("items", hasSize(3))
        .body("next", nullValue());

    // A history of three versions: created, submitted, approved.
    long id = ((Integer) ids.get(0)).longValue();
    for (String step : List.of("submission", "approval")) {
      given()
          .header("If-Match", given().get("/api/v1/assessments/{id}", id).header("ETag"))
          .post("/api/v1/assessments/{id}/" + step, id)
          .then()
          .statusCode(200);
    }
    assertEquals(
        List.of("APPROVED", "SUBMITTED", "CREATED"),
        allPages("/api/v1/assessments/" + id + "/history", "changeType"));
    PeriodFixtures.close(helar);
    PeriodFixtures.reopen(helar, "Ny statistik från Skolverket");
    assertEquals(
        List.of("REOPENED", "CLOSED", "CREATED"),
        allPages("/api/v1/reporting-periods/" + helar + "/history", "changeType"));
    givenInvalid()
        .queryParam("limit", 0)
        .get("/api/v1/plans/{id}/reporting-periods", planId)
        .then()
        .statusCode(400);
    givenInvalid()
        .queryParam("cursor", "nonsense")
        .get("/api/v1/reporting-periods/{id}/assessments", helar)
        .then()
        .statusCode(400);
  }
}
