package se.styrkort.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reads a public page makes, as a generator sees them: every property the server always sends
 * (all of them: Jackson writes nulls too) is required in the contract, so openapi-typescript's
 * types have no optional property a page must guard with ?. or ??. Counted over
 * openapi/openapi.yaml.
 */
class PageReadsRequiredTest {

  static final List<String> PAGE_READS =
      List.of(
          "listPlans",
          "getPlan",
          "getCurrentPlan",
          "getPlanTree",
          "getGoalTree",
          "getPlanFulfilment",
          "listGoals",
          "getGoal",
          "getGoalFulfilment",
          "listIndicators",
          "getIndicator",
          "getIndicatorFulfilment",
          "listMeasurementPoints",
          "getMeasurementPoint",
          "getMeasurementPointFulfilment",
          "listEvaluations",
          "getEvaluation");

  static final Set<String> KNOWN_SHARED_WITH_REQUESTS =
      Set.of(
          "FulfilmentRule.pointRule",
          "FulfilmentRule.pointPartialShare",
          "FulfilmentRule.rollUpRule",
          "FulfilmentRule.rollUpFulfilledShare",
          "FulfilmentRule.rollUpPartialShare",
          "FulfilmentRule.rollUpAssessed");

  @Test
  void noPropertyOfThePagesReadsIsOptional() throws Exception {
    JsonNode contract =
        new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml"));
    Set<String> found = new HashSet<>();
    List<String> optional = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode path : iterable(contract.path("paths"))) {
      for (JsonNode operation : iterable(path)) {
        String id = operation.path("operationId").asText();
        if (!PAGE_READS.contains(id)) {
          continue;
        }
        found.add(id);
        JsonNode schema =
            operation.path("responses").path("200").path("content").path("application/json");
        walk(contract, schema.path("schema"), id, seen, optional);
      }
    }
    assertEquals(new HashSet<>(PAGE_READS), found, "every page read is in the contract");
    assertTrue(seen.size() > 10, "the walk reached the page's schemas: " + seen);
    // Known and left: FulfilmentRule is one schema for the plan's request (where each field has
    // a default and so must stay optional) and its answers; it needs a response schema of its own.
    optional.removeIf(KNOWN_SHARED_WITH_REQUESTS::contains);
    assertEquals(
        List.of(), optional, optional.size() + " optional properties that are always sent");
  }

  private static void walk(
      JsonNode contract, JsonNode schema, String where, Set<String> seen, List<String> optional) {
    if (schema.isMissingNode()) {
      return;
    }
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
      if (seen.add(name)) {
        walk(
            contract, contract.path("components").path("schemas").path(name), name, seen, optional);
      }
      return;
    }
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    var properties = schema.path("properties").fields();
    while (properties.hasNext()) {
      var property = properties.next();
      if (!required.contains(property.getKey()) && !"Problem".equals(where)) {
        optional.add(where + "." + property.getKey());
      }
      walk(contract, property.getValue(), where, seen, optional);
    }
    walk(contract, schema.path("items"), where, seen, optional);
    for (String combination : List.of("allOf", "oneOf", "anyOf")) {
      schema.path(combination).forEach(part -> walk(contract, part, where, seen, optional));
    }
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    List<JsonNode> values = new ArrayList<>();
    node.elements().forEachRemaining(values::add);
    return values;
  }
}
