package se.styrkort.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.changes.FeedClient.create;
import static se.styrkort.changes.FeedClient.cursorOf;
import static se.styrkort.changes.FeedClient.delete;
import static se.styrkort.changes.FeedClient.deleteTarget;
import static se.styrkort.changes.FeedClient.etag;
import static se.styrkort.changes.FeedClient.latestCursor;
import static se.styrkort.changes.FeedClient.outcome;
import static se.styrkort.changes.FeedClient.replace;
import static se.styrkort.changes.FeedClient.replaceTarget;
import static se.styrkort.changes.FeedClient.sequenceOf;
import static se.styrkort.changes.FeedClient.title;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;

/**
 * The sync recipe of docs/sync.md, end to end: a full load, then creates, updates and deletes of
 * every kind (some of them concurrent), then the feed followed from the cursor taken before the
 * load. The copy must equal what the server holds, entity by entity.
 */
@QuarkusTest
class ChangeFeedSyncTest {

  @Test
  void followingTheFeedAfterAFullLoadRebuildsTheServersState() throws Exception {
    long plan = GoalFixtures.newPlan();
    long focusArea = GoalFixtures.newFocusArea(plan);
    long goal = GoalFixtures.newGoal(plan, focusArea);
    long indicator = create("/api/v1/goals/" + goal + "/indicators", title("Trygghet"));
    long kept =
        create(
            "/api/v1/indicators/" + indicator + "/measurement-points",
            PointFixtures.withTargets(
                PointFixtures.percent("Förskola"),
                PointFixtures.inYear(2024, PointFixtures.literal("GE", 90, "90 %")),
                PointFixtures.inYear(2025, PointFixtures.literal("GE", 95, "95 %"))));
    long removed =
        create(
            "/api/v1/indicators/" + indicator + "/measurement-points",
            PointFixtures.withTargets(
                PointFixtures.percent("Grundskola"),
                PointFixtures.inYear(2024, PointFixtures.literal("GE", 80, "80 %"))));
    long corrected = PointFixtures.recordOutcome(kept, 2023, 88);
    long dropped = PointFixtures.recordOutcome(removed, 2023, 70);

    String cursor = latestCursor();
    Replica replica = Replica.fullLoad(plan);

    // Sequential changes of every kind.
    Map<String, Object> renamed = new HashMap<>();
    renamed.put("name", "Flerårsplan 2025–2026, reviderad");
    renamed.put("organisation", "Ljusnarsbergs kommun");
    renamed.put("startYear", 2024);
    renamed.put("endYear", 2026);
    renamed.put("baselineYear", 2023);
    replace("/api/v1/plans/" + plan, renamed);
    long newGoal = GoalFixtures.newGoal(plan, focusArea);
    replace(
        "/api/v1/goals/" + goal,
        GoalFixtures.goalUnder(focusArea, "Alla känner sig trygga i kommunen"));
    long newIndicator = create("/api/v1/goals/" + newGoal + "/indicators", title("Tillfällig"));
    replace("/api/v1/indicators/" + indicator, title("Trygghet och bemötande"));
    PointFixtures.putTarget(kept, 2026, PointFixtures.literal("GE", 99, "99 %"));
    replaceTarget(kept, 2024, PointFixtures.literal("GE", 92, "92 %"));
    deleteTarget(kept, 2025);
    replace("/api/v1/evaluations/" + corrected, outcome(2023, 89));
    long submitted = PointFixtures.recordOutcome(kept, 2024, 91);
    given()
        .header("If-Match", etag("/api/v1/evaluations/" + submitted))
        .post("/api/v1/evaluations/" + submitted + "/submission")
        .then()
        .statusCode(200);
    delete("/api/v1/evaluations/" + dropped);
    delete("/api/v1/measurement-points/" + removed);
    delete("/api/v1/indicators/" + newIndicator);
    delete("/api/v1/goals/" + newGoal);

    // Concurrent writers, each with a point of its own; a reader polls the whole feed meanwhile.
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    Future<Integer> reader = pool.submit(() -> pollWithoutGaps(latestCursor(), writing));
    List<Future<?>> writers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String label = "Skola " + i;
      writers.add(
          pool.submit(
              () -> {
                long point =
                    create(
                        "/api/v1/indicators/" + indicator + "/measurement-points",
                        PointFixtures.withTargets(
                            PointFixtures.percent(label),
                            PointFixtures.inYear(2024, PointFixtures.literal("GE", 50, "50 %")),
                            PointFixtures.inYear(2025, PointFixtures.literal("GE", 60, "60 %"))));
                PointFixtures.recordOutcome(point, 2024, 55);
                replace("/api/v1/measurement-points/" + point, PointFixtures.percent(label + "a"));
                deleteTarget(point, 2025);
                long value = PointFixtures.recordOutcome(point, 2025, 58);
                delete("/api/v1/evaluations/" + value);
                return null;
              }));
    }
    for (Future<?> writer : writers) {
      writer.get(60, TimeUnit.SECONDS);
    }
    writing.set(false);
    assertTrue(reader.get(60, TimeUnit.SECONDS) > 0, "the reader saw the concurrent changes");
    pool.shutdown();

