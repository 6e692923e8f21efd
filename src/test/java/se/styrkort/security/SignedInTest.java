package se.styrkort.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.organisation.OrganisationFixtures;
import se.styrkort.support.Api;

/** OIDC bearer tokens (as Entra ID issues them), anonymous reading off, and the rate limit. */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class SignedInTest {

  private static final String USER = "anna.andersson@ljusnarsberg.se";

  @Test
  void aReportersTokenRecordsValuesUnderTheUsersName() {
    AccessFixture plan = AccessFixture.create();
    bearer(token("reporter").sign(SignedInProfile.KEYS.getPrivate()))
        .body(Map.of("year", 2025, "kind", "FORECAST", "asOf", "2025-06-30", "value", 100))
        .post("/api/v1/measurement-points/{id}/evaluations", plan.pointId())
        .then()
        .statusCode(201)
        .body("recordedBy", equalTo(USER));
    bearer(token("viewer").sign(SignedInProfile.KEYS.getPrivate()))
        .get("/api/v1/plans/{id}/tree", plan.planId())
        .then()
        .statusCode(200);
    bearer(token("viewer").sign(SignedInProfile.KEYS.getPrivate()))
        .body(Map.of("year", 2025, "kind", "OUTCOME", "asOf", "2025-12-31", "value", 100))
        .post("/api/v1/measurement-points/{id}/evaluations", plan.pointId())
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"))
        .body("detail", equalTo("This takes the role reporter (or admin)."));
  }

  @Test
  void tokensFromTheWrongIssuerAudienceKeyOrTimeAre401() {
    PrivateKey right = SignedInProfile.KEYS.getPrivate();
    List<String> refused =
        List.of(
            token("admin").issuer("https://login.microsoftonline.com/other/v2.0").sign(right),
            token("admin").audience("api://another-app").sign(right),
            token("admin").sign(SignedInProfile.rsa().getPrivate()),
            token("admin").issuedAt(1_600_000_000L).expiresAt(1_600_000_300L).sign(right),
            "not-a-token");
    for (String token : refused) {
      bearerChallenge(bearer(token).get("/api/v1/plans"))
          .body("code", equalTo("UNAUTHORIZED"))
          .body("detail", equalTo("The bearer token is not valid."));
    }
  }

  @Test
  void withAnonymousReadingOffEvenAPublicPlanAsksPowerBiToSignIn() {
    AccessFixture plan = AccessFixture.create().publish();
    bearerChallenge(Api.withoutCredentials().get("/api/v1/plans/{id}/tree", plan.planId()))
        .body("code", equalTo("UNAUTHORIZED"));
    bearerChallenge(
        Api.withoutCredentials().header("Authorization", "Bearer").get("/api/v1/plans"));
    Api.withoutCredentials()
        .header("X-API-Key", Api.keyFor("VIEWER"))
        .get("/api/v1/plans/{id}/tree", plan.planId())
        .then()
        .statusCode(200);
  }

  @Test
  void writesBeyondTheRateLimitAre429WithRetryAfter() {
    String key = Api.createKey("Ivrigt system", "REPORTER", null);
    // The bucket holds a minute's allowance and refills continuously (one write every three
    // seconds here), so the first WRITES_PER_MINUTE writes always pass; on a slow machine a few
    // more may pass as the bucket refills, but a client that keeps writing meets the limit.
    for (int i = 0; i < SignedInProfile.WRITES_PER_MINUTE; i++) {
      assertEquals(
          400, emptyBulkWrite(key).statusCode(), "write " + (i + 1) + " is within the limit");
    }
    Response refused = emptyBulkWrite(key);
    for (int extra = 0;
        refused.statusCode() != 429 && extra < SignedInProfile.WRITES_PER_MINUTE;
        extra++) {
      refused = emptyBulkWrite(key);
    }
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .body("code", equalTo("TOO_MANY_REQUESTS"));
    // Reads that cost little are not limited, and other clients keep their own allowance.
    Api.withoutCredentials().header("X-API-Key", key).get("/api/v1/plans/1").then().statusCode(200);
    given().get("/api/v1/plans/1/fulfilment").then().statusCode(200);
  }

  @Test
  void aTokensUnitClaimLimitsItToThePlansOfThoseUnits() {
    long council =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("KF"), "Kommunfullmäktige", "COUNCIL", null);
    String schoolCode = OrganisationFixtures.code("BUN");
    long school =
        OrganisationFixtures.unit(schoolCode, "Barn- och utbildningsnämnden", "COMMITTEE", council);
    long care =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("SN"), "Socialnämnden", "COMMITTEE", council);
    long schoolPlan = OrganisationFixtures.planOf(school, "Barn- och utbildningsnämndens plan");
    long carePlan = OrganisationFixtures.planOf(care, "Socialnämndens plan");
    String limited =
        token("viewer")
            .claim("styrkort_units", List.of(schoolCode))
            .sign(SignedInProfile.KEYS.getPrivate());
    bearer(limited).get("/api/v1/plans/{id}", schoolPlan).then().statusCode(200);
    bearer(limited)
        .get("/api/v1/plans/{id}", carePlan)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
    // Without the claim the same user's roles reach every plan.
    bearer(token("viewer").sign(SignedInProfile.KEYS.getPrivate()))
        .get("/api/v1/plans/{id}", carePlan)
        .then()
        .statusCode(200);
  }

  private static Response emptyBulkWrite(String key) {
    return Api.withoutCredentials()
        .header("X-API-Key", key)
        .body("{}")
        .post("/api/v1/plans/1/evaluations/bulk");
  }

  private static JwtClaimsBuilder token(String role) {
    return Jwt.issuer(SignedInProfile.ISSUER)
        .audience(SignedInProfile.AUDIENCE)
        .upn(USER)
        .claim("roles", List.of(role))
        .expiresIn(300);
  }

  private static io.restassured.specification.RequestSpecification bearer(String token) {
    return Api.withoutCredentials().header("Authorization", "Bearer " + token);
  }

  /** A 401 that tells Power BI where to sign in, and other clients that API keys work too. */
  private static io.restassured.response.ValidatableResponse bearerChallenge(Response response) {
    org.junit.jupiter.api.Assertions.assertEquals(
        List.of(
            "Bearer authorization_uri=" + SignedInProfile.AUTHORIZE, "ApiKey realm=\"styrkort\""),
        response.headers().getValues("WWW-Authenticate"));
    return response.then().statusCode(401).contentType("application/problem+json");
  }
}
