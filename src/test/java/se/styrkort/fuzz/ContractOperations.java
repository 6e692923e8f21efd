package se.styrkort.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The operations of the contract, read from openapi/openapi.yaml, with their $refs resolved. */
record ContractOperations(JsonNode document, List<Operation> operations) {

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  /** One parameter of an operation: where it goes, whether it must be there, and its schema. */
  record Parameter(String name, String in, boolean required, JsonNode schema) {}

  /** One operation: what the fuzzer needs to build requests for it. */
  record Operation(
      String id,
      String method,
      String path,
      List<Parameter> parameters,
      String bodyType,
      JsonNode bodySchema,
      boolean bodyRequired) {

    boolean hasHeader(String name) {
      return parameters.stream().anyMatch(p -> p.in().equals("header") && p.name().equals(name));
    }

    List<Parameter> in(String where) {
      return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }
  }

  static ContractOperations read(Path contract) {
    try {
      JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(contract.toFile());
      List<Operation> operations = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
          paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        for (String method : METHODS) {
          JsonNode op = path.getValue().get(method);
          if (op != null) {
            operations.add(operation(document, method.toUpperCase(), path.getKey(), op));
          }
        }
      }
      return new ContractOperations(document, List.copyOf(operations));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Operation operation(JsonNode document, String method, String path, JsonNode op) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode p : op.path("parameters")) {
      parameters.add(
          new Parameter(
              p.path("name").asText(),
              p.path("in").asText(),
              p.path("required").asBoolean(false),
              p.path("schema")));
    }
    String bodyType = null;
    JsonNode bodySchema = null;
    JsonNode content = op.path("requestBody").path("content");
    if (content.fields().hasNext()) {
      Map.Entry<String, JsonNode> first = content.fields().next();
      bodyType = first.getKey();
      bodySchema = first.getValue().path("schema");
    }
    return new Operation(
        op.path("operationId").asText(),
        method,
        path,
        List.copyOf(parameters),
        bodyType,
        bodySchema,
        op.path("requestBody").path("required").asBoolean(false));
  }

  /** The schema {@code schema} stands for, following $ref and a single-element allOf. */
  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int depth = 0; depth < 10 && current != null; depth++) {
      if (current.has("$ref")) {
        String name = current.get("$ref").asText().replace("#/components/schemas/", "");
        current = document.path("components").path("schemas").path(name);
      } else if (current.has("allOf")
          && current.get("allOf").size() == 1
          && !current.has("properties")) {
        current = current.get("allOf").get(0);
      } else {
        return current;
      }
    }
    return current;
  }
}
