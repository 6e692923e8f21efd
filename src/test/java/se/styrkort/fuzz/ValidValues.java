package se.styrkort.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Values that the contract accepts, built from a schema: the schema's own example most of the time,
 * otherwise a value within its limits. Fields that name an id (planId, parentId,
 * measurementPointId, …) get a real one, so that requests reach the code behind the 404s.
 */
final class ValidValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ContractOperations contract;
  private final Random random;
  private final Function<String, Long> ids;

  /**
   * @param ids a real id for a field or parameter name, or null when the name is no id
   */
  ValidValues(ContractOperations contract, Random random, Function<String, Long> ids) {
    this.contract = contract;
    this.random = random;
    this.ids = ids;
  }

  JsonNode of(String name, JsonNode declared, int depth) {
    Long id = name == null ? null : ids.apply(name);
    JsonNode schema = contract.resolve(declared);
    if (id != null && isInteger(schema)) {
      return JSON.numberNode(id);
    }
    if (name != null && name.equals("planIds") && ids.apply("planId") != null) {
      return JSON.arrayNode().add(ids.apply("planId"));
    }
    if (name != null && (name.equals("year") || name.endsWith("Year")) && isInteger(schema)) {
      return JSON.numberNode(2024 + random.nextInt(3));
    }
    if ("organisation".equals(name)) {
      // Never the demo plan's organisation: tests find the demo plan by its name and organisation.
      return JSON.textNode("Fuzzkommun " + random.nextInt(1_000_000));
    }
    JsonNode example = declared.has("example") ? declared.get("example") : schema.get("example");
    if (example != null && !schema.has("properties") && random.nextInt(4) > 0) {
      return example;
    }
    if (schema.has("enum")) {
      JsonNode values = schema.get("enum");
      return values.get(random.nextInt(values.size()));
    }
    if (schema.has("anyOf")) {
      return of(name, schema.get("anyOf").get(0), depth);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> array(name, schema, depth);
      case "integer" -> JSON.numberNode(integer(schema));
      case "number" -> JSON.numberNode(integer(schema) + random.nextInt(100) / 100.0);
      case "boolean" -> JSON.booleanNode(random.nextBoolean());
      default -> JSON.textNode(string(schema));
    };
  }

  private ObjectNode object(JsonNode schema, int depth) {
    ObjectNode object = JSON.objectNode();
    java.util.Set<String> required = new java.util.HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      boolean take = required.contains(field.getKey()) || (depth < 4 && random.nextInt(3) > 0);
      if (take && !field.getValue().path("readOnly").asBoolean(false)) {
        object.set(field.getKey(), of(field.getKey(), field.getValue(), depth + 1));
      }
    }
    return object;
  }

  private ArrayNode array(String name, JsonNode schema, int depth) {
    ArrayNode array = JSON.arrayNode();
    int max = Math.min(schema.path("maxItems").asInt(3), depth < 3 ? 3 : 1);
    int count = Math.max(schema.path("minItems").asInt(0), random.nextInt(max + 1));
    for (int i = 0; i < count; i++) {
      array.add(of(singular(name), schema.path("items"), depth + 1));
    }
    return array;
  }

  private long integer(JsonNode schema) {
    long min = schema.path("minimum").asLong(0);
    long max = schema.path("maximum").asLong(Math.max(min, 0) + 1000);
    return min + (long) (random.nextDouble() * (max - min + 1));
  }

  private String string(JsonNode schema) {
    String format = schema.path("format").asText("");
    return switch (format) {
      case "date" -> "2024-" + (10 + random.nextInt(3)) + "-1" + random.nextInt(10);
      case "date-time" -> "2027-12-31T23:00:00Z";
      case "uri" -> "https://www.ljusnarsberg.se/plan";
      default -> {
        int max = Math.max(1, Math.min(schema.path("maxLength").asInt(40), 40));
        String text = "Mål åäö " + Integer.toString(random.nextInt(1_000_000), 36);
        yield text.substring(0, Math.min(text.length(), max));
      }
    };
  }

  private static boolean isInteger(JsonNode schema) {
    return schema.path("type").asText().equals("integer");
  }

  private static String singular(String name) {
    if (name == null) {
      return null;
    }
    return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : null;
  }
}
