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

  private static OpenApiValidationFilter strict;
  private static OpenApiValidationFilter responsesOnly;

  private Api() {}

  /**
   * The headers that authenticate a test client as an administrator. Clients other than REST
   * Assured (OData readers, plain HTTP clients against a packaged service) add these, so every test
   * request is made by a known caller. Empty while the service has no authentication.
   */
  public static Map<String, String> authHeaders() {
    return Map.of();
  }

  /** A request that must itself be valid, with a response that must match the contract. */
  public static RequestSpecification given() {
    return RestAssured.given().filter(strict()).contentType(ContentType.JSON).accept(ACCEPT);
  }

  /**
   * A request that deliberately breaks the contract (bad types, missing fields, unknown enums):
   * only the response is checked against it.
   */
  public static RequestSpecification givenInvalid() {
    return RestAssured.given().filter(responsesOnly()).contentType(ContentType.JSON).accept(ACCEPT);
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
