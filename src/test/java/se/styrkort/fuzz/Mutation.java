package se.styrkort.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.styrkort.fuzz.ContractOperations.Operation;
import se.styrkort.fuzz.ContractOperations.Parameter;
import se.styrkort.support.Api;

/** The ways a request is broken on purpose; each applies to the operations it makes sense for. */
enum Mutation {
  BODY_WRONG_TYPE(Needs.JSON_BODY),
  BODY_MISSING_REQUIRED(Needs.JSON_BODY),
  BODY_NULL_FIELD(Needs.JSON_BODY),
  BODY_OUT_OF_RANGE(Needs.JSON_BODY),
  BODY_UNKNOWN_ENUM(Needs.JSON_BODY),
  BODY_LONG_STRING(Needs.JSON_BODY),
  BODY_CONTROL_CHARS(Needs.JSON_BODY),
  BODY_UNKNOWN_FIELD(Needs.JSON_BODY),
  BODY_DUPLICATE_KEY(Needs.JSON_BODY),
  BODY_LONE_SURROGATE(Needs.JSON_BODY),
  BODY_HUGE_NUMBER(Needs.JSON_BODY),
  BODY_DEEP_NESTING(Needs.JSON_BODY),
  CSV_BAD_CELL(Needs.CSV_BODY),
  BODY_MALFORMED(Needs.BODY),
  BODY_MISSING(Needs.BODY),
  CONTENT_TYPE(Needs.BODY),
  ACCEPT(Needs.NOTHING),
  IF_MATCH(Needs.IF_MATCH),
  IF_NONE_MATCH(Needs.IF_NONE_MATCH),
  IDEMPOTENCY_KEY(Needs.IDEMPOTENCY_KEY),
  PATH_ID(Needs.PATH_PARAMETER),
  QUERY_VALUE(Needs.QUERY_PARAMETER),
  QUERY_DUPLICATED(Needs.QUERY_PARAMETER),
  QUERY_UNKNOWN(Needs.NOTHING),
  AUTH(Needs.NOTHING);

  private enum Needs {
    NOTHING,
    BODY,
    JSON_BODY,
    CSV_BODY,
    IF_MATCH,
    IF_NONE_MATCH,
    IDEMPOTENCY_KEY,
    PATH_PARAMETER,
    QUERY_PARAMETER
  }

  /** What a mutation may draw on. */
  record Context(
      Random random,
      Operation op,
      ContractOperations contract,
      RequestFactory.Credentials credentials) {

    <T> T any(List<T> choices) {
      return choices.get(random.nextInt(choices.size()));
    }
  }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** A field name or text no generated value has, replaced in the written body afterwards. */
  private static final String MARK = "zzFuzzMark";

  private static final List<String> LONE_SURROGATES =
      List.of("\\ud800", "a\\udfffb", "\\udc00\\ud800", "x\\ud83d", "\\ud83d\\ud83d\\ude00");

  /**
   * Numbers Jackson reads cheaply and anything computing with them (scale, plain text) does not.
   */
  private static final List<String> HUGE_NUMBERS =
      List.of(
          "1e10000000",
          "-1e-10000000",
          "1E+2147483647",
          "1e-2147483648",
          "9".repeat(999) + "e999999999",
          "0e-99999999",
          "1" + "0".repeat(1500),
          "0." + "0".repeat(1500) + "1");

  private static final List<String> STRANGE_TEXT =
      List.of(
          "\u0000",
          "a\u0000b",
          "\u0001\u0002\u001b[31m",
          "\t\r\n",
          "\uD83D\uDE00\uD83C\uDDF8\uD83C\uDDEA",
          "\u202Eevil\u202C",
          "\uFEFF",
          "' OR '1'='1",
          "<script>alert(1)</script>",
          "${jndi:ldap://x}",
          "%00%ff",
          "\\u0000",
          " ",
          "");

  private static final List<String> STRANGE_IDS =
      List.of(
          "abc",
          "-1",
          "0",
          "1.5",
          "1e3",
          "99999999999999999999",
          "9223372036854775807",
          "-9223372036854775808",
          "2147483648",
          "2000000017",
          "%00",
          "\u00e5",
          " 1",
          "null",
          "0x10");

  private final Needs needs;

  Mutation(Needs needs) {
    this.needs = needs;
  }

