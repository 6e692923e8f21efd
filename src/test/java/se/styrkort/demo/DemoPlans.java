package se.styrkort.demo;

import static se.styrkort.support.Api.given;

import java.util.List;
import java.util.Map;

/** Finds the demo plan the way a client would: by listing the organisation's plans. */
public final class DemoPlans {

  public static final String NAME = "Flerårsplan 2025–2026";
  public static final String ORGANISATION = "Ljusnarsbergs kommun";

  private DemoPlans() {}

  /** The ids of the plans named like the demo plan; exactly one once the loader has run. */
  public static List<Long> ids() {
    List<Map<String, Object>> plans =
        given()
            .queryParam("organisation", ORGANISATION)
            .queryParam("limit", 500)
            .get("/api/v1/plans")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return plans.stream()
        .filter(plan -> NAME.equals(plan.get("name")))
        .map(plan -> ((Number) plan.get("id")).longValue())
        .toList();
  }

  public static long id() {
    List<Long> ids = ids();
    if (ids.size() != 1) {
      throw new AssertionError("Expected one demo plan, found " + ids.size());
    }
    return ids.get(0);
  }
}
