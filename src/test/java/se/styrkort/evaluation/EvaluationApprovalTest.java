package se.styrkort.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.evaluation.EvaluationFixtures.approved;
import static se.styrkort.evaluation.EvaluationFixtures.move;
import static se.styrkort.evaluation.EvaluationFixtures.outcome;
import static se.styrkort.evaluation.EvaluationFixtures.record;
import static se.styrkort.evaluation.EvaluationFixtures.submitted;
import static se.styrkort.point.PointFixtures.newPoint;
import static se.styrkort.point.PointFixtures.percent;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A follow-up value moves DRAFT → SUBMITTED → APPROVED; an approved value is locked until it is
 * reopened with a reason. Each response tells the front end which buttons to show.
 */
@QuarkusTest
class EvaluationApprovalTest {

  private static final String VALUE = "/api/v1/evaluations/{id}";
  private static final String SUBMISSION = VALUE + "/submission";
  private static final String APPROVAL = VALUE + "/approval";
  private static final String REOPENING = VALUE + "/reopening";
  private static final Map<String, Object> REASON =
      Map.of("reason", "Utfallet räknades om efter ny statistik från SCB");

  @Test
  void aNewValueIsADraftThatCanBeSubmittedEditedOrDeleted() {
    long id = record(newPoint(percent("Förskola")), outcome(2024, 98));
    given()
        .get(VALUE, id)
        .then()
        .statusCode(200)
        .body("state", equalTo("DRAFT"))
        .body("allowedTransitions", contains("SUBMIT", "EDIT", "DELETE"));
  }

