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

  /** If-Match as EntityTags reads it, the same on every conditional write. */
  static final String IF_MATCH_DESCRIPTION =
      "The ETag of the version you last read, e.g. \"3\" (RFC 9110, strict): only strong tags"
          + " match (W/\"3\" never does → 412); a list that is not entity tags → 400; * (any"
          + " version) is refused with 400, as it would overwrite unseen changes.";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    SchemaNames.apply(openAPI);
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      boolean hasPathParameter = path.getKey().contains("{");
      boolean api = path.getKey().startsWith("/api/");
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        if (path.getKey().startsWith("/odata/")) {
          odataShared(entry.getValue());
        }
        describe(entry.getKey(), entry.getValue(), hasPathParameter, api);
        secure(entry.getValue());
        if (path.getKey().startsWith("/odata/")) {
          odataErrors(entry.getValue());
        }
      }
    }
    requireWhatIsAlwaysSent(openAPI);
    dropUnused(openAPI);
  }

  /**
   * Leaves out the schemas no operation reaches (an enum a property declares inline instead, for
   * instance), so that the contract holds only what a client can meet.
   */
  private static void dropUnused(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, org.eclipse.microprofile.openapi.models.media.Schema> schemas =
        openAPI.getComponents().getSchemas();
    java.util.Set<String> used = new java.util.HashSet<>();
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Operation op : path.getOperations().values()) {
        if (op.getParameters() != null) {
          op.getParameters().forEach(p -> reach(p.getSchema(), schemas, used));
        }
        java.util.List<Content> contents = new ArrayList<>();
        if (op.getRequestBody() != null) {
          contents.add(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
          op.getResponses().getAPIResponses().values().forEach(r -> contents.add(r.getContent()));
        }
        for (Content content : contents) {
          if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, used));
          }
        }
      }
    }
    Map<String, org.eclipse.microprofile.openapi.models.media.Schema> kept =
        new java.util.LinkedHashMap<>();
    schemas.forEach(
        (name, schema) -> {
          if (used.contains(name)) {
            kept.put(name, schema);
          }
        });
    openAPI.getComponents().setSchemas(kept);
  }

  /**
   * Every property of a response body is always sent (Jackson writes nulls too:
   * quarkus.jackson.serialization-inclusion=always), so the schemas that only answers use list all
   * their properties as required, and a generated client need not guard each one. Left alone:
   * schemas a request body uses (there, what has a default is optional), schemas of the OData feed
   * ($select leaves properties out), and schemas that already say what is required (Problem).
   */
  private static void requireWhatIsAlwaysSent(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, org.eclipse.microprofile.openapi.models.media.Schema> schemas =
        openAPI.getComponents().getSchemas();
    java.util.Set<String> answers = new java.util.HashSet<>();
    java.util.Set<String> excluded = new java.util.HashSet<>();
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      boolean odata = path.getKey().startsWith("/odata/");
      for (Operation op : path.getValue().getOperations().values()) {
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
          op.getRequestBody()
              .getContent()
              .getMediaTypes()
              .values()
              .forEach(media -> reach(media.getSchema(), schemas, excluded));
        }
        if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
          continue;
        }
        for (APIResponse response : op.getResponses().getAPIResponses().values()) {
          if (response.getContent() != null) {
            response
                .getContent()
                .getMediaTypes()
                .values()
                .forEach(media -> reach(media.getSchema(), schemas, odata ? excluded : answers));
          }
        }
      }
    }
    answers.removeAll(excluded);
    for (String name : answers) {
      org.eclipse.microprofile.openapi.models.media.Schema schema = schemas.get(name);
      if (schema.getProperties() == null
          || schema.getProperties().isEmpty()
          || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
        continue;
      }
      List<String> required = new ArrayList<>();
      schema
          .getProperties()
          .forEach(
              (property, definition) -> {
                if (!Boolean.TRUE.equals(definition.getWriteOnly())) {
                  required.add(property);
                }
              });
      schema.setRequired(required);
    }
  }

  /** Adds the names of every component schema {@code schema} refers to, transitively. */
  private static void reach(
      org.eclipse.microprofile.openapi.models.media.Schema schema,
      Map<String, org.eclipse.microprofile.openapi.models.media.Schema> schemas,
      java.util.Set<String> names) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null) {
      String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
      if (names.add(name) && schemas.containsKey(name)) {
        reach(schemas.get(name), schemas, names);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> reach(p, schemas, names));
    }
    reach(schema.getItems(), schemas, names);
    if (schema.getAdditionalPropertiesSchema() != null) {
      reach(schema.getAdditionalPropertiesSchema(), schemas, names);
    }
    for (List<org.eclipse.microprofile.openapi.models.media.Schema> parts :
        java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
      if (parts != null) {
        parts.forEach(p -> reach(p, schemas, names));
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
    documentPaging(op);
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
    if (conditionalWrite) {
      for (Parameter parameter : op.getParameters()) {
        if ("If-Match".equals(parameter.getName()) && parameter.getDescription() == null) {
          parameter.setDescription(IF_MATCH_DESCRIPTION);
          parameter.setExample("\"3\"");
        }
      }
    }

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
      APIResponse conflict =
          problem(
              responses,
              "409",
              "The change conflicts with the current state; or another request changed the same"
                  + " thing at that moment (CONCURRENT_CHANGE) or holds the same Idempotency-Key"
                  + " (IDEMPOTENCY_KEY_IN_USE): those two come with Retry-After.");
      if (conflict != null) {
        conflict.addHeader("Retry-After", ref("Retry-After"));
      }
    }
    if (conditionalWrite) {
      problem(
          responses,
          "412",
          "If-Match names no current version (a stale or weak tag: weak tags never match).");
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
    if (rule.costly() || rule.publicRead()) {
      APIResponse limited =
          problem(
              responses,
              "429",
              rule.costly()
                  ? "Too many writes or expensive reads from this client"
                      + (rule.publicRead() ? ", or anonymous reads from this address." : ".")
                  : "Too many anonymous reads from this address.");
      if (limited != null) {
        limited.addHeader("Retry-After", ref("Retry-After"));
      }
    }
  }

  /**
   * Under /odata every refusal is an OData error object (OData JSON Format §21), not problem+json:
   * OData clients read error.code and error.message (se.styrkort.odata.ODataVersionFilter).
   */
  static final String ODATA_NOT_IMPLEMENTED =
      "An OData option or feature this service does not implement.";

  /**
   * What every operation of the OData feed shares, written here rather than on each: its answer
   * names the protocol version (the OData-Version header, se.styrkort.odata.ODataVersionFilter),
   * and an operation that takes query options ($filter among them: a set, a count, an entity)
   * answers 501 with an OData error for an option or feature it does not implement. Added after
   * what the resource annotates, in the order the annotations had them.
   */
  private static void odataShared(Operation op) {
    APIResponses responses = op.getResponses();
    if (responses == null || responses.getAPIResponses() == null) {
      return;
    }
    APIResponse ok = responses.getAPIResponse("200");
    if (ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("OData-Version"))) {
      // The header before the content, where the annotations put it: the document keeps the
      // order in which a response's parts were set.
      Content content = ok.getContent();
      ok.setContent(null);
      ok.addHeader(
          "OData-Version",
          OASFactory.createHeader()
              .description("4.0")
              .schema(
                  OASFactory.createSchema()
                      .addType(
                          org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
      ok.setContent(content);
    }
    boolean takesOptions =
        op.getParameters() != null
            && op.getParameters().stream().anyMatch(p -> "$filter".equals(p.getName()));
    if (takesOptions && responses.getAPIResponse("501") == null) {
      responses.addAPIResponse(
          "501",
          OASFactory.createAPIResponse()
              .description(ODATA_NOT_IMPLEMENTED)
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          "application/json",
                          OASFactory.createMediaType()
                              .schema(
                                  OASFactory.createSchema()
                                      .ref("#/components/schemas/ODataError")))));
    }
  }

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

  /** The paging parameters every collection shares, the same words and limits everywhere. */
  private static void documentPaging(Operation op) {
    if (op.getParameters() == null) {
      return;
    }
    for (Parameter parameter : op.getParameters()) {
      if (parameter.getIn() != Parameter.In.QUERY || parameter.getDescription() != null) {
        continue;
      }
      if ("limit".equals(parameter.getName())) {
        parameter.setDescription(
            "Items per page, 1–"
                + PageRequest.MAX_LIMIT
                + " (default "
                + PageRequest.DEFAULT_LIMIT
                + ").");
        if (parameter.getSchema() != null) {
          parameter
              .getSchema()
              .minimum(java.math.BigDecimal.ONE)
              .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_LIMIT))
              .defaultValue(PageRequest.DEFAULT_LIMIT);
        }
      } else if ("cursor".equals(parameter.getName())) {
        parameter.setDescription(
            "Where the page starts: the cursor inside the previous page's next link (opaque)."
                + " Leave it out for the first page.");
      }
    }
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
