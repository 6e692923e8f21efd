package se.styrkort.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.changes.FeedClient.create;
import static se.styrkort.changes.FeedClient.delete;
import static se.styrkort.changes.FeedClient.deleteTarget;
import static se.styrkort.changes.FeedClient.etag;
import static se.styrkort.changes.FeedClient.outcome;
import static se.styrkort.changes.FeedClient.replace;
import static se.styrkort.changes.FeedClient.replaceTarget;
import static se.styrkort.changes.FeedClient.title;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Plans.adopt;
import static se.styrkort.support.Plans.revise;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.bulk.BulkEntryFixtures;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;
import se.styrkort.support.DemoPlanCopy;
import se.styrkort.support.KoladaLinks;
import se.styrkort.support.KoladaStub;

/**
 * The content version that plan-wide documents are cached and tagged under moves with every write
 * path that touches the plan: each step below writes one way (the services, bulk entry past
 * Hibernate, CSV import, approvals one by one and in bulk, plan import and revision, Kolada sync
 * and own-value import, reference series, the lifecycle), and the plan's version and its tree's
 * ETag must both have moved. At the end, every plan's version is the sequence of its last change in
 * the feed.
 */
@QuarkusTest
class PlanContentVersionTest {

  @Inject AgroalDataSource dataSource;

  private final Map<Long, Long> versions = new HashMap<>();
  private final Map<Long, String> tags = new HashMap<>();
  private long plan;

  @Test
  void everyWritePathMovesThePlansVersion() throws Exception {
    KoladaStub.reset();
    long demo = DemoPlanCopy.create("Flerårsplan (versioner " + UUID.randomUUID() + ")");
    assertTrue(versionOf(demo) > 0, "an imported plan has a version");
    long svenska = DemoPlanCopy.point(demo, "Svenska");
    plan = demo;
    moves(
        "Kolada own values",
        () ->
            given()
                .body(Map.of("koladaKpi", "N90002"))
                .post("/api/v1/measurement-points/{id}/kolada-import", svenska)
                .then()
                .statusCode(200));

    plan = GoalFixtures.newPlan();

    Map<String, Object> renamed = new HashMap<>();
    renamed.put("name", "Flerårsplan, reviderad " + UUID.randomUUID());
    renamed.put("organisation", "Ljusnarsbergs kommun");
    renamed.put("startYear", 2024);
    renamed.put("endYear", 2026);
    renamed.put("baselineYear", 2023);
    moves("plan PUT", () -> replace("/api/v1/plans/" + plan, renamed));
    long[] ids = new long[6];
    moves("focus area created", () -> ids[0] = GoalFixtures.newFocusArea(plan));
    moves("goal created", () -> ids[1] = GoalFixtures.newGoal(plan, ids[0]));
    moves(
        "indicator created",
        () -> ids[2] = create("/api/v1/goals/" + ids[1] + "/indicators", title("Trygghet")));
    moves(
        "point created",
        () ->
            ids[3] =
                create(
                    "/api/v1/indicators/" + ids[2] + "/measurement-points",
                    PointFixtures.withTargets(
                        PointFixtures.percent("Förskola"),
                        PointFixtures.inYear(2024, PointFixtures.literal("GE", 90, "90 %")))));
    moves(
        "target put",
        () -> PointFixtures.putTarget(ids[3], 2025, PointFixtures.literal("GE", 95, "95 %")));
    moves(
        "target replaced",
        () -> replaceTarget(ids[3], 2025, PointFixtures.literal("GE", 96, "96 %")));
    moves("target deleted", () -> deleteTarget(ids[3], 2025));
    moves("value recorded", () -> ids[4] = PointFixtures.recordOutcome(ids[3], 2023, 88));
    moves("value replaced", () -> replace("/api/v1/evaluations/" + ids[4], outcome(2023, 89)));
    moves("value submitted", () -> step(ids[4], "submission"));
    moves("value approved", () -> step(ids[4], "approval"));
    moves(
        "value reopened",
        () ->
            given()
                .header("If-Match", etag("/api/v1/evaluations/" + ids[4]))
                .body(Map.of("reason", "Fel siffra"))
                .post("/api/v1/evaluations/" + ids[4] + "/reopening")
                .then()
                .statusCode(200));
    moves(
        "bulk entry",
        () ->
            given()
                .body(BulkEntryFixtures.rows(BulkEntryFixtures.outcome(ids[3], 2024, 91)))
                .post(BulkEntryFixtures.BULK, plan)
                .then()
                .statusCode(200));
    moves(
        "CSV import",
        () ->
            given()
                .contentType("text/csv; charset=UTF-8")
                .body(
                    "measurementPointId;year;kind;asOf;value\n"
                        + ids[3]
                        + ";2025;FORECAST;2025-06-30;93\n")
                .post("/api/v1/plans/{planId}/evaluations/import", plan)
                .then()
                .statusCode(200));
    long submitted = PointFixtures.recordOutcome(ids[3], 2026, 94);
    step(submitted, "submission");
    moves(
        "bulk approval",
        () ->
            given()
                .body(Map.of("asOf", "2026-12-31"))
                .post("/api/v1/plans/{planId}/evaluations/approval", plan)
                .then()
                .statusCode(200));
    moves("reference series created", () -> ids[5] = KoladaLinks.riket(ids[3], "N90001"));
    moves(
        "Kolada sync of a point",
        () ->
            given()
                .post("/api/v1/measurement-points/{id}/kolada-sync", ids[3])
                .then()
                .statusCode(200));
    KoladaStub.serve(KoladaStub.REVISED);
    moves(
        "Kolada sync of the plan",
        () -> given().post("/api/v1/plans/{id}/kolada-sync", plan).then().statusCode(200));
    moves("reference series deleted", () -> delete("/api/v1/reference-series/" + ids[5]));
    moves("value deleted", () -> delete("/api/v1/evaluations/" + ids[4]));
    // Something to delete whole, from the bottom up: a goal, its indicator and its point.
    long goal = GoalFixtures.newGoal(plan, ids[0]);
    long indicator = create("/api/v1/goals/" + goal + "/indicators", title("Tillfällig"));
    long removed =
        create(
            "/api/v1/indicators/" + indicator + "/measurement-points",
            PointFixtures.percent("Tillfällig"));
    moves("point deleted", () -> delete("/api/v1/measurement-points/" + removed));
    moves("indicator deleted", () -> delete("/api/v1/indicators/" + indicator));
    moves("goal deleted", () -> delete("/api/v1/goals/" + goal));
    moves("adoption", () -> adopt(plan));
    moves(
        "visibility",
        () ->
            given()
                .header("If-Match", etag("/api/v1/plans/" + plan))
                .body(Map.of("public", true))
                .put("/api/v1/plans/{id}/visibility", plan)
                .then()
                .statusCode(200));
    long revision = revise(plan);
    assertTrue(versionOf(revision) > versions.get(plan), "a revision is a new plan with a version");
    moves(
        "archival",
        () ->
            given()
                .header("If-Match", etag("/api/v1/plans/" + plan))
                .post("/api/v1/plans/{id}/archival", plan)
                .then()
                .statusCode(200));

    assertEquals(List.of(), plansWhoseVersionIsNotTheirLastChange());
  }

