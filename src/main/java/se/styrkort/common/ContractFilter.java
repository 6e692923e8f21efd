package se.styrkort.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import se.styrkort.security.AccessPolicy;
import se.styrkort.security.AccessRule;

/**
 * Writes the conventions that every operation shares into the contract, so that each one lists
 * every status it can answer with: the problem responses, 201 with Location for creation, ETag
 * headers and 304 for conditional reads, 422 where an Idempotency-Key is taken. Resources then only
 * annotate what is particular to them.
 */
public class ContractFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      boolean hasPathParameter = path.getKey().contains("{");
      boolean api = path.getKey().startsWith("/api/");
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        describe(entry.getKey(), entry.getValue(), hasPathParameter, api);
        secure(entry.getValue());
        if (path.getKey().startsWith("/odata/")) {
          odataErrors(entry.getValue());
        }
      }
    }
  }

  private static void describe(
      PathItem.HttpMethod method, Operation op, boolean hasPathParameter, boolean api) {
    APIResponses responses = op.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      op.setResponses(responses);
    }
    boolean hasBody = op.getRequestBody() != null;
    if (api && method == PathItem.HttpMethod.GET && !hasHeader(op, "If-None-Match")) {
      // ConditionalGetFilter answers every GET under /api with an ETag, and 304 when current.
      op.addParameter(
          OASFactory.createParameter()
              .name("If-None-Match")
              .in(Parameter.In.HEADER)
              .description("The ETag of the copy the client holds; 304 while it is current.")
              .example("\"3\"")
              .schema(
                  OASFactory.createSchema()
                      .addType(
                          org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
    }
    boolean conditionalRead = hasHeader(op, "If-None-Match");
    boolean conditionalWrite = hasHeader(op, "If-Match");

    if (method == PathItem.HttpMethod.POST
        && op.getOperationId() != null
        && op.getOperationId().startsWith("create")
        && responses.getAPIResponse("200") != null) {
      APIResponse created = responses.getAPIResponse("200");
      responses.removeAPIResponse("200");
      created.setDescription("Created");
      created.addHeader("Location", ref("Location"));
      created.addHeader("ETag", ref("ETag"));
      responses.addAPIResponse("201", created);
    }
    APIResponse ok = responses.getAPIResponse("200");
    if (ok != null && (conditionalRead || conditionalWrite)) {
      ok.addHeader("ETag", ref("ETag"));
    }
    if (ok != null && api && method == PathItem.HttpMethod.GET) {
      ok.addHeader("Cache-Control", ref("Cache-Control"));
    }
    if (conditionalRead) {
      responses.addAPIResponse(
          "304",
          OASFactory.createAPIResponse()
              .description("Not modified: the copy named in If-None-Match is current.")
              .addHeader("ETag", ref("ETag"))
              .addHeader("Cache-Control", ref("Cache-Control")));
    }

    problem(responses, "400", "The request is malformed or invalid; errors names each field.");
    if (hasPathParameter) {
      problem(responses, "404", "No resource with that id.");
    }
    boolean bodiless =
        responses.getAPIResponse("204") != null && responses.getAPIResponse("200") == null;
    if (!bodiless) {
      // An operation that answers 204 has nothing to negotiate; it ignores Accept.
      problem(responses, "406", "The client accepts no media type this operation produces.");
    }
    if (method != PathItem.HttpMethod.GET) {
      problem(responses, "409", "The change conflicts with the current state.");
    }
    if (conditionalWrite) {
      problem(responses, "412", "If-Match names a version that is no longer current.");
      problem(responses, "428", "If-Match is missing.");
    }
    if (hasHeader(op, Idempotency.HEADER)) {
      problem(
          responses,
          "422",
          "The Idempotency-Key was used before for a different request (IDEMPOTENCY_KEY_REUSED).");
    }
    if (hasBody) {
      // Refused before any resource runs (HttpLimitFilter), as a problem document all the same.
      problem(
          responses,
          "413",
          "The body is larger than the configured limit (2 MB by default; PAYLOAD_TOO_LARGE).");
      problem(responses, "415", "The body is not application/json.");
    }
    problem(
        responses,
        "414",
        "The path and query are longer than the configured limit (4096 characters by default;"
            + " URI_TOO_LONG).");
    problem(responses, "500", "An unexpected failure; nothing was changed.");
    if (op.getOperationId() != null && op.getOperationId().contains("Kolada")) {
      // Kolada is read before anything is written: its failures after the retries, nothing written.
      problem(
          responses,
          "502",
          "Kolada answered with something that is not its data format, or refused the request"
              + " (KOLADA_BAD_RESPONSE).");
      problem(
              responses,
              "503",
              "Kolada answered 429 or 5xx or could not be reached on every attempt"
                  + " (KOLADA_UNAVAILABLE), or the database is unreachable (with Retry-After).")
          .addHeader("Retry-After", ref("Retry-After"));
      problem(responses, "504", "Kolada did not answer in time on any attempt (KOLADA_TIMEOUT).");
    }
    APIResponse unavailable = problem(responses, "503", "The database is unreachable.");
    if (unavailable != null) {
      unavailable.addHeader("Retry-After", ref("Retry-After"));
    }
  }

  /**
   * Writes each operation's rule from the access policy into the contract: the credentials it takes
   * (none as well, for public reads), the role it needs, and 401/403/429.
   */
  private static void secure(Operation op) {
    Optional<AccessRule> found = AccessPolicy.of(op.getOperationId());
    if (found.isEmpty()) {
      return;
    }
    AccessRule rule = found.get();
    List<SecurityRequirement> requirements = new ArrayList<>();
    if (rule.publicRead()) {
      requirements.add(OASFactory.createSecurityRequirement());
    }
    for (String scheme : List.of("bearer", "apiKeyHeader", "apiKeyQuery")) {
      requirements.add(OASFactory.createSecurityRequirement().addScheme(scheme));
    }
    op.setSecurity(requirements);
    op.addExtension("x-required-role", rule.role().label());
    String who =
        "Takes the role "
            + rule.role().label()
            + (rule.role() == se.styrkort.security.Role.ADMIN ? "" : " (or admin)")
            + (rule.publicRead() ? "; anonymous callers may read public, adopted plans." : ".");
    op.setDescription(op.getDescription() == null ? who : op.getDescription() + " " + who);
    APIResponses responses = op.getResponses();
    APIResponse unauthorised =
        problem(
            responses,
            "401",
            "No valid credential: missing (where one is needed), unknown, expired or revoked.");
    if (unauthorised != null) {
      unauthorised.addHeader("WWW-Authenticate", ref("WWW-Authenticate"));
    }
    problem(responses, "403", "The caller's role does not allow this operation.");
    if (rule.costly()) {
      APIResponse limited =
          problem(responses, "429", "Too many writes or expensive reads from this client.");
      if (limited != null) {
        limited.addHeader("Retry-After", ref("Retry-After"));
      }
    }
  }

  /**
   * Under /odata every refusal is an OData error object (OData JSON Format §21), not problem+json:
   * OData clients read error.code and error.message (se.styrkort.odata.ODataVersionFilter).
   */
  private static void odataErrors(Operation op) {
    op.getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              // 413 and 414 come from the HTTP layer, as problem documents, before any resource.
              if (status.startsWith("2")
                  || status.equals("413")
                  || status.equals("414")
                  || response.getContent() == null) {
                return;
              }
              if (response.getContent().getMediaType(Problem.MEDIA_TYPE) != null) {
                response.setContent(
                    OASFactory.createContent()
                        .addMediaType(
                            "application/json",
                            OASFactory.createMediaType()
                                .schema(
                                    OASFactory.createSchema()
                                        .ref("#/components/schemas/ODataError"))));
              }
            });
  }

  private static APIResponse problem(APIResponses responses, String status, String description) {
    if (responses.getAPIResponse(status) != null) {
      return null;
    }
    Content content =
        OASFactory.createContent()
            .addMediaType(
                Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
    responses.addAPIResponse(status, response);
    return response;
  }

  private static boolean hasHeader(Operation op, String name) {
    if (op.getParameters() == null) {
      return false;
    }
    for (Parameter parameter : op.getParameters()) {
      if (parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName())) {
        return true;
      }
    }
    return false;
  }

  private static org.eclipse.microprofile.openapi.models.headers.Header ref(String name) {
    return OASFactory.createHeader().ref("#/components/headers/" + name);
  }
}
