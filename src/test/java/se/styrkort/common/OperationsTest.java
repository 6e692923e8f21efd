package se.styrkort.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The operational endpoints a platform team wires into probes, scraping and docs. */
@QuarkusTest
class OperationsTest {

  @ConfigProperty(name = "quarkus.http.test-port")
  int port;

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

  /**
   * Sent by hand: the request announces a 3 MB body and sends none of it. The 413 arrives all the
   * same, so it was decided on the announced length, before any of the body was read. (A client
   * that sends the whole body races the server's close and may see a broken pipe instead.)
   */
  @Test
  void aBodyOverTheLimitIsRefusedBeforeAnythingRuns() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      StringBuilder request =
          new StringBuilder("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\n");
      se.styrkort.support.Api.authHeaders()
          .forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      request.append("Content-Type: application/json\r\n");
      request.append("Content-Length: ").append(3 * 1024 * 1024).append("\r\n\r\n");
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
    }
  }
}
