package se.styrkort.changes;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.changes.FeedClient.cursorOf;
import static se.styrkort.changes.FeedClient.latestCursor;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.styrkort.bulk.BulkEntryFixtures;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.goal.GoalKind;
import se.styrkort.goal.GoalRequest;
import se.styrkort.goal.GoalService;
import se.styrkort.support.KoladaLinks;
import se.styrkort.support.KoladaStub;

@QuarkusTest
class ChangeFeedTest {

  @Inject GoalService goals;
  @Inject ChangeRetention retention;

  /**
   * The InnoDB trap: a transaction takes goal id N, a second one takes N+1 and commits first. A
   * reader that has passed N+1 must still get N once it commits, and must never see it twice.
   */
  @Test
  void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
    long plan = GoalFixtures.newPlan();
    String start = latestCursor();
    CountDownLatch inserted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Long> slow =
        CompletableFuture.supplyAsync(
            () -> {
              // A thread of its own, outside any request: the writer's identity needs a context.
              var context = io.quarkus.arc.Arc.container().requestContext();
              context.activate();
              try {
                return QuarkusTransaction.requiringNew()
                    .call(
                        () -> {
                          long id =
                              goals.create(
                                      plan,
                                      new GoalRequest(
                                          GoalKind.FOCUS_AREA, null, "Sent beslut", null, null))
                                  .id;
                          inserted.countDown();
                          assertTrue(release.await(30, TimeUnit.SECONDS));
                          return id;
                        });
              } finally {
                context.terminate();
              }
            });
    assertTrue(inserted.await(30, TimeUnit.SECONDS));
    long fast = GoalFixtures.newFocusArea(plan);

    JsonPath first = page(start, plan);
    assertEquals(List.of(fast), first.getList("items.entityId", Long.class));
    release.countDown();
    long late = slow.get(30, TimeUnit.SECONDS);
    assertTrue(late < fast, "the late transaction took the lower id");

