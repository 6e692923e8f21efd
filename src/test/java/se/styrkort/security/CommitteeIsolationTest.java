package se.styrkort.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.styrkort.organisation.OrganisationFixtures;
import se.styrkort.support.Api;

/**
 * Issue 20: a key limited to one committee's unit cannot see or change the other committee's plans
 * by any path. Every operation of the contract that names something of a plan is called with the
 * other committee's ids and with ids that do not exist: both answers must be a refusal, word for
 * word the same (the ids aside). Every list, feed, BI table and OData set the key reads holds its
 * own committee's rows and none of the other's. The key is an admin's, so that only its limit can
 * explain a refusal. (AccessMatrixTest checks a key limited by plan ids against every operation;
 * this one limits by unit and compares the answers.)
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeIsolationTest {

  private static final long MISSING = 987_654_321L;
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
  private static final String PERSON = "isolering@example.se";

  /** The path parameters that name something inside a plan. */
  private static final Set<String> SCOPED =
      Set.of(
          "planId",
          "goalId",
          "indicatorId",
          "pointId",
          "evaluationId",
          "seriesId",
          "periodId",
          "assessmentId",
          "actionId",
          "entity");

  private final ObjectMapper json = new ObjectMapper();
  private AccessFixture mine;
  private AccessFixture theirs;
  private String key;

  @BeforeEach
  void twoCommittees() {
    if (key != null) {
      return;
    }
    long mineUnit =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("SN"), "Socialnämnden", "COMMITTEE", null);
    long theirUnit =
        OrganisationFixtures.unit(
            OrganisationFixtures.code("TN"), "Tekniska nämnden", "COMMITTEE", null);
    mine = inUnit(AccessFixture.create(), mineUnit);
    theirs = inUnit(AccessFixture.create(), theirUnit);
    key =
        given()
            .body(
                Map.of(
                    "name",
                    "Socialnämndens nyckel",
                    "role",
                    "ADMIN",
                    "person",
                    PERSON,
                    "organisationUnitIds",
                    List.of(mineUnit)))
            .post("/api/v1/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
  }

  /** Puts the fixture's plan in the unit and names PERSON responsible for its action. */
  private static AccessFixture inUnit(AccessFixture fixture, long unitId) {
    Response plan = given().get("/api/v1/plans/{id}", fixture.planId());
    Map<String, Object> body = new HashMap<>();
    body.put("name", plan.jsonPath().getString("name"));
    body.put("organisation", plan.jsonPath().getString("organisation"));
    body.put("startYear", plan.jsonPath().getInt("startYear"));
    body.put("endYear", plan.jsonPath().getInt("endYear"));
    body.put("organisationUnitId", unitId);
    given()
        .header("If-Match", plan.header("ETag"))
        .body(body)
        .put("/api/v1/plans/{id}", fixture.planId())
        .then()
        .statusCode(200);
    Response action = given().get("/api/v1/actions/{id}", fixture.actionId());
    Map<String, Object> change = new HashMap<>();
    change.put("kind", action.jsonPath().getString("kind"));
    change.put("title", action.jsonPath().getString("title"));
    change.put("goalIds", action.jsonPath().getList("goalIds"));
    change.put("responsiblePerson", PERSON);
    given()
        .header("If-Match", action.header("ETag"))
        .body(change)
        .put("/api/v1/actions/{id}", fixture.actionId())
        .then()
        .statusCode(200);
    return fixture;
  }

  private RequestSpecification asMine() {
    return RestAssured.given()
        .header(Api.API_KEY_HEADER, key)
        .contentType(io.restassured.http.ContentType.JSON)
        .accept(Api.ACCEPT + ", application/xml, text/plain, text/html")
        .urlEncodingEnabled(false);
  }

  @Test
  void everyOperationOnTheOtherCommitteesPlanAnswersAsForAnIdThatDoesNotExist() throws Exception {
    Map<String, Object> their = theirs.pathParameters(0);
    Map<String, Object> missing = new HashMap<>(their);
    SCOPED.forEach(name -> missing.put(name, MISSING));
    missing.put("entity", "Plans(" + MISSING + ")");
    List<String> wrong = new ArrayList<>();
    int compared = 0;
    for (AccessMatrixTest.ContractOperation op : AccessMatrixTest.contractOperations()) {
      Set<String> names = new TreeSet<>();
      Matcher parameter = PARAMETER.matcher(op.path());
      while (parameter.find()) {
        names.add(parameter.group(1));
      }
      if (names.stream().noneMatch(SCOPED::contains)) {
        continue;
      }
      Response hidden = call(op, their);
      Response absent = call(op, missing);
      compared++;
      if (hidden.statusCode() != 403 && hidden.statusCode() != 404) {
        wrong.add(op.operationId() + ": the other's answers " + hidden.statusCode());
        continue;
      }
      String hiddenBody = withoutIds(hidden.asString(), their);
      String absentBody = withoutIds(absent.asString(), missing);
      if (hidden.statusCode() != absent.statusCode() || !hiddenBody.equals(absentBody)) {
        wrong.add(
            op.operationId()
                + ": the other's "
                + hidden.statusCode()
                + " "
                + hiddenBody
                + " but a missing id's "
                + absent.statusCode()
                + " "
                + absentBody);
      }
    }
    assertTrue(compared > 60, "operations compared: " + compared);
    assertTrue(wrong.isEmpty(), compared + " compared, differing:\n" + String.join("\n", wrong));
  }

  /** As AccessMatrixTest calls: a stale If-Match and an empty body, so nothing can change. */
  private Response call(AccessMatrixTest.ContractOperation op, Map<String, Object> values) {
    RequestSpecification request = asMine().header("If-Match", "\"999999\"");
    if (op.mediaType() != null) {
      request.contentType(op.mediaType()).body(op.mediaType().contains("json") ? "{}" : "");
    }
    Matcher parameter = PARAMETER.matcher(op.path());
    StringBuilder url = new StringBuilder();
    while (parameter.find()) {
      parameter.appendReplacement(url, String.valueOf(values.get(parameter.group(1))));
    }
    parameter.appendTail(url);
    return request.request(op.method(), url.toString());
  }

  /** The answer with every id of the call, as a whole number, written as {id}. */
  private static String withoutIds(String body, Map<String, Object> values) {
    String text = body;
    for (String name : SCOPED) {
      Object value = values.get(name);
      if (value instanceof Long id) {
        text = text.replaceAll("(?<![0-9])" + id + "(?![0-9])", "{id}");
      }
    }
    return text;
  }

  @Test
  void noListFeedBiTableOrODataSetHoldsTheOtherCommitteesRows() throws Exception {
    Map<String, List<Long>> seen = new LinkedHashMap<>();
    seen.put("plans", planIds("/api/v1/plans?limit=500", "id"));
    seen.put("changes", planIds("/api/v1/changes?limit=500", "planId"));
    seen.put("action changes", planIds("/api/v1/changes/actions?limit=500", "planId"));
    seen.put("my follow-ups", planIds("/api/v1/my/follow-ups", "planId"));
    for (String table : List.of("facts", "evaluations", "node-facts", "actions")) {
      seen.put("bi/" + table, planIds("/api/v1/bi/" + table + "?limit=500", "planId"));
    }
    for (String set :
        List.of(
            "Facts",
            "Plans",
            "Goals",
            "Indicators",
            "MeasurementPoints",
            "Evaluations",
            "NodeFacts",
            "Actions")) {
      seen.put("odata/" + set, planIds("/odata/v1/" + set, set.equals("Plans") ? "id" : "planId"));
    }
    for (Map.Entry<String, List<Long>> read : seen.entrySet()) {
      assertTrue(read.getValue().contains(mine.planId()), read.getKey() + " holds mine");
      assertFalse(read.getValue().contains(theirs.planId()), read.getKey() + " holds theirs");
    }
    // Naming the other's plan in a filter finds nothing, as a plan that does not exist.
    for (String table : List.of("facts", "evaluations", "node-facts", "actions")) {
      String path = "/api/v1/bi/" + table + "?planId=";
      assertEquals(
          withoutIds(asMine().get(path + MISSING).asString(), Map.of("planId", MISSING)),
          withoutIds(
              asMine().get(path + theirs.planId()).asString(), Map.of("planId", theirs.planId())),
          table);
    }
    assertEquals(
        0,
        asMine()
            .get("/api/v1/changes?planId=" + theirs.planId())
            .then()
            .extract()
            .jsonPath()
            .getList("items")
            .size(),
        "the other's changes");
  }

  /** The values of {@code field} in every item of every page, following next links. */
  private List<Long> planIds(String first, String field) throws Exception {
    List<Long> ids = new ArrayList<>();
    String url = first;
    for (int pages = 0; url != null && pages < 200; pages++) {
      Response response = asMine().get(url);
      assertEquals(200, response.statusCode(), url + ": " + response.asString());
      JsonNode page = json.readTree(response.asString());
      JsonNode items = page.has("value") ? page.get("value") : page.get("items");
      for (JsonNode item : items) {
        if (item.hasNonNull(field)) {
          ids.add(item.get(field).asLong());
        }
      }
      JsonNode next = page.has("@odata.nextLink") ? page.get("@odata.nextLink") : page.get("next");
      boolean more = !page.has("hasMore") || page.get("hasMore").asBoolean();
      url = next == null || next.isNull() || !more ? null : next.asText();
    }
    return ids;
  }
}
