package se.styrkort.fuzz;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.point.PointFixtures;

/** What the contract fuzzer found, each kept as the smallest request that showed it. */
@QuarkusTest
class FuzzFindingsTest {

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
}