    JsonPath second = page(cursorOf(first.getString("next")), plan);
    assertEquals(List.of(late), second.getList("items.entityId", Long.class));
    assertEquals(List.of("CREATED"), second.getList("items.changeType"));
    assertTrue(page(cursorOf(second.getString("next")), plan).getList("items").isEmpty());
  }

  @Test
  void aChangeNamesItsPlanVersionAndWhereToReadIt() {
    long plan = GoalFixtures.newPlan();
    String start = latestCursor();
    long goal = GoalFixtures.newFocusArea(plan);
    given()
        .get("/api/v1/changes?planId={plan}&cursor={cursor}", plan, start)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].entityType", equalTo("GOAL"))
        .body("items[0].entityId", equalTo((int) goal))
        .body("items[0].planId", equalTo((int) plan))
        .body("items[0].version", equalTo(0))
        .body("items[0].changeType", equalTo("CREATED"))
        .body("items[0].measurementPointId", equalTo(null))
        .body("items[0].href", startsWith("http://"))
        .body("items[0].href", org.hamcrest.Matchers.endsWith("/api/v1/goals/" + goal))
        .body("hasMore", equalTo(false))
        .body("next", org.hamcrest.Matchers.containsString("cursor="));
    FeedClient.delete("/api/v1/goals/" + goal);
    given()
        .get("/api/v1/changes?planId={plan}&cursor={cursor}", plan, start)
        .then()
        .statusCode(200)
        .body("items.changeType", contains("CREATED", "DELETED"))
        .body("items.version", contains(0, 1));
  }

  /** Bulk entry writes new values in one multi-row INSERT, past Hibernate's callbacks. */
  @Test
  void valuesWrittenInBulkAreInTheFeed() {
    long plan = GoalFixtures.newPlan();
    long preschool = BulkEntryFixtures.pointIn(plan, "Förskola");
    long school = BulkEntryFixtures.pointIn(plan, "Grundskola");
    String start = latestCursor();
    List<Long> created =
        given()
            .body(
                BulkEntryFixtures.rows(
                    BulkEntryFixtures.outcome(preschool, 2023, 96),
                    BulkEntryFixtures.outcome(school, 2023, 80)))
            .post(BulkEntryFixtures.BULK, plan)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("createdIds", Long.class);

    JsonPath feed = page(start, plan);
    assertEquals(created, feed.getList("items.entityId", Long.class));
    assertEquals(List.of("EVALUATION", "EVALUATION"), feed.getList("items.entityType"));
    assertEquals(List.of("CREATED", "CREATED"), feed.getList("items.changeType"));
    assertEquals(List.of(preschool, school), feed.getList("items.measurementPointId", Long.class));
  }

  /** A reference series, a Kolada sync of it and its deletion, each in the feed of its plan. */
  @Test
  void referenceSeriesAndTheirSyncsAreInTheFeed() {
    KoladaStub.reset();
    long plan = GoalFixtures.newPlan();
    long point = BulkEntryFixtures.pointIn(plan, "Matematik");
    String start = latestCursor();
    long id = KoladaLinks.riket(point, "N90001");
    given().post("/api/v1/measurement-points/{id}/kolada-sync", point).then().statusCode(200);
    String etag = given().get("/api/v1/reference-series/{id}", id).then().extract().header("ETag");
    given()
        .header("If-Match", etag)
        .delete("/api/v1/reference-series/{id}", id)
        .then()
        .statusCode(204);

    JsonPath feed = page(start, plan);
    assertEquals(List.of(id, id, id), feed.getList("items.entityId", Long.class));
    assertEquals(
        List.of("REFERENCE_SERIES", "REFERENCE_SERIES", "REFERENCE_SERIES"),
        feed.getList("items.entityType"));
    assertEquals(List.of("CREATED", "UPDATED", "DELETED"), feed.getList("items.changeType"));
    assertEquals(
        List.of(point, point, point), feed.getList("items.measurementPointId", Long.class));
    assertTrue(
        feed.getString("items[0].href").endsWith("/api/v1/reference-series/" + id),
        feed.getString("items[0].href"));
  }

  @Test
  void aCursorOlderThanTheRetentionIsGone() {
    String old = latestCursor();
    GoalFixtures.newPlan();
    assertTrue(retention.purgeBefore(Instant.now().plusSeconds(1)) > 0);

    givenInvalid()
        .get("/api/v1/changes?cursor={cursor}", old)
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("status", equalTo(410))
        .body("code", equalTo("CURSOR_EXPIRED"))
        .body("title", equalTo("Cursor expired"))
        .body("type", equalTo("https://styrkort.se/problems/cursor-expired"))
        .body("detail", org.hamcrest.Matchers.containsString("Load everything again"));
    // The feed goes on from its end, and without a cursor from the oldest change it keeps.
    given().get("/api/v1/changes?cursor={cursor}", latestCursor()).then().statusCode(200);
    given().get("/api/v1/changes").then().statusCode(200).body("items", hasSize(0));
  }

  @Test
  void aCursorThatWasNotIssuedHereIsRefused() {
    for (String cursor : List.of("bm9wZQ", "!!", new ChangeCursor(Long.MAX_VALUE).encode())) {
      givenInvalid()
          .get("/api/v1/changes?cursor={cursor}", cursor)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors[0].field", equalTo("cursor"));
    }
  }

  @Test
  void theLimitIsBounded() {
    for (int limit : new int[] {0, 501}) {
      givenInvalid()
          .get("/api/v1/changes?limit={limit}", limit)
          .then()
          .statusCode(400)
          .body("code", equalTo("VALIDATION_FAILED"))
          .body(
              "errors",
              equalTo(List.of(Map.of("field", "limit", "message", "must be between 1 and 500"))));
    }
  }

  private static JsonPath page(String cursor, long plan) {
    return given()
        .get("/api/v1/changes?planId={plan}&cursor={cursor}", plan, cursor)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
