package se.styrkort.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

/**
 * A browser on the municipality's site may call the API; one elsewhere may not. The tests run with
 * https://www.ljusnarsberg.se allowed (application.properties, %test); outside the tests CORS is
 * off until STYRKORT_CORS_ENABLED and STYRKORT_CORS_ORIGINS say otherwise.
 */
@QuarkusTest
class CorsTest {

  private static final String ALLOWED = "https://www.ljusnarsberg.se";
  private static final String OTHER = "https://annan.example.com";

  @TestHTTPResource("/api/v1/plans/1")
  URI plan;

  @Test
  void aPreflightFromTheAllowedOriginMayPutWithIfMatch() throws Exception {
    HttpResponse<String> preflight = preflight(ALLOWED);
    assertEquals(200, preflight.statusCode());
    assertEquals(ALLOWED, header(preflight, "Access-Control-Allow-Origin").orElseThrow());
    assertTrue(header(preflight, "Access-Control-Allow-Methods").orElseThrow().contains("PUT"));
    String headers = header(preflight, "Access-Control-Allow-Headers").orElseThrow();
    assertTrue(headers.toLowerCase(Locale.ROOT).contains("if-match"), headers);
    assertEquals("3600", header(preflight, "Access-Control-Max-Age").orElseThrow());
  }

  @Test
  void aSimpleRequestFromTheAllowedOriginMayReadTheETag() {
    given()
        .header("Origin", ALLOWED)
        .get("/api/v1/plans/1")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
        .header("Access-Control-Expose-Headers", containsString("ETag"))
        .header("Access-Control-Expose-Headers", containsString("Location"));
  }

  @Test
  void anotherOriginGetsNoCorsHeaders() throws Exception {
    HttpResponse<String> preflight = preflight(OTHER);
    assertTrue(header(preflight, "Access-Control-Allow-Origin").isEmpty());

    HttpRequest.Builder get = HttpRequest.newBuilder(plan).header("Origin", OTHER).GET();
    Api.authHeaders().forEach(get::header);
    HttpResponse<String> simple =
        HttpClient.newHttpClient().send(get.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(header(simple, "Access-Control-Allow-Origin").isEmpty());
    // Quarkus refuses the request itself; without Access-Control-Allow-Origin a browser would
    // hide the answer from the page's script anyway.
    assertEquals(403, simple.statusCode());
  }

  private HttpResponse<String> preflight(String origin) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(plan)
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "PUT")
            .header("Access-Control-Request-Headers", "if-match,content-type");
    Api.authHeaders().forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<String> header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name);
  }
}