  boolean appliesTo(Operation op) {
    return switch (needs) {
      case NOTHING -> true;
      case BODY -> op.bodyType() != null;
      case JSON_BODY -> "application/json".equals(op.bodyType());
      case CSV_BODY -> "text/csv".equals(op.bodyType());
      case IF_MATCH -> op.hasHeader("If-Match");
      case IF_NONE_MATCH -> op.hasHeader("If-None-Match");
      case IDEMPOTENCY_KEY -> op.hasHeader("Idempotency-Key");
      case PATH_PARAMETER -> !op.in("path").isEmpty();
      case QUERY_PARAMETER -> !op.in("query").isEmpty();
    };
  }

  static Mutation pick(Random random, Operation op) {
    List<Mutation> fitting = new ArrayList<>();
    for (Mutation m : values()) {
      if (m.appliesTo(op)) {
        fitting.add(m);
      }
    }
    return fitting.get(random.nextInt(fitting.size()));
  }

  /**
   * Breaks {@code request} (whose JSON body, if any, is {@code body}); returns the body to send.
   */
  JsonNode apply(FuzzRequest request, JsonNode body, Context c) {
    ObjectNode object = RequestFactory.object(body);
    switch (this) {
      case BODY_WRONG_TYPE -> {
        JsonNode wrong =
            c.any(
                List.of(
                    JSON.textNode("not a number"),
                    JSON.numberNode(42),
                    JSON.booleanNode(true),
                    JSON.arrayNode().add(1),
                    JSON.objectNode().put("a", 1),
                    JSON.numberNode(1.5)));
        return object == null || object.isEmpty() ? wrong : replaceField(object, c, wrong);
      }
      case BODY_MISSING_REQUIRED -> {
        JsonNode schema = c.contract().resolve(c.op().bodySchema());
        if (object != null && schema.path("required").size() > 0) {
          JsonNode required = schema.get("required");
          object.remove(required.get(c.random().nextInt(required.size())).asText());
        }
        return body;
      }
      case BODY_NULL_FIELD -> {
        return object == null || object.isEmpty()
            ? JSON.nullNode()
            : replaceField(object, c, JSON.nullNode());
      }
      case BODY_OUT_OF_RANGE -> {
        JsonNode number =
            c.any(
                List.of(
                    JSON.numberNode(-1),
                    JSON.numberNode(0),
                    JSON.numberNode(1899),
                    JSON.numberNode(2201),
                    JSON.numberNode(Long.MAX_VALUE),
                    JSON.numberNode(Long.MIN_VALUE),
                    JSON.numberNode(new BigInteger("123456789012345678901234567890")),
                    JSON.numberNode(1e308),
                    JSON.numberNode(-1e-308),
                    JSON.numberNode(2147483648L)));
        return object == null || object.isEmpty() ? number : replaceField(object, c, number);
      }
      case BODY_UNKNOWN_ENUM -> {
        return object == null || object.isEmpty()
            ? body
            : replaceField(object, c, JSON.textNode(c.any(List.of("UNKNOWN", "draft", "", "ÅÄÖ"))));
      }
      case BODY_LONG_STRING -> {
        String longText =
            c.any(List.of("x", "å", "\uD83D\uDE00"))
                .repeat(c.any(List.of(301, 1001, 16001, 100_000)));
        return object == null || object.isEmpty()
            ? body
            : replaceField(object, c, JSON.textNode(longText));
      }
      case BODY_CONTROL_CHARS -> {
        return object == null || object.isEmpty()
            ? body
            : replaceField(object, c, JSON.textNode(c.any(STRANGE_TEXT)));
      }
      case BODY_UNKNOWN_FIELD -> {
        if (object != null) {
          object.put("unknownField" + c.random().nextInt(3), "x");
        }
        return body;
      }
      case BODY_DUPLICATE_KEY -> {
        // A key given twice, at the top or in a nested object: {"value":5, …, "value":12}.
        if (object == null || object.isEmpty()) {
          request.body = "{\"" + MARK + "\":1,\"" + MARK + "\":2}";
          return null;
        }
        ObjectNode target = nestedObject(object, c);
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String name = c.any(names);
        JsonNode other =
            c.any(
                List.of(
                    target.get(name),
                    JSON.textNode("other"),
                    JSON.numberNode(12),
                    JSON.nullNode()));
        target.set(MARK, other);
        request.body = RequestFactory.write(body).replace("\"" + MARK + "\"", quoted(name));
        return null;
      }
      case BODY_LONE_SURROGATE -> {
        // Jackson reads the escape as a lone UTF-16 unit; a Java string cannot be written so.
        if (object == null || object.isEmpty()) {
          request.body = "{\"x\":\"" + c.any(LONE_SURROGATES) + "\"}";
          return null;
        }
        replaceField(object, c, JSON.textNode(MARK));
        request.body =
            RequestFactory.write(body)
                .replace("\"" + MARK + "\"", "\"" + c.any(LONE_SURROGATES) + "\"");
        return null;
      }
      case BODY_HUGE_NUMBER -> {
        String number = c.any(HUGE_NUMBERS);
        if (object == null || object.isEmpty()) {
          request.body = number;
          return null;
        }
        replaceField(object, c, JSON.textNode(MARK));
        request.body = RequestFactory.write(body).replace("\"" + MARK + "\"", number);
        return null;
      }
      case BODY_DEEP_NESTING -> {
        int depth = c.any(List.of(100, 999, 1001, 5000, 20_000));
        String deep =
            c.random().nextBoolean()
                ? "[".repeat(depth) + "1" + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        if (object == null || object.isEmpty()) {
          request.body = deep;
          return null;
        }
        replaceField(object, c, JSON.textNode(MARK));
        request.body = RequestFactory.write(body).replace("\"" + MARK + "\"", deep);
        return null;
      }
      case CSV_BAD_CELL -> {
        request.body = badCsv(request.body, c);
        return null;
      }
      case BODY_MALFORMED -> {
        String text = body == null ? "{}" : RequestFactory.write(body);
        request.body =
            c.any(
                List.of(
                    text.substring(0, Math.max(0, text.length() / 2)),
                    text + "}",
                    text + " trailing",
                    "{",
                    "[]",
                    "null",
                    "\"text\"",
                    "42",
                    "{\"a\":}",
                    "{'single': 'quotes'}",
                    "[".repeat(5000) + "]".repeat(5000),
                    "{\"name\": \"\\ud800\"}",
                    "\u0000",
                    text.replace("\"", "")));
        return null;
      }
      case BODY_MISSING -> {
        request.body = "";
        return null;
      }
      case CONTENT_TYPE -> {
        String type =
            c.any(
                List.of(
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "garbage",
                    "application/json; charset=latin-1",
                    "text/csv",
                    "application/problem+json",
                    ""));
        setOrRemove(request, "Content-Type", type);
        return body;
      }
      case ACCEPT -> {
        request.headers.put(
            "Accept",
            c.any(
                List.of(
                    "application/xml",
                    "application/problem+json",
                    "text/html",
                    "text/csv",
                    "image/png",
                    "*/*",
                    "application/*",
                    "garbage",
                    "application/json;q=0",
                    "application/problem+json, application/xml;q=0.5")));
        return body;
      }
      case IF_MATCH -> {
        String tag =
            c.any(
                List.of(
                    "",
                    "\"0\"",
                    "\"999999\"",
                    "W/\"1\"",
                    "garbage",
                    "\"abc\"",
                    "\"\u00e5\"",
                    "\"1\", \"2\""));
        setOrRemove(request, "If-Match", tag);
        return body;
      }
      case IF_NONE_MATCH -> {
        request.headers.put(
            "If-None-Match", c.any(List.of("*", "\"0\"", "garbage", "W/\"1\"", "\"1\", \"2\"")));
        return body;
      }
      case IDEMPOTENCY_KEY -> {
        request.headers.put(
            "Idempotency-Key",
            c.any(List.of("k".repeat(1000), "fuzz-reused-key", "\u00e5\u00e4\u00f6", " ")));
        return body;
      }
      case PATH_ID -> {
        List<Parameter> parameters = c.op().in("path");
        request.pathValues.put(c.any(parameters).name(), c.any(STRANGE_IDS));
        return body;
      }
      case QUERY_VALUE -> {
        Parameter p = c.any(c.op().in("query"));
        request.query.removeIf(e -> e.getKey().equals(p.name()));
        List<String> values = new ArrayList<>(STRANGE_IDS);
        values.addAll(
            List.of(
                "",
                "garbage-cursor",
                "eyJ4IjoxfQ",
                "UNKNOWN",
                "true1",
                "2024-13-45",
                "-5",
                "100000",
                "x".repeat(5000)));
        values.add(STRANGE_TEXT.get(c.random().nextInt(STRANGE_TEXT.size())));
        request.query.add(Map.entry(p.name(), c.any(values)));
        return body;
      }
      case QUERY_DUPLICATED -> {
        Parameter p = c.any(c.op().in("query"));
        request.query.add(Map.entry(p.name(), c.any(List.of("1", "2", "abc", "2024"))));
        request.query.add(Map.entry(p.name(), c.any(List.of("1", "5", "xyz", "2025"))));
        return body;
      }
      case QUERY_UNKNOWN -> {
        request.query.add(
            Map.entry(c.any(List.of("unknown", "$expand", "limit[]", "__proto__")), "1"));
        return body;
      }
      case AUTH -> {
        request.headers.remove(Api.API_KEY_HEADER);
        switch (c.random().nextInt(6)) {
          case 0 -> {}
          case 1 -> request.headers.put(Api.API_KEY_HEADER, "wrong-" + c.random().nextInt(1000));
          case 2, 3 -> request.headers.put(Api.API_KEY_HEADER, c.credentials().viewer());
          case 4 ->
              request.headers.put(
                  "Authorization",
                  c.any(
                      List.of(
                          "Bearer garbage",
                          "Bearer a.b.c",
                          "Basic YTpi",
                          "ApiKey wrong",
                          "Bearer ")));
          default ->
              request.query.add(
                  Map.entry("api_key", c.any(List.of("wrong", c.credentials().viewer()))));
        }
        return body;
      }
      default -> throw new IllegalStateException(name());
    }
  }

