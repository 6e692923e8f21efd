package se.styrkort.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;

/**
 * Behind the site's proxy every citizen arrives from the proxy's address: the anonymous limit
 * counts each real client (X-Forwarded-For, trusted from the proxy) in a bucket of its own, and
 * signed-in callers not at all for reads.
 */
@QuarkusTest
@TestProfile(PublicSiteProfile.class)
class PublicRateLimitTest {

  @Test
  void eachCitizenBehindTheProxyHasABucketOfItsOwn() {
    AccessFixture plan = AccessFixture.create().publish();
    String path = "/api/v1/plans/" + plan.planId();
    for (int i = 0; i < PublicSiteProfile.ANONYMOUS_PER_MINUTE; i++) {
      Api.withoutCredentials()
          .header("X-Forwarded-For", "198.51.100.7")
          .get(path)
          .then()
          .statusCode(200);
    }
    Api.withoutCredentials()
        .header("X-Forwarded-For", "198.51.100.7")
        .get(path)
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .body("code", org.hamcrest.Matchers.equalTo("TOO_MANY_REQUESTS"))
        .body("detail", containsString("address"));
    // Another citizen behind the same proxy, and a signed-in reader, are not held back.
    Api.withoutCredentials()
        .header("X-Forwarded-For", "198.51.100.8")
        .get(path)
        .then()
        .statusCode(200);
    for (int i = 0; i <= PublicSiteProfile.ANONYMOUS_PER_MINUTE; i++) {
      Api.as("viewer").get(path).then().statusCode(200);
    }
  }
}