    List<Map<String, Object>> changes = follow(cursor, plan, 4);
    for (Map<String, Object> change : changes) {
      replica.apply(change);
    }

    assertEquals(Replica.fullLoad(plan).entities, replica.entities);
    assertEachChangeOnceInVersionOrder(changes);
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> change : changes) {
      seen.add(change.get("entityType") + " " + change.get("changeType"));
    }
    for (String type : List.of("GOAL", "INDICATOR", "MEASUREMENT_POINT", "TARGET", "EVALUATION")) {
      for (String kind : List.of("CREATED", "UPDATED", "DELETED")) {
        assertTrue(seen.contains(type + " " + kind), "the feed holds " + type + " " + kind);
      }
    }
    assertTrue(seen.contains("PLAN UPDATED"));
  }

  /** Every change of one plan after the cursor, page by page, until the feed's end. */
  static List<Map<String, Object>> follow(String cursor, long plan, int limit) {
    List<Map<String, Object>> changes = new ArrayList<>();
    String url = "/api/v1/changes?planId=" + plan + "&limit=" + limit + "&cursor=" + cursor;
    boolean more = true;
    while (more) {
      JsonPath page = given().get(url).then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      assertTrue(items.size() <= limit);
      changes.addAll(items);
      more = page.getBoolean("hasMore");
      url = page.getString("next");
    }
    return changes;
  }

  /**
   * Reads the unfiltered feed while others write. Every sequence between two cursors is served, so
   * a page holds exactly as many changes as its cursors are apart: nothing skipped, nothing twice.
   */
  private static int pollWithoutGaps(String start, AtomicBoolean writing) {
    int seen = 0;
    String cursor = start;
    boolean last = false;
    while (!last) {
      last = !writing.get();
      JsonPath page =
          given()
              .get("/api/v1/changes?limit=7&cursor=" + cursor)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      String next = cursorOf(page.getString("next"));
      int items = page.getList("items").size();
      assertEquals(sequenceOf(next) - sequenceOf(cursor), items, "no gap after " + cursor);
      seen += items;
      cursor = next;
      last = last && !page.getBoolean("hasMore");
    }
    return seen;
  }

  private static void assertEachChangeOnceInVersionOrder(List<Map<String, Object>> changes) {
    Map<String, Long> lastVersion = new HashMap<>();
    for (Map<String, Object> change : changes) {
      String entity = change.get("entityType") + ":" + change.get("entityId");
      long version = ((Number) change.get("version")).longValue();
      Long before = lastVersion.put(entity, version);
      assertTrue(
          before == null || before < version,
          entity + " went from version " + before + " to " + version + " in the feed");
    }
  }
}