  /**
   * The generated CSV (a header and one good line) with a cell past what its JSON field allows, a
   * quote never closed, formulas, or lines past the limit.
   */
  private static String badCsv(String csv, Context c) {
    String[] lines = csv.split("\n");
    String header = lines[0];
    String[] cells = lines[1].split(";", -1);
    int column = c.random().nextInt(cells.length);
    switch (c.random().nextInt(7)) {
      case 0 ->
          cells[column] =
              c.any(List.of("x", "å", "\uD83D\uDE00"))
                  .repeat(c.any(List.of(101, 301, 10_001, 70_000)));
      case 1 -> cells[column] = "\"never closed";
      case 2 ->
          cells[column] =
              c.any(List.of("=HYPERLINK(\"http://evil.example\")", "@SUM(1+1)", "+1", "-1-1"));
      case 3 -> cells[column] = c.any(HUGE_NUMBERS);
      case 4 -> cells[column] = c.any(STRANGE_TEXT);
      case 5 -> {
        return header + "\n" + (lines[1] + "\n").repeat(c.any(List.of(5001, 20_000)));
      }
      default -> {
        return c.any(List.of("\"" + header, header + ";" + header, "", "\n\n", header));
      }
    }
    return header + "\n" + String.join(";", cells) + "\n";
  }

