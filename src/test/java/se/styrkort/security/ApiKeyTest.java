package se.styrkort.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.givenInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.point.PointFixtures;
import se.styrkort.support.Api;

@QuarkusTest
class ApiKeyTest {

  @Inject EntityManager entities;

  @Test
  void theSecretIsShownOnceAndOnlyItsHashIsStored() {
    JsonPath created =
        given()
            .body(Map.of("name", "Power BI, kommunstyrelsen", "role", "VIEWER"))
            .post("/api/v1/api-keys")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/api-keys/"))
            .body("secret", startsWith("sk_"))
            .body("key.name", equalTo("Power BI, kommunstyrelsen"))
            .body("key.role", equalTo("VIEWER"))
            .body("key.planIds", empty())
            .body("key.revokedAt", nullValue())
            .body("key.createdBy", endsWith("(local-admin)"))
            .extract()
            .jsonPath();
    String secret = created.getString("secret");
    long id = created.getLong("key.id");
    assertEquals(3 + 43, secret.length(), "sk_ and 256 bits in base64url");

    String shown =
        given().get("/api/v1/api-keys/{id}", id).then().statusCode(200).extract().asString();
    assertTrue(!shown.contains(secret) && !shown.contains("secret"), shown);
    String listed =
        given()
            .queryParam("limit", 500)
            .get("/api/v1/api-keys")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(!listed.contains(secret), "the list shows no secret");

    Object stored =
        entities
            .createNativeQuery("select secret_hash from api_key where id = ?1")
            .setParameter(1, id)
            .getSingleResult();
    assertEquals(Secrets.hash(secret), stored);
  }

  @Test
  void aKeyWorksInTheHeaderTheAuthorizationHeaderAndTheQueryAndRecordsItsUse() {
    JsonPath created = newKey("Tre vägar", "VIEWER");
    String secret = created.getString("secret");
    long id = created.getLong("key.id");
    given().get("/api/v1/api-keys/{id}", id).then().body("lastUsedAt", nullValue());

    Api.withoutCredentials()
        .header("Authorization", "ApiKey " + secret)
        .get("/api/v1/plans/1/goals")
        .then()
        .statusCode(200);
    Api.withoutCredentials()
        .header("X-API-Key", secret)
        .get("/api/v1/plans/1")
        .then()
        .statusCode(200);
    Api.withoutCredentials()
        .queryParam("api_key", secret)
        .get("/api/v1/plans/1/tree")
        .then()
        .statusCode(200);

    given().get("/api/v1/api-keys/{id}", id).then().body("lastUsedAt", notNullValue());
  }

  @Test
  void aKeyInTheQueryIsNeverEchoedIntoTheNextLink() {
    String secret = newKey("Power BI Web API", "VIEWER").getString("secret");
    GoalFixtures.newPlan(); // paging needs a second plan beside the demo plan
    Api.withoutCredentials()
        .queryParam("api_key", secret)
        .queryParam("limit", 1)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("next", notNullValue())
        .body("next", not(containsString("api_key")))
        .body("next", not(containsString(secret)));
  }

