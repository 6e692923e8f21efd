package se.styrkort.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The operational endpoints a platform team wires into probes, scraping and docs. */
@QuarkusTest
class OperationsTest {

  @Test
  void livenessAndReadinessAreUpWithTheDatabase() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
  }

  @Test
  void prometheusMetricsIncludeHttpServerRequests() {
    given()
        .headers(se.styrkort.support.Api.authHeaders())
        .get("/api/v1/plans")
        .then()
        .statusCode(200);
    given()
        .accept("text/plain")
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"));
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeAnythingRuns() {
    given()
        .headers(se.styrkort.support.Api.authHeaders())
        .contentType("application/json")
        .body("{\"name\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}")
        .post("/api/v1/plans")
        .then()
        .statusCode(413);
  }
}
