package se.styrkort.changes;

import static se.styrkort.support.Api.given;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/** The writes of the sync tests, made through the API like any client's. */
final class FeedClient {

  private FeedClient() {}

  static long create(String path, Map<String, Object> body) {
    return given().body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
  }

  static String etag(String path) {
    return given().get(path).then().statusCode(200).extract().header("ETag");
  }

  static void replace(String path, Map<String, Object> body) {
    given().header("If-Match", etag(path)).body(body).put(path).then().statusCode(200);
  }

  static void delete(String path) {
    given().header("If-Match", etag(path)).delete(path).then().statusCode(204);
  }

  /** Replaces a year's target, with the target's own version as If-Match. */
  static void replaceTarget(long pointId, int year, Map<String, Object> target) {
    JsonPath point = given().get("/api/v1/measurement-points/" + pointId).jsonPath();
    long version = point.getLong("targets.find { it.year == " + year + " }.version");
    given()
        .header("If-Match", "\"" + version + "\"")
        .body(target)
        .put("/api/v1/measurement-points/" + pointId + "/targets/" + year)
        .then()
        .statusCode(200);
  }

  static void deleteTarget(long pointId, int year) {
    JsonPath point = given().get("/api/v1/measurement-points/" + pointId).jsonPath();
    long version = point.getLong("targets.find { it.year == " + year + " }.version");
    given()
        .header("If-Match", "\"" + version + "\"")
        .delete("/api/v1/measurement-points/" + pointId + "/targets/" + year)
        .then()
        .statusCode(204);
  }

  static Map<String, Object> outcome(int year, Object value) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", year);
    body.put("kind", "OUTCOME");
    body.put("asOf", year + "-12-31");
    body.put("value", value);
    return body;
  }

  static Map<String, Object> title(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    return body;
  }

  /** The latest cursor of the feed. */
  static String latestCursor() {
    return given().get("/api/v1/changes/latest").then().statusCode(200).extract().path("cursor");
  }

  /** The sequence inside a cursor: tests may look, clients may not. */
  static long sequenceOf(String cursor) {
    return ChangeCursor.parse(cursor).after();
  }

  static String cursorOf(String next) {
    return next.replaceAll(".*[?&]cursor=([^&]*).*", "$1");
  }
}