  @Test
  void aRevokedKeyStopsWorkingAtOnceAndStaysListed() {
    JsonPath created = newKey("Gammalt system", "REPORTER");
    String secret = created.getString("secret");
    long id = created.getLong("key.id");
    Api.withoutCredentials()
        .header("X-API-Key", secret)
        .get("/api/v1/plans/1")
        .then()
        .statusCode(200);

    String revokedAt =
        given()
            .post("/api/v1/api-keys/{id}/revocation", id)
            .then()
            .statusCode(200)
            .body("revokedAt", notNullValue())
            .extract()
            .path("revokedAt");
    Api.withoutCredentials()
        .header("X-API-Key", secret)
        .get("/api/v1/plans/1")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", equalTo("ApiKey realm=\"styrkort\""))
        .body("code", equalTo("UNAUTHORIZED"))
        .body("detail", equalTo("The API key was revoked."));
    given()
        .post("/api/v1/api-keys/{id}/revocation", id)
        .then()
        .statusCode(200)
        .body("revokedAt", equalTo(revokedAt));
    given()
        .queryParam("limit", 500)
        .get("/api/v1/api-keys")
        .then()
        .body("items.id", hasItem((int) id));
  }

  @Test
  void unknownAndMalformedCredentialsAre401() {
    for (Map<String, String> credential :
        List.of(
            Map.of("X-API-Key", "sk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            Map.of("X-API-Key", "nyckel"),
            Map.of("Authorization", "Basic YWRtaW46YWRtaW4="),
            Map.of("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."))) {
      Api.withoutCredentials()
          .headers(credential)
          .get("/api/v1/plans")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", notNullValue())
          .body("code", equalTo("UNAUTHORIZED"))
          .body("instance", equalTo("/api/v1/plans"));
    }
  }

  @Test
  void creationNamesEachBadField() {
    givenInvalid()
        .body(Map.of("role", "OWNER"))
        .post("/api/v1/api-keys")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("role"));
    givenInvalid()
        .body(Map.of("role", "VIEWER"))
        .post("/api/v1/api-keys")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"));
    given()
        .body(Map.of("name", "Fel plan", "role", "VIEWER", "planIds", List.of(987654321)))
        .post("/api/v1/api-keys")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("planIds"))
        .body("errors[0].message", equalTo("must name existing plans"));
    given()
        .body(Map.of("name", "Redan ute", "role", "VIEWER", "expiresAt", "2020-01-01T00:00:00Z"))
        .post("/api/v1/api-keys")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresAt"));
    given()
        .get("/api/v1/api-keys/{id}", 987654321)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void anExpiredKeyIs401() {
    // Ten seconds to live: long enough for the first read even on a loaded machine.
    Instant expires = Instant.now().plusSeconds(10);
    String secret = newKey("Kort liv", "VIEWER", expires.toString()).getString("secret");
    Api.withoutCredentials()
        .header("X-API-Key", secret)
        .get("/api/v1/plans/1")
        .then()
        .statusCode(200);
    sleepUntil(expires.plusMillis(500));
    Api.withoutCredentials()
        .header("X-API-Key", secret)
        .get("/api/v1/plans/1")
        .then()
        .statusCode(401)
        .body("detail", equalTo("The API key has expired."));
  }

  @Test
  void changesCarryTheIdentityOfTheirCaller() {
    long pointId = PointFixtures.newPoint(PointFixtures.percent("Förskola"));
    JsonPath reporter = newKey("Rapportör", "REPORTER");
    String identity = "api-key " + reporter.getLong("key.id") + " (Rapportör)";
    long evaluationId =
        Api.withoutCredentials()
            .header("X-API-Key", reporter.getString("secret"))
            .body(Map.of("year", 2024, "kind", "OUTCOME", "asOf", "2024-12-31", "value", 98))
            .post("/api/v1/measurement-points/{id}/evaluations", pointId)
            .then()
            .statusCode(201)
            .body("recordedBy", equalTo(identity))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .get("/api/v1/evaluations/{id}/history", evaluationId)
        .then()
        .statusCode(200)
        .body("items.changedBy", everyItem(equalTo(identity)));

    JsonPath planner = newKey("Planerare", "PLANNER");
    String etag = given().get("/api/v1/measurement-points/{id}", pointId).header("ETag");
    Map<String, Object> changed = PointFixtures.percent("Förskola, ändrad");
    Api.withoutCredentials()
        .header("X-API-Key", planner.getString("secret"))
        .header("If-Match", etag)
        .body(changed)
        .put("/api/v1/measurement-points/{id}", pointId)
        .then()
        .statusCode(200);
    given()
        .get("/api/v1/measurement-points/{id}/history", pointId)
        .then()
        .statusCode(200)
        .body(
            "items[0].changedBy", equalTo("api-key " + planner.getLong("key.id") + " (Planerare)"));
  }

  @Test
  void theLocalAdminKeyFileIsReadableOnlyByItsOwner() throws Exception {
    Path file = Path.of(System.getProperty("styrkort.security.admin-key-file"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(Files.readString(file).strip().startsWith("sk_"));
  }

  @Test
  void noSecretReachesTheLog() {
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(
                record.getMessage()
                    + " "
                    + java.util.Arrays.toString(record.getParameters())
                    + " "
                    + (record.getThrown() == null ? "" : record.getThrown().toString()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.addHandler(capture);
    try {
      String secret = newKey("Loggprov", "VIEWER").getString("secret");
      String unknown = "sk_" + "B".repeat(43);
      String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsb2dncHJvdiJ9.c2lnbmF0dXI";
      Api.withoutCredentials()
          .queryParam("api_key", secret)
          .get("/api/v1/plans/987654321")
          .then()
          .statusCode(404);
      Api.withoutCredentials()
          .queryParam("api_key", secret)
          .get("/api/v1/plans/x")
          .then()
          .statusCode(400);
      Api.withoutCredentials()
          .queryParam("api_key", unknown)
          .get("/api/v1/plans")
          .then()
          .statusCode(401);
      Api.withoutCredentials()
          .header("Authorization", "Bearer " + token)
          .get("/api/v1/plans")
          .then()
          .statusCode(401);
      Api.withoutCredentials()
          .header("X-API-Key", secret)
          .body("{")
          .post("/api/v1/plans")
          .then()
          .statusCode(403);
      for (String line : lines) {
        assertTrue(
            !line.contains(secret) && !line.contains(unknown) && !line.contains(token),
            "a secret in the log: " + line);
      }
    } finally {
      root.removeHandler(capture);
    }
  }

  private static JsonPath newKey(String name, String role) {
    return given()
        .body(Map.of("name", name, "role", role))
        .post("/api/v1/api-keys")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static JsonPath newKey(String name, String role, String expiresAt) {
    return given()
        .body(Map.of("name", name, "role", role, "expiresAt", expiresAt))
        .post("/api/v1/api-keys")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static void sleepUntil(Instant when) {
    try {
      Thread.sleep(Math.max(0, when.toEpochMilli() - System.currentTimeMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
