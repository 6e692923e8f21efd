package se.styrkort.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * Small plan documents for tests, built node by node so that a test can break exactly one value: a
 * plan of its own organisation (so it never collides with the demo plan) whose every part is valid
 * until a test says otherwise.
 */
final class PlanDocuments {

  /** An author and a time that an import must not keep: it records the importer, now. */
  static final String FORGED_AUTHOR = "api-key 107 (kommunens-approver)";

  static final String BACKDATED = "2020-01-15T08:00:00Z";

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

  /** Delår 2024 (closed) and Helår 2024 (open) as the plan's reporting periods. */
  static ArrayNode periods2024(ObjectNode plan) {
    ArrayNode periods = plan.putArray("reportingPeriods");
    period(periods, "2024-DELAR", "Delår 2024", "2024-08-31", "2024-09-30", "FORECAST", "CLOSED");
    period(periods, "2024-HELAR", "Helår 2024", "2024-12-31", "2025-02-15", "OUTCOME", "OPEN");
    return periods;
  }

  private static void period(
      ArrayNode periods,
      String code,
      String label,
      String asOf,
      String deadline,
      String kind,
      String state) {
    ObjectNode period = periods.addObject();
    period.put("year", 2024);
    period.put("code", code);
    period.put("label", label);
    period.put("asOf", asOf);
    period.put("deadline", deadline);
    period.put("expectedKind", kind);
    period.put("state", state);
  }

  /** Marks the entry as recorded by another, backdated: what an import must not keep. */
  static ObjectNode forged(ObjectNode entry) {
    entry.put("recordedBy", FORGED_AUTHOR);
    entry.put("recordedAt", BACKDATED);
    return entry;
  }

  /**
   * The exported document without what an import replaces, so that two exports compare: the plan's
   * status, and who recorded each entry of the lists named (evaluations, assessments, …) and when.
   */
  static ObjectNode withoutProvenance(ObjectNode document, String... recordedLists) {
    document.remove("status");
    for (String list : recordedLists) {
      for (JsonNode entries : document.findValues(list)) {
        for (JsonNode entry : entries) {
          ((ObjectNode) entry).remove(List.of("recordedBy", "recordedAt"));
        }
      }
    }
    return document;
  }

  private static ArrayNode array(ObjectNode parent, String field) {
    return (ArrayNode) parent.get(field);
  }
}
