package se.styrkort.action;

import static se.styrkort.support.Api.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test-data builders for actions, assignments and their status reports. */
public final class ActionFixtures {

  private ActionFixtures() {}

  public static Map<String, Object> action(String kind, String title, Long... goalIds) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("title", title);
    body.put("goalIds", List.of(goalIds));
    body.put("startDate", "2024-01-01");
    body.put("endDate", "2024-12-31");
    body.put("decisionReference", "KF 2023-11-27 § 112");
    return body;
  }

  public static long create(long planId, Map<String, Object> body) {
    return given()
        .body(body)
        .post("/api/v1/plans/{id}/actions", planId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Reports the action's status for the period (creating the report); answers its ETag. */
  public static String report(long actionId, long periodId, String status) {
    return given()
        .body(Map.of("status", status, "comment", "Läget: " + status))
        .put("/api/v1/actions/{a}/status-reports/{p}", actionId, periodId)
        .then()
        .statusCode(201)
        .extract()
        .header("ETag");
  }
}
