package se.styrkort.bulk;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.bulk.BulkEntryFixtures.BULK;
import static se.styrkort.bulk.BulkEntryFixtures.outcome;
import static se.styrkort.bulk.BulkEntryFixtures.pointIn;
import static se.styrkort.bulk.BulkEntryFixtures.rows;
import static se.styrkort.bulk.BulkEntryFixtures.valuesOf;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;

/** A bulk write sent again with its Idempotency-Key is applied once. */
@QuarkusTest
class IdempotentBulkTest {

  @Test
  void aRetryWithTheSameKeyReturnsTheFirstAnswerAndWritesNothing() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");
    String key = UUID.randomUUID().toString();
    var body = rows(outcome(preschool, 2023, 96), outcome(preschool, 2024, 98));

    String first =
        given()
            .header("Idempotency-Key", key)
            .body(body)
            .post(BULK, planId)
            .then()
            .statusCode(200)
            .body("created", equalTo(2))
            .extract()
            .asString();
    String retry =
        given()
            .header("Idempotency-Key", key)
            .body(body)
            .post(BULK, planId)
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertEquals(first, retry);
    assertEquals(List.of(96, 98), valuesOf(preschool));
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");
    String key = UUID.randomUUID().toString();
    given()
        .header("Idempotency-Key", key)
        .body(rows(outcome(preschool, 2024, 98)))
        .post(BULK, planId)
        .then()
        .statusCode(200);

    given()
        .header("Idempotency-Key", key)
        .body(rows(outcome(preschool, 2024, 99)))
        .post(BULK, planId)
        .then()
        .statusCode(422)
        .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    assertEquals(List.of(98), valuesOf(preschool));
  }

  @Test
  void aRefusedRequestLeavesNoKeySoItMayBeRetriedCorrected() {
    long planId = GoalFixtures.newPlan();
    long preschool = pointIn(planId, "Förskola");
    String key = UUID.randomUUID().toString();
    se.styrkort.support.Api.givenInvalid()
        .header("Idempotency-Key", key)
        .body(rows(outcome(preschool, 2024, 140)))
        .post(BULK, planId)
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));

    given()
        .header("Idempotency-Key", key)
        .body(rows(outcome(preschool, 2024, 98)))
        .post(BULK, planId)
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
  }
}
