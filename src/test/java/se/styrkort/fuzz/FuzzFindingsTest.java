package se.styrkort.fuzz;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.common.Problem;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/** What the contract fuzzer found, each kept as the smallest request that showed it. */
@QuarkusTest
class FuzzFindingsTest {

  /**
   * An API key expiring after 2038-01-19 (the fuzzer sent 2147483648 seconds) did not fit MariaDB's
   * TIMESTAMP and failed the insert (500).
   */
  @Test
  void anExpiryPastWhatTheDatabaseHoldsIsAFieldError() {
    givenInvalid()
        .body(Map.of("name", "Power BI", "role", "VIEWER", "expiresAt", "2038-01-19T03:14:08Z"))
        .post("/api/v1/api-keys")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresAt"));
    given()
        .body(Map.of("name", "Power BI", "role", "VIEWER", "expiresAt", "2038-01-19T03:14:07Z"))
        .post("/api/v1/api-keys")
        .then()
        .statusCode(201);
  }

  /** A target given without its written form ("≥ 90 %") used to fail indicator fulfilment (500). */
  @Test
  void aTargetWithoutItsWrittenFormIsJudged() {
    long indicator = PointFixtures.newIndicator();
    long point = PointFixtures.create(indicator, PointFixtures.percent("Andel"));
    given()
        .body(Map.of("comparator", "GE", "value", 90))
        .put("/api/v1/measurement-points/{id}/targets/{year}", point, 2024)
        .then()
        .statusCode(201);
    given()
        .body(Map.of("year", 2024, "kind", "OUTCOME", "asOf", "2024-12-31", "value", 95))
        .post("/api/v1/measurement-points/{pointId}/evaluations", point)
        .then()
        .statusCode(201);

    given()
        .queryParam("year", 2024)
        .get("/api/v1/indicators/{id}/fulfilment", indicator)
        .then()
        .statusCode(200)
        .body("node.measurementPoints[0].status", equalTo("FULFILLED"))
        .body("node.measurementPoints[0].target.written", nullValue());
  }

  /**
   * A DELETE has no body to negotiate: a client accepting only problem documents got 406, and an
   * unreadable Accept failed the 204 in content negotiation (500).
   */
  @Test
  void aDeleteIsNotRefusedForWhatTheClientAccepts() {
    for (String accept : List.of(Problem.MEDIA_TYPE, "application/xml", "garbage")) {
      long plan = GoalFixtures.newPlan();
      givenInvalid()
          .accept(accept)
          .header("If-Match", "\"999\"")
          .delete("/api/v1/plans/{planId}", plan)
          .then()
          .statusCode(412)
          .contentType(Problem.MEDIA_TYPE)
          .body("code", equalTo("PRECONDITION_FAILED"));
      givenInvalid()
          .accept(accept)
          .header("If-Match", "\"0\"")
          .delete("/api/v1/plans/{planId}", plan)
          .then()
          .statusCode(204);
      givenInvalid()
          .accept(accept)
          .header("If-Match", "\"0\"")
          .delete("/api/v1/plans/{planId}", plan)
          .then()
          .statusCode(404)
          .contentType(Problem.MEDIA_TYPE)
          .body("code", equalTo("NOT_FOUND"));
    }
  }

  /** A number where a date belongs was read as days since 1970, and answered as +5881580-07-12. */
  @Test
  void aNumberIsNotADate() {
    long plan = GoalFixtures.newPlan();

    givenInvalid()
        .body(Map.of("asOf", 2147483648L, "kind", "OUTCOME"))
        .post("/api/v1/plans/{planId}/evaluations/approval", plan)
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("asOf"))
        .body("errors[0].message", equalTo("must be a date (YYYY-MM-DD)"));
  }

  /**
   * A title of white space beyond ASCII (U+FEFF, U+3000, U+00A0) passed Hibernate Validator's
   * {@code @NotBlank}, and every later answer with it broke the contract's {@code pattern: \\S}.
   */
  @Test
  void aTitleOfUnicodeWhiteSpaceIsBlank() {
    long plan = GoalFixtures.newPlan();

    for (String blank : List.of("\uFEFF", "\u3000", "\u00A0 \u2007")) {
      givenInvalid()
          .body(Map.of("kind", "FOCUS_AREA", "title", blank))
          .post("/api/v1/plans/{planId}/goals", plan)
          .then()
          .statusCode(400)
          .contentType(Problem.MEDIA_TYPE)
          .body("errors[0].field", equalTo("title"));
    }
  }
}
