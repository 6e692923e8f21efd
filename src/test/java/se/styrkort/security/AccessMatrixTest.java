package se.styrkort.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.styrkort.goal.GoalFixtures;
import se.styrkort.support.Api;

/**
 * Every operation of the contract × every kind of caller, against {@link AccessPolicy}: no
 * unexpected allow, no unexpected deny, and 401 vs 403 vs 404 as documented. It fails when the
 * contract has an operation without a row, or a row that the contract does not have.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
  private static final Set<Integer> DENIALS = Set.of(401, 403, 404, 429);

  @Inject ApiKeyService keys;

  private AccessFixture plan;
  private long targetKeyId;
  private final Map<String, Map<String, String>> callers = new java.util.LinkedHashMap<>();

  /** What one operation must answer one caller. */
  enum Expect {
    ALLOW,
    UNAUTHORISED,
    FORBIDDEN,
    NOT_FOUND
  }

  record ContractOperation(String method, String path, String operationId, String mediaType) {}

  /** Once per class; REST Assured knows the test port only from the first test on. */
  @BeforeEach
  void createPlanAndCallers() {
    if (plan != null) {
      return;
    }
    plan = AccessFixture.create();
    // Some plan is public, as in any deployment that publishes: an anonymous reader of the OData
    // feed who could see nothing at all is asked for a credential instead (401; see
    // ODataCredentialChallengeTest).
    AccessFixture.create().publish();
    long otherPlan = GoalFixtures.newPlan();
    targetKeyId =
        given()
            .body(Map.of("name", "Revoked again and again by the matrix", "role", "VIEWER"))
            .post("/api/v1/api-keys")
            .jsonPath()
            .getLong("key.id");
    callers.put("anonymous", Map.of());
    for (Role role : Role.values()) {
      callers.put(role.label(), key(Api.keyFor(role.name())));
    }
    callers.put(
        "expired key",
        key(
            keys.create("expired", Role.ADMIN, Set.of(), Instant.now().minusSeconds(60), "test")
                .secret()));
    ApiKeyService.Created revoked = keys.create("revoked", Role.ADMIN, Set.of(), null, "test");
    given().post("/api/v1/api-keys/{id}/revocation", revoked.key().id).then().statusCode(200);
    callers.put("revoked key", key(revoked.secret()));
    callers.put("key limited to another plan", key(Api.createKey("limited", "ADMIN", otherPlan)));
    callers.put("malformed token", Map.of("Authorization", "Bearer not.a.token"));
  }

  @Test
  void everyOperationOfTheContractHasExactlyOneRuleThatMatchesIt() throws IOException {
    Set<String> inContract = new TreeSet<>();
    for (ContractOperation op : contractOperations()) {
      inContract.add(op.operationId());
      AccessRule rule =
          AccessPolicy.of(op.operationId())
              .orElseThrow(
                  () ->
                      new AssertionError(
                          op.operationId()
                              + " ("
                              + op.method()
                              + " "
                              + op.path()
                              + ") has no row"
                              + " in AccessPolicy"));
      assertEquals(
          op.method() + " " + op.path(), rule.method() + " " + rule.path(), op.operationId());
    }
    Set<String> inPolicy = new TreeSet<>();
    AccessPolicy.RULES.forEach(rule -> inPolicy.add(rule.operationId()));
    assertEquals(inContract, inPolicy, "the policy and the contract name the same operations");
    assertEquals(AccessPolicy.RULES.size(), inPolicy.size(), "one row per operation");
  }

  @Test
  void everyOperationAnswersEveryCallerAsThePolicySays() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (ContractOperation op : contractOperations()) {
      AccessRule rule = AccessPolicy.of(op.operationId()).orElseThrow();
      for (Map.Entry<String, Map<String, String>> caller : callers.entrySet()) {
        Expect expected = expected(rule, op.path(), caller.getKey());
        Response response = call(op, caller.getValue());
        checked++;
        Optional<String> problem = mismatch(expected, response);
        problem.ifPresent(p -> wrong.add(op.operationId() + " as " + caller.getKey() + ": " + p));
      }
    }
    assertTrue(wrong.isEmpty(), checked + " checks, wrong:\n" + String.join("\n", wrong));
  }

  /** The documented table, written out once more in terms of the callers. */
  private static Expect expected(AccessRule rule, String path, String caller) {
    boolean scoped =
        path.contains("{planId}")
            || path.contains("{goalId}")
            || path.contains("{indicatorId}")
            || path.contains("{pointId}")
            || path.contains("{evaluationId}")
            || path.contains("{seriesId}")
            || path.contains("{periodId}")
            || path.contains("{assessmentId}")
            || path.contains("{actionId}")
            // An OData key lookup names an entity of the matrix plan, as the ids above do.
            || path.contains("{entity}");
    return switch (caller) {
      // The matrix plan is a draft: anonymous callers may only list (public) plans; a public read
      // of anything in it is 404, as if it were not there.
      case "anonymous" ->
          !rule.publicRead() ? Expect.UNAUTHORISED : scoped ? Expect.NOT_FOUND : Expect.ALLOW;
      case "expired key", "revoked key", "malformed token" -> Expect.UNAUTHORISED;
      case "key limited to another plan" ->
          scoped
              ? Expect.NOT_FOUND
              : rule.publicRead() || AccessPolicy.ACROSS_PLANS.contains(rule.operationId())
                  ? Expect.ALLOW
                  : Expect.FORBIDDEN;
      default ->
          Role.named(caller).orElseThrow().satisfies(rule.role()) ? Expect.ALLOW : Expect.FORBIDDEN;
    };
  }

  private static Optional<String> mismatch(Expect expected, Response response) {
    int status = response.statusCode();
    // A problem document carries its code at the top; an OData error object (under /odata) in
    // error.code.
    String code =
        status >= 400
            ? java.util.Objects.requireNonNullElse(
                response.jsonPath().getString("code"), response.jsonPath().getString("error.code"))
            : null;
    return switch (expected) {
      case ALLOW ->
          DENIALS.contains(status)
              ? Optional.of("expected to be let through, got " + status + " " + code)
              : Optional.empty();
      case UNAUTHORISED ->
          status == 401
                  && "UNAUTHORIZED".equals(code)
                  && response.header("WWW-Authenticate") != null
              ? Optional.empty()
              : Optional.of("expected 401 with WWW-Authenticate, got " + status + " " + code);
      case FORBIDDEN ->
          status == 403 && "FORBIDDEN".equals(code)
              ? Optional.empty()
              : Optional.of("expected 403, got " + status + " " + code);
      case NOT_FOUND ->
          status == 404 && "NOT_FOUND".equals(code)
              ? Optional.empty()
              : Optional.of("expected 404, got " + status + " " + code);
    };
  }

  /**
   * Calls an operation so that nothing changes even when it is let through: a stale If-Match, and
   * an empty body that no operation accepts.
   */
  private Response call(ContractOperation op, Map<String, String> credentials) {
    RequestSpecification request =
        Api.withoutCredentials()
            .headers(credentials)
            .header("If-Match", "\"999999\"")
            // $metadata answers XML only, /$count plain text and the report HTML or PDF; without
            // them in Accept the request never reaches access.
            .accept(Api.ACCEPT + ", application/xml, text/plain, text/html");
    if (op.mediaType() != null) {
      request.contentType(op.mediaType()).body(op.mediaType().contains("json") ? "{}" : "");
    }
    Map<String, Object> values = plan.pathParameters(targetKeyId);
    Matcher parameter = PARAMETER.matcher(op.path());
    StringBuilder url = new StringBuilder();
    while (parameter.find()) {
      parameter.appendReplacement(url, String.valueOf(values.get(parameter.group(1))));
    }
    parameter.appendTail(url);
    // Paths such as /odata/v1/$metadata go as written, not with the $ percent-encoded.
    return request.urlEncodingEnabled(false).request(op.method(), url.toString());
  }

  static List<ContractOperation> contractOperations() throws IOException {
    JsonNode paths =
        new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile()).get("paths");
    List<ContractOperation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (String method : List.of("get", "put", "post", "delete", "patch")) {
        JsonNode op = path.getValue().get(method);
        if (op != null) {
          JsonNode content = op.path("requestBody").path("content");
          String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
          operations.add(
              new ContractOperation(
                  method.toUpperCase(java.util.Locale.ROOT),
                  path.getKey(),
                  op.get("operationId").asText(),
                  mediaType));
        }
      }
    }
    return operations;
  }

  private static Map<String, String> key(String secret) {
    return Map.of(Api.API_KEY_HEADER, secret);
  }
}