  /** Runs a write and asserts that the plan's version, and so its tree's ETag, moved on. */
  private void moves(String what, Runnable write) throws SQLException {
    if (!versions.containsKey(plan)) {
      versions.put(plan, versionOf(plan));
      tags.put(plan, treeTag(plan));
    }
    long version = versions.get(plan);
    String tag = tags.get(plan);
    write.run();
    long after = versionOf(plan);
    assertTrue(after > version, what + " moves the version: " + version + " → " + after);
    String afterTag = treeTag(plan);
    assertNotEquals(tag, afterTag, what + " moves the tree's ETag");
    assertTrue(afterTag.startsWith("\"" + after + "-"), afterTag);
    versions.put(plan, after);
    tags.put(plan, afterTag);
  }

  private static void step(long evaluation, String step) {
    given()
        .header("If-Match", etag("/api/v1/evaluations/" + evaluation))
        .post("/api/v1/evaluations/" + evaluation + "/" + step)
        .then()
        .statusCode(200);
  }

  private static String treeTag(long plan) {
    return given()
        .get("/api/v1/plans/{id}/tree", plan)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private long versionOf(long plan) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select version from plan_content_version where plan_id = ?")) {
      statement.setLong(1, plan);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getLong(1) : -1;
      }
    }
  }

  private List<Long> plansWhoseVersionIsNotTheirLastChange() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select e.plan_id from change_event e left join plan_content_version v on"
                    + " v.plan_id = e.plan_id group by e.plan_id"
                    + " having max(e.sequence) <> coalesce(max(v.version), -1)")) {
      List<Long> plans = new java.util.ArrayList<>();
      while (rows.next()) {
        plans.add(rows.getLong(1));
      }
      return plans;
    }
  }
}
