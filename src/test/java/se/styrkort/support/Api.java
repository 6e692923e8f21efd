package se.styrkort.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where every test request starts. Each exchange is checked against the committed contract
 * (openapi/openapi.yaml): a response the contract does not describe fails the test.
 */
public final class Api {

  public static final Path CONTRACT =
      Path.of(System.getProperty("styrkort.contract", "openapi/openapi.yaml"));

  /** What a well-behaved client accepts: the resource, or a problem document. */
  public static final String ACCEPT = "application/json, application/problem+json";

  public static final String API_KEY_HEADER = "X-API-Key";

  private static final Map<String, String> roleKeys = new java.util.HashMap<>();
  private static String adminKey;
  private static OpenApiValidationFilter strict;
  private static OpenApiValidationFilter responsesOnly;

  private Api() {}

  /**
   * The headers that authenticate a test client as an administrator, with the local admin key that
   * the service writes at start (styrkort.security.admin-key-file). Clients other than REST Assured
   * (OData readers, plain HTTP clients against a packaged service) add these, so every test request
   * is made by a known caller.
   */
  public static Map<String, String> authHeaders() {
    return Map.of(API_KEY_HEADER, adminKey());
  }

  /** A request, made as an admin, that must itself be valid and answered as the contract says. */
  public static RequestSpecification given() {
    return withoutCredentials(strict()).headers(authHeaders());
  }

  /**
   * A request, made as an admin, that deliberately breaks the contract (bad types, missing fields,
   * unknown enums): only the response is checked against it.
   */
  public static RequestSpecification givenInvalid() {
    return withoutCredentials(responsesOnly()).headers(authHeaders());
  }

  /** A valid request without any credential (public reads). */
  public static RequestSpecification anonymous() {
    return withoutCredentials(strict());
  }

  /**
   * A request without credentials whose response alone is checked: for tests that send their own
   * (bad tokens, revoked keys) or none where one is required.
   */
  public static RequestSpecification withoutCredentials() {
    return withoutCredentials(responsesOnly());
  }

  /**
   * A request made with the API key {@code secret} (one limited to a plan or a unit, say) whose
   * response alone is checked.
   */
  public static RequestSpecification withKey(String secret) {
    return withoutCredentials().header(API_KEY_HEADER, secret);
  }

  /** A valid request made with an API key of {@code role} (one key per role and run). */
  public static RequestSpecification as(String role) {
    return withoutCredentials(strict()).header(API_KEY_HEADER, keyFor(role));
  }

  /** The secret of this run's API key with {@code role} (VIEWER, REPORTER, … ADMIN). */
  public static synchronized String keyFor(String role) {
    return roleKeys.computeIfAbsent(
        role.toUpperCase(java.util.Locale.ROOT), r -> createKey("test " + r, r, null));
  }

  /** Creates an API key through the API and returns its secret. */
  public static String createKey(String name, String role, Long limitedToPlan) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "role", role));
    if (limitedToPlan != null) {
      body.put("planIds", java.util.List.of(limitedToPlan));
    }
    return createKey(body);
  }

  /**
   * Creates the API key that {@code body} describes (POST /api/v1/api-keys); answers its secret.
   */
  public static String createKey(Map<String, Object> body) {
    return given()
        .body(body)
        .post("/api/v1/api-keys")
        .then()
        .statusCode(201)
        .extract()
        .path("secret");
  }

  private static RequestSpecification withoutCredentials(OpenApiValidationFilter filter) {
    return RestAssured.given().filter(filter).contentType(ContentType.JSON).accept(ACCEPT);
  }

  private static synchronized String adminKey() {
    if (adminKey == null) {
      Path file =
          Path.of(System.getProperty("styrkort.security.admin-key-file", "target/admin-key"));
      try {
        adminKey = java.nio.file.Files.readString(file).strip();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(
            "The service writes its admin key to " + file + " at start; is it running?", e);
      }
    }
    return adminKey;
  }

  /**
   * A validator of responses alone, against the committed contract, for clients other than REST
   * Assured (the contract fuzzer).
   */
  public static OpenApiInteractionValidator responseValidator() {
    return validator(
        LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE)
            .build());
  }

  private static synchronized OpenApiValidationFilter strict() {
    if (strict == null) {
      strict = new OpenApiValidationFilter(validator(LevelResolver.create().build()));
    }
    return strict;
  }

  private static synchronized OpenApiValidationFilter responsesOnly() {
    if (responsesOnly == null) {
      responsesOnly =
          new OpenApiValidationFilter(
              validator(
                  LevelResolver.create()
                      .withLevel("validation.request", ValidationReport.Level.IGNORE)
                      .build()));
    }
    return responsesOnly;
  }

  private static OpenApiInteractionValidator validator(LevelResolver levels) {
    return OpenApiInteractionValidator.createForInlineApiSpecification(
            NullableReferences.rewrite(CONTRACT))
        .withLevelResolver(levels)
        .build();
  }
}
