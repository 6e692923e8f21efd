package se.styrkort.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;
import se.styrkort.support.Plans;

/**
 * A plan's status changes only through adoption and archival, and a change never reaches a plan the
 * caller may not change (issue 15, items 2 and 3).
 */
@QuarkusTest
class PlanIntegrityTest {

  private static Map<String, Object> plan() {
    Map<String, Object> plan = new HashMap<>();
    plan.put("name", "Flerårsplan 2025–2026");
    plan.put("organisation", "Integritetskommun " + UUID.randomUUID());
    plan.put("startYear", 2024);
    plan.put("endYear", 2026);
    return plan;
  }

  private static long create() {
    return given()
        .body(plan())
        .post("/api/v1/plans")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static String etag(long planId) {
    return given()
        .get("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private static RequestSpecification adoption(RequestSpecification request, long planId) {
    return request
        .header("If-Match", etag(planId))
        .body(Map.of("decisionReference", "KF § 12", "decisionDate", "2024-11-25"));
  }

  private static long adopted() {
    long planId = create();
    adoption(given(), planId).post("/api/v1/plans/{id}/adoption", planId).then().statusCode(200);
    return planId;
  }

  private static RequestSpecification plannerLimitedTo(long planId) {
    String secret = Api.createKey("planner of " + planId, "PLANNER", planId);
    return Api.anonymous().header(Api.API_KEY_HEADER, secret);
  }

  private static String status(long planId) {
    return given().get("/api/v1/plans/{id}", planId).jsonPath().getString("status");
  }

  @Test
  void aPlanIsNotBornAdoptedOrArchived() {
    for (String status : List.of("ADOPTED", "ARCHIVED")) {
      Map<String, Object> body = plan();
      body.put("status", status);
      given()
          .body(body)
          .post("/api/v1/plans")
          .then()
          .statusCode(400)
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors[0].field", equalTo("status"));
    }
    Map<String, Object> draft = plan();
    draft.put("status", "DRAFT");
    given()
        .body(draft)
        .post("/api/v1/plans")
        .then()
        .statusCode(201)
        .body("status", equalTo("DRAFT"));
  }

  @Test
  void aKeyLimitedToARevisionCannotArchiveTheOriginalByAdoptingIt() {
    long original = adopted();
    long revision = Plans.revise(original);

    adoption(plannerLimitedTo(revision), revision)
        .post("/api/v1/plans/{id}/adoption", revision)
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    assertEquals("ADOPTED", status(original));
    assertEquals("DRAFT", status(revision));

    // A key that may change both adopts it, and the original is archived.
    adoption(given(), revision)
        .post("/api/v1/plans/{id}/adoption", revision)
        .then()
        .statusCode(200);
    assertEquals("ARCHIVED", status(original));
  }

  @Test
  void aKeyLimitedToPlansCreatesNoPlanThroughARevision() {
    long original = adopted();
    RequestSpecification limited = plannerLimitedTo(original);
    limited
        .post("/api/v1/plans/{id}/revisions", original)
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    // No revision was made: an unlimited key may still start the one draft revision.
    Plans.revise(original);
  }
}
