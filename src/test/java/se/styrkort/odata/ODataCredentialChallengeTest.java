package se.styrkort.odata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.withoutCredentials;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.support.DemoPlanCopy;

/**
 * Power BI's default credential is Anonymous: a reader who asks the feed for a plan that is not
 * public is asked for a credential (401 with WWW-Authenticate, which makes Power BI offer its
 * credential dialog) rather than handed empty tables, while public plans still read anonymously.
 * The answer is the same for a plan that is not public and one that does not exist.
 */
@QuarkusTest
class ODataCredentialChallengeTest {

  private static Response anonymous(String path, String filter) {
    // Sent as written: REST Assured would encode the $ of $count and $metadata in the path.
    var request =
        withoutCredentials()
            .urlEncodingEnabled(false)
            .accept(path.endsWith("$count") ? "text/plain" : "application/json");
    return request.get(path + (filter == null ? "" : "?$filter=" + filter.replace(" ", "%20")));
  }

  @Test
  void aPlanThatIsNotPublicIsChallengedAsOneThatDoesNotExist() {
    long hidden = DemoPlanCopy.create("Inte publik " + System.nanoTime());
    long missing = 987_654_321L;
    for (String path :
        List.of(
            "/odata/v1/Facts",
            "/odata/v1/Goals",
            "/odata/v1/Evaluations",
            "/odata/v1/MeasurementPoints/$count")) {
      String hiddenMessage =
          anonymous(path, "planId eq " + hidden + " and planId ge 1")
              .then()
              .statusCode(401)
              .header("WWW-Authenticate", containsString("ApiKey"))
              .header("OData-Version", "4.0")
              .body("error.code", equalTo("UNAUTHORIZED"))
              .extract()
              .path("error.message");
      String missingMessage =
          anonymous(path, "planId eq " + missing + " and planId ge 1")
              .then()
              .statusCode(401)
              .header("WWW-Authenticate", containsString("ApiKey"))
              .extract()
              .path("error.message");
      assertEquals(
          hiddenMessage.replace(Long.toString(hidden), "N"),
          missingMessage.replace(Long.toString(missing), "N"),
          path);
      // With a key the same request reads the plan.
      given()
          .accept("application/json")
          .queryParam("$filter", "planId eq " + hidden)
          .get(path.endsWith("$count") ? path.replace("/$count", "") : path)
          .then()
          .statusCode(200)
          .body("value.size()", greaterThan(0));
    }
    anonymous("/odata/v1/Plans", "id eq " + hidden).then().statusCode(401);
    anonymous("/odata/v1/Plans", "id eq " + missing).then().statusCode(401);
  }

  @Test
  void publicPlansStillReadAnonymously() {
    long shown = DemoPlanCopy.create("Publik " + System.nanoTime());
    visibility(shown, true);
    try {
      anonymous("/odata/v1/Facts", "planId eq " + shown)
          .then()
          .statusCode(200)
          .body("value.size()", greaterThan(0))
          .body("value[0].planId", equalTo((int) shown));
      anonymous("/odata/v1/Plans", "id eq " + shown)
          .then()
          .statusCode(200)
          .body("value.size()", equalTo(1));
      anonymous("/odata/v1/Plans", null)
          .then()
          .statusCode(200)
          .body("value.size()", greaterThan(0));
      anonymous("/odata/v1", null).then().statusCode(200);
      // A filter that finds nothing in a public plan is an empty answer, not a challenge
      // (incremental refresh asks for ranges of its own choosing).
      anonymous("/odata/v1/Facts", "planId eq " + shown + " and year eq 1900")
          .then()
          .statusCode(200)
          .body("value.size()", equalTo(0));
    } finally {
      visibility(shown, false);
    }
  }

  @Test
  void whenNothingIsPublicAnAnonymousReaderIsAskedForACredential() {
    // Every public plan, page by page: the whole suite's run leaves more than one page of them.
    List<Integer> publicPlans = new java.util.ArrayList<>();
    Response page = anonymous("/odata/v1/Plans", null);
    while (page.statusCode() == 200) {
      publicPlans.addAll(page.path("value.id"));
      String next = page.path("'@odata.nextLink'");
      if (next == null) {
        break;
      }
      page =
          withoutCredentials()
              .urlEncodingEnabled(false)
              .accept("application/json")
              .get(
                  java.net.URI.create(next).getRawPath()
                      + "?"
                      + java.net.URI.create(next).getRawQuery());
    }
    try {
      publicPlans.forEach(id -> visibility(id.longValue(), false));
      for (String path : List.of("/odata/v1", "/odata/v1/Plans", "/odata/v1/Facts")) {
        anonymous(path, null)
            .then()
            .statusCode(401)
            .header("WWW-Authenticate", containsString("ApiKey"))
            .body("error.code", equalTo("UNAUTHORIZED"));
      }
      withoutCredentials()
          .urlEncodingEnabled(false)
          .accept("application/xml")
          .get("/odata/v1/$metadata")
          .then()
          .statusCode(200);
      given().accept("application/json").get("/odata/v1/Plans").then().statusCode(200);
    } finally {
      publicPlans.forEach(id -> visibility(id.longValue(), true));
    }
  }

  private static void visibility(long planId, boolean shown) {
    given()
        .header("If-Match", given().get("/api/v1/plans/{id}", planId).header("ETag"))
        .body(Map.of("public", shown))
        .put("/api/v1/plans/{id}/visibility", planId)
        .then()
        .statusCode(200);
  }
}
