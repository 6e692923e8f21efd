package se.styrkort.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

/**
 * A public site behind a CDN or the municipality's reverse proxy: anonymous reads of a public,
 * adopted plan may be kept by a shared cache for a minute; nothing else may. And the headers a
 * browser app on another origin needs: Vary, Timing-Allow-Origin, the CORS request rules only on
 * preflights.
 */
@QuarkusTest
class PublicCachingTest {

  static final String PUBLIC = "public, max-age=60, stale-while-revalidate=300";
  static final String PRIVATE = "private, no-cache";
  static final String SITE = "https://www.ljusnarsberg.se";

  @Test
  void anonymousReadsOfAPublicAdoptedPlanAreCacheableBySharedCaches() {
    AccessFixture plan = AccessFixture.create().publish();
    for (String path : reads(plan)) {
      String etag =
          publicAnswer(Api.anonymous().get(path).then().statusCode(200)).extract().header("ETag");
      publicAnswer(Api.anonymous().header("If-None-Match", etag).get(path).then().statusCode(304))
          .body(emptyString());
    }
  }

  @Test
  void theSameReadsWithACredentialStayPrivate() {
    AccessFixture plan = AccessFixture.create().publish();
    for (String path : reads(plan)) {
      given().get(path).then().statusCode(200).header("Cache-Control", PRIVATE);
      Api.as("viewer").get(path).then().statusCode(200).header("Cache-Control", PRIVATE);
    }
  }

  @Test
  void draftsAndRefusalsAreNeverPublic() {
    AccessFixture draft = AccessFixture.create();
    // An anonymous public read of a draft: 404, as for an id that does not exist, never public.
    Api.withoutCredentials()
        .get("/api/v1/plans/{id}/tree", draft.planId())
        .then()
        .statusCode(404)
        .header("Cache-Control", org.hamcrest.Matchers.not(containsString("public")));
    given()
        .get("/api/v1/plans/{id}/tree", draft.planId())
        .then()
        .statusCode(200)
        .header("Cache-Control", PRIVATE);
  }

  @Test
  void anAllowedOriginMayTimeItsCallsAndSimpleAnswersCarryNoPreflightRules() {
    AccessFixture plan = AccessFixture.create().publish();
    String path = "/api/v1/plans/" + plan.planId() + "/tree";
    Api.anonymous()
        .header("Origin", SITE)
        .get(path)
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", SITE)
        .header("Timing-Allow-Origin", SITE)
        .header("Access-Control-Allow-Headers", nullValue())
        .header("Access-Control-Allow-Methods", nullValue())
        .header("Access-Control-Max-Age", nullValue())
        .header("Vary", containsString("Origin"));
    // A preflight is the browser's, not an operation of the contract.
    io.restassured.RestAssured.given()
        .header("Origin", SITE)
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "if-match,content-type,x-api-key")
        .options(path)
        .then()
        .header("Access-Control-Allow-Origin", SITE)
        .header("Access-Control-Allow-Headers", containsString("X-API-Key"))
        .header("Access-Control-Allow-Methods", containsString("PUT"))
        .header("Access-Control-Max-Age", equalTo("3600"));
    // Quarkus' CORS filter refuses another origin itself (403, no body): not the contract's.
    io.restassured.RestAssured.given()
        .header("Origin", "https://annan.example.com")
        .get(path)
        .then()
        .statusCode(403)
        .header("Timing-Allow-Origin", nullValue())
        .header("Access-Control-Allow-Origin", nullValue());
  }

  private static ValidatableResponse publicAnswer(ValidatableResponse response) {
    return response
        .header("Cache-Control", PUBLIC)
        .header("Vary", containsString("Accept-Encoding"))
        .header("Vary", containsString("Origin"))
        .header("Vary", containsString("Authorization"))
        .header("Vary", containsString("X-API-Key"));
  }

  private static List<String> reads(AccessFixture plan) {
    return List.of(
        "/api/v1/plans",
        "/api/v1/plans/" + plan.planId(),
        "/api/v1/plans/" + plan.planId() + "/tree",
        "/api/v1/plans/" + plan.planId() + "/fulfilment",
        "/api/v1/plans/" + plan.planId() + "/goals",
        "/api/v1/goals/" + plan.goalId() + "/fulfilment",
        "/api/v1/measurement-points/" + plan.pointId());
  }
}
