package se.styrkort.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import se.styrkort.fuzz.ContractOperations.Operation;
import se.styrkort.fuzz.ContractOperations.Parameter;
import se.styrkort.support.Api;

/**
 * Builds one request for an operation: valid per the contract, with real ids, and then — most of
 * the time — broken in one way a careless or hostile client would break it (see {@link Mutation}).
 */
final class RequestFactory {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ContractOperations contract;
  private final Random random;
  private final Credentials credentials;

  /** The keys the fuzzer authenticates with. */
  record Credentials(String admin, String viewer) {}

  RequestFactory(ContractOperations contract, Random random, Credentials credentials) {
    this.contract = contract;
    this.random = random;
    this.credentials = credentials;
  }

  /**
   * @param ids a real id for a parameter or field name (planId, parentId, …), or null
   * @param mutate the share of requests to break, 0–100
   */
  FuzzRequest build(Operation op, Function<String, Long> ids, int mutate) {
    ValidValues values = new ValidValues(contract, random, ids);
    FuzzRequest request = new FuzzRequest(op.id(), op.method(), op.path());
    for (Parameter p : op.in("path")) {
      request.pathValues.put(p.name(), text(values.of(p.name(), p.schema(), 0)));
    }
    for (Parameter p : op.in("query")) {
      // mutate 0 is the plain request: only what the operation requires.
      if (p.required() || (mutate > 0 && !p.name().equals("cursor") && random.nextInt(3) == 0)) {
        request.query.add(Map.entry(p.name(), text(values.of(p.name(), p.schema(), 0))));
      }
    }
    // A count is plain text (OData's /$count), a report HTML; everything else is JSON or a problem.
    String accept =
        op.path().endsWith("/$count")
            ? "text/plain, " + Api.ACCEPT
            : op.path().endsWith("/report") ? "text/html, " + Api.ACCEPT : Api.ACCEPT;
    request.headers.put("Accept", accept);
    request.headers.put(Api.API_KEY_HEADER, credentials.admin());
    if (op.hasHeader("If-Match")) {
      // Any version up to 200, as an RFC 9110 list: * itself is refused (issue 15).
      request.headers.put(
          "If-Match",
          java.util.stream.IntStream.rangeClosed(0, 200)
              .mapToObj(v -> "\"" + v + "\"")
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    if (op.hasHeader("Idempotency-Key") && random.nextBoolean()) {
      request.headers.put("Idempotency-Key", UUID.randomUUID().toString());
    }
    JsonNode body = null;
    if ("text/csv".equals(op.bodyType())) {
      request.headers.put("Content-Type", "text/csv");
      request.body = csv(ids);
    } else if (op.bodyType() != null) {
      request.headers.put("Content-Type", "application/json");
      body = values.of(null, op.bodySchema(), 0);
    }
    if (random.nextInt(100) < mutate) {
      Mutation mutation = Mutation.pick(random, op);
      request.mutation = mutation.name();
      body = mutation.apply(request, body, new Mutation.Context(random, op, contract, credentials));
    }
    if (body != null) {
      request.body = write(body);
    }
    return request;
  }

  private String csv(Function<String, Long> ids) {
    Long point = ids.apply("measurementPointId");
    int year = 2024 + random.nextInt(3);
    return "measurementPointId;year;kind;asOf;value;note\n"
        + (point == null ? 1 : point)
        + ";"
        + year
        + ";OUTCOME;"
        + year
        + "-12-31;"
        + random.nextInt(101)
        + ",5;fuzz\n";
  }

  static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  static String write(JsonNode body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode object(JsonNode body) {
    return body instanceof ObjectNode object ? object : null;
  }
}
