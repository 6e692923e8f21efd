package se.styrkort.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads the contract for the response validator. A nullable property of a named type is written the
 * OpenAPI 3.0 way, {@code allOf: [$ref]} beside {@code nullable: true}, which client generators
 * read as "the type or null"; the validator, though, applies the allOf to a null and refuses it.
 * For validation only, such a property becomes "any of the type, or exactly null" — the same
 * meaning, in a form the validator understands.
 */
final class NullableReferences {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private NullableReferences() {}

  static String rewrite(Path contract) {
    try {
      JsonNode document = YAML.readTree(contract.toFile());
      visit(document);
      return YAML.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void visit(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode allOf = object.get("allOf");
      if (object.path("nullable").asBoolean(false)
          && allOf instanceof ArrayNode refs
          && refs.size() == 1
          && refs.get(0).has("$ref")) {
        ObjectNode onlyNull = YAML.createObjectNode();
        onlyNull.put("type", "string");
        onlyNull.put("nullable", true);
        onlyNull.putArray("enum").addNull();
        object.remove(java.util.List.of("allOf", "nullable", "type"));
        object.putArray("anyOf").add(refs.get(0)).add(onlyNull);
      }
      object.elements().forEachRemaining(NullableReferences::visit);
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(NullableReferences::visit);
    }
  }
}