  /** The object itself, or (half the time) one nested in it, where a key will be given twice. */
  private static ObjectNode nestedObject(ObjectNode object, Context c) {
    List<ObjectNode> nested = new ArrayList<>();
    object
        .elements()
        .forEachRemaining(
            value -> {
              if (value instanceof ObjectNode o && !o.isEmpty()) {
                nested.add(o);
              } else if (value.isArray()
                  && value.size() > 0
                  && value.get(0) instanceof ObjectNode o
                  && !o.isEmpty()) {
                nested.add(o);
              }
            });
    return nested.isEmpty() || c.random().nextBoolean() ? object : c.any(nested);
  }

  private static String quoted(String name) {
    return RequestFactory.write(JSON.textNode(name));
  }

  /** Sends {@code value} as the header, or leaves the header out when it is empty. */
  private static void setOrRemove(FuzzRequest request, String header, String value) {
    if (value.isEmpty()) {
      request.headers.remove(header);
    } else {
      request.headers.put(header, value);
    }
  }

  private static JsonNode replaceField(ObjectNode object, Context c, JsonNode value) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    String name = c.any(names);
    JsonNode current = object.get(name);
    if (current instanceof ObjectNode nested && !nested.isEmpty() && c.random().nextBoolean()) {
      replaceField(nested, c, value);
    } else if (current != null
        && current.isArray()
        && current.size() > 0
        && current.get(0) instanceof ObjectNode element
        && !element.isEmpty()) {
      replaceField(element, c, value);
    } else {
      object.set(name, value);
    }
    return object;
  }
}
