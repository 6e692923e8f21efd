package se.styrkort.indicator;

import static se.styrkort.support.Api.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.point.MeasurementPoint;

/** Test-data builders for indicators; plans and goals come from GoalFixtures. */
final class IndicatorFixtures {

  private IndicatorFixtures() {}

  static Map<String, Object> indicator(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    return body;
  }

  static long create(long goalId, Map<String, Object> body) {
    return given()
        .body(body)
        .post("/api/v1/goals/{goalId}/indicators", goalId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static long newIndicator(long goalId) {
    return create(goalId, indicator("Digitalisering"));
  }

  /**
   * Rows under an indicator, stored directly: only their count matters to the indicator, and this
   * keeps these tests independent of the measurement point API.
   */
  static void addMeasurementPoints(long indicatorId, String... labels) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < labels.length; i++) {
                MeasurementPoint point = new MeasurementPoint();
                point.indicatorId = indicatorId;
                point.label = labels[i];
                point.position = i + 1;
                point.valueType = ValueType.PERCENT;
                point.unit = "%";
                point.scale = List.of();
                point.persist();
              }
            });
  }
}
