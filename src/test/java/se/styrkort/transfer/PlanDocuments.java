package se.styrkort.transfer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * Small plan documents for tests, built node by node so that a test can break exactly one value: a
 * plan of its own organisation (so it never collides with the demo plan) whose every part is valid
 * until a test says otherwise.
 */
final class PlanDocuments {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlanDocuments() {}

  /** A plan 2024–2026 with baseline 2023 and no focus areas yet. */
  static ObjectNode plan() {
    ObjectNode plan = NODES.objectNode();
    plan.put("formatVersion", 1);
    plan.put("name", "Flerårsplan 2025–2026 (import)");
    plan.put("organisation", "Testkommun " + UUID.randomUUID());
    plan.put("startYear", 2024);
    plan.put("endYear", 2026);
    plan.put("baselineYear", 2023);
    plan.putArray("focusAreas");
    return plan;
  }

  /** Appends a focus area or a sub-goal to {@code parent} and returns it. */
  static ObjectNode goal(ObjectNode parent, String list, String title) {
    ObjectNode goal = array(parent, list).addObject();
    goal.put("title", title);
    goal.putArray("indicators");
    goal.putArray("goals");
    return goal;
  }

  static ObjectNode indicator(ObjectNode goal, String title) {
    ObjectNode indicator = array(goal, "indicators").addObject();
    indicator.put("title", title);
    indicator.putArray("measurementPoints");
    return indicator;
  }

  /** A PERCENT point with the target "GE 100" for 2024 and the baseline outcome 2023. */
  static ObjectNode percentPoint(ObjectNode indicator, String label, double baseline) {
    ObjectNode point = array(indicator, "measurementPoints").addObject();
    point.put("label", label);
    point.put("valueType", "PERCENT");
    point.put("unit", "%");
    ObjectNode target = point.putArray("targets").addObject();
    target.put("year", 2024);
    target.put("comparator", "GE");
    target.put("value", 100);
    target.put("written", "100 %");
    ObjectNode outcome = point.putArray("evaluations").addObject();
    outcome.put("year", 2023);
    outcome.put("kind", "OUTCOME");
    outcome.put("asOf", "2023-12-31");
    outcome.put("value", baseline);
    return point;
  }

  private static ArrayNode array(ObjectNode parent, String field) {
    return (ArrayNode) parent.get(field);
  }
}