  @Test
  void submittingThenApprovingLocksTheValue() {
    long id = record(newPoint(percent("Grundskola")), outcome(2024, 81));

    given()
        .header("If-Match", "\"0\"")
        .post(SUBMISSION, id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("state", equalTo("SUBMITTED"))
        .body("version", equalTo(1))
        .body("value", equalTo(81))
        .body("allowedTransitions", contains("APPROVE", "EDIT", "DELETE"));

    given()
        .header("If-Match", "\"1\"")
        .post(APPROVAL, id)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("state", equalTo("APPROVED"))
        .body("allowedTransitions", contains("REOPEN"));
  }

  @Test
  void reopeningWithAReasonMakesAnApprovedValueADraftAgain() {
    long id = approved(newPoint(percent("Gymnasieskola")), outcome(2024, 90));

    given()
        .header("If-Match", "\"2\"")
        .body(REASON)
        .post(REOPENING, id)
        .then()
        .statusCode(200)
        .header("ETag", "\"3\"")
        .body("state", equalTo("DRAFT"))
        .body("allowedTransitions", contains("SUBMIT", "EDIT", "DELETE"));
    given()
        .header("If-Match", "\"3\"")
        .body(outcome(2024, 91))
        .put(VALUE, id)
        .then()
        .statusCode(200);
  }

  @Test
  void aDraftCanNeitherBeApprovedNorReopened() {
    long id = record(newPoint(percent("Vuxenutbildningen")), outcome(2024, 74));
    refused(given().header("If-Match", "\"0\"").post(APPROVAL, id), "DRAFT", "APPROVE");
    refused(
        given().header("If-Match", "\"0\"").body(REASON).post(REOPENING, id), "DRAFT", "REOPEN");
    assertState(id, "DRAFT", 0);
  }

  @Test
  void aSubmittedValueCanNeitherBeSubmittedAgainNorReopened() {
    long id = submitted(newPoint(percent("Fritidshem")), outcome(2024, 60));
    refused(given().header("If-Match", "\"1\"").post(SUBMISSION, id), "SUBMITTED", "SUBMIT");
    refused(
        given().header("If-Match", "\"1\"").body(REASON).post(REOPENING, id),
        "SUBMITTED",
        "REOPEN");
    assertState(id, "SUBMITTED", 1);
  }

  @Test
  void anApprovedValueCanNeitherBeSubmittedNorApprovedAgain() {
    long id = approved(newPoint(percent("Särskola")), outcome(2024, 55));
    refused(given().header("If-Match", "\"2\"").post(SUBMISSION, id), "APPROVED", "SUBMIT");
    refused(given().header("If-Match", "\"2\"").post(APPROVAL, id), "APPROVED", "APPROVE");
    assertState(id, "APPROVED", 2);
  }

  @Test
  void anApprovedValueIsLockedAgainstCorrectionAndDeletion() {
    long id = approved(newPoint(percent("Förskoleklass")), outcome(2024, 88));

    given()
        .header("If-Match", "\"2\"")
        .body(outcome(2024, 89))
        .put(VALUE, id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("EVALUATION_LOCKED"))
        .body("detail", containsString("is approved"))
        .body("detail", containsString("reopen it first"));
    given()
        .header("If-Match", "\"2\"")
        .delete(VALUE, id)
        .then()
        .statusCode(409)
        .body("code", equalTo("EVALUATION_LOCKED"))
        .body("detail", containsString("cannot be deleted"));

    given().get(VALUE, id).then().statusCode(200).body("value", equalTo(88));
    assertState(id, "APPROVED", 2);
  }

  @Test
  void correctingASubmittedValueWithdrawsTheSubmission() {
    long id = submitted(newPoint(percent("Kulturskola")), outcome(2024, 40));

    given()
        .header("If-Match", "\"1\"")
        .body(outcome(2024, 42))
        .put(VALUE, id)
        .then()
        .statusCode(200)
        .body("state", equalTo("DRAFT"))
        .body("value", equalTo(42));
    given()
        .get(VALUE + "/history", id)
        .then()
        .statusCode(200)
        .body("items[0].changeType", equalTo("UPDATED"))
        .body("items[0].state", equalTo("DRAFT"))
        .body("items[0].reason", containsString("back to DRAFT"));
  }

  @Test
  void reopeningRequiresAReason() {
    long id = approved(newPoint(percent("Bibliotek")), outcome(2024, 70));

    for (Map<String, String> body : List.of(Map.<String, String>of(), Map.of("reason", "   "))) {
      givenInvalid()
          .header("If-Match", "\"2\"")
          .body(body)
          .post(REOPENING, id)
          .then()
          .statusCode(400)
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors.field", contains("reason"));
    }
    assertState(id, "APPROVED", 2);
  }

  @Test
  void aStateChangeNeedsTheCurrentETag() {
    long id = record(newPoint(percent("Ungdomsmottagning")), outcome(2024, 12));
    given()
        .post(SUBMISSION, id)
        .then()
        .statusCode(428)
        .body("code", equalTo("PRECONDITION_REQUIRED"))
        .body("errors.field", contains("If-Match"));
    given()
        .header("If-Match", "\"7\"")
        .post(SUBMISSION, id)
        .then()
        .statusCode(412)
        .body("code", equalTo("PRECONDITION_FAILED"));
    assertState(id, "DRAFT", 0);
  }

  @Test
  void anUnknownValueCannotBeSubmitted() {
    given()
        .header("If-Match", "\"0\"")
        .post(SUBMISSION, Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void theHistoryShowsEveryStateChangeWithItsReason() {
    long id = record(newPoint(percent("Idrottsplatser")), outcome(2024, 30));
    String etag = move(id, "submission", "\"0\"");
    etag = move(id, "approval", etag);
    given().header("If-Match", etag).body(REASON).post(REOPENING, id).then().statusCode(200);

    given()
        .get(VALUE + "/history", id)
        .then()
        .statusCode(200)
        .body("items.version", contains(3, 2, 1, 0))
        .body("items.changeType", contains("REOPENED", "APPROVED", "SUBMITTED", "CREATED"))
        .body("items.state", contains("DRAFT", "APPROVED", "SUBMITTED", "DRAFT"))
        .body("items[0].reason", equalTo(REASON.get("reason")))
        .body("items[1].reason", nullValue())
        .body("items.value", contains(30, 30, 30, 30));
  }

  private static void refused(Response response, String state, String action) {
    response
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("is " + state + ": " + action + " is not possible"));
  }

  private static void assertState(long id, String state, int version) {
    given()
        .get(VALUE, id)
        .then()
        .statusCode(200)
        .body("state", equalTo(state))
        .body("version", equalTo(version));
  }
}
