package se.styrkort.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.evaluation.EvaluationFixtures.outcome;
import static se.styrkort.evaluation.EvaluationFixtures.record;
import static se.styrkort.point.PointFixtures.newPoint;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * If-Match as RFC 9110 reads it, strictly (issue 15, item 17): weak tags never match, a header that
 * is not a list of entity tags is 400, and * is refused, so nothing is overwritten by a client that
 * has not seen the current version.
 */
@QuarkusTest
class IfMatchTest {

  private static final String PATH = "/api/v1/evaluations/{id}";

  @Test
  void noWeakTagAndNoStarOverwritesAFollowUpValue() {
    long id = record(newPoint(percent("Förskola")), outcome(2024, 90));

    for (String weak : List.of("W/\"0\"", "W/\"0\", W/\"1\"")) {
      given()
          .header("If-Match", weak)
          .body(outcome(2024, 10))
          .put(PATH, id)
          .then()
          .statusCode(412)
          .body("code", equalTo("PRECONDITION_FAILED"));
    }
    for (String refused : List.of("*", "*, garbage", " * ", "\"0\", *")) {
      givenInvalid()
          .header("If-Match", refused)
          .body(outcome(2024, 10))
          .put(PATH, id)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("If-Match"));
    }
    for (String malformed : List.of("0", "\"0\" garbage", "garbage", "\"0", "\"0\" \"1\"", ",")) {
      givenInvalid()
          .header("If-Match", malformed)
          .body(outcome(2024, 10))
          .put(PATH, id)
          .then()
          .statusCode(400)
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors[0].field", equalTo("If-Match"));
    }
    given().get(PATH, id).then().body("version", equalTo(0));

    // A list with the current strong tag among others matches (empty elements are allowed).
    given()
        .header("If-Match", "\"7\", , W/\"3\", \"0\"")
        .body(outcome(2024, 91))
        .put(PATH, id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
  }

  @Test
  void aDeleteTakesNoStarEither() {
    long id = record(newPoint(percent("Grundskola")), outcome(2024, 90));
    givenInvalid().header("If-Match", "*").delete(PATH, id).then().statusCode(400);
    givenInvalid().header("If-Match", "W/\"0\"").delete(PATH, id).then().statusCode(412);
    given().get(PATH, id).then().statusCode(200);
    given().header("If-Match", "\"0\"").delete(PATH, id).then().statusCode(204);
  }
}
