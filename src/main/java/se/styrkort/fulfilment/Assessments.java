package se.styrkort.fulfilment;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The approved assessments of a tree's nodes: the status a person judged each to have, an input to
 * the roll-up as follow-up values are to the points. Only counted where the plan's rule says so
 * ({@link FulfilmentRule#rollUpAssessed()}).
 */
public record Assessments(Map<NodeKind, Map<Long, AssessedStatus>> approved) {

  /** No assessments: every node counts with its computed status. */
  public static final Assessments NONE = new Assessments(Map.of());

  public Assessments {
    Map<NodeKind, Map<Long, AssessedStatus>> copy = new EnumMap<>(NodeKind.class);
    approved.forEach((kind, byId) -> copy.put(kind, Map.copyOf(byId)));
    approved = Map.copyOf(copy);
  }

  /** These assessments and one more (a later one for the same node replaces the earlier). */
  public Assessments and(NodeKind kind, long id, AssessedStatus status) {
    Map<NodeKind, Map<Long, AssessedStatus>> more = new EnumMap<>(NodeKind.class);
    approved.forEach((k, byId) -> more.put(k, new HashMap<>(byId)));
    more.computeIfAbsent(kind, k -> new HashMap<>()).put(id, status);
    return new Assessments(more);
  }

  /** The node's approved assessed status, or null. */
  public AssessedStatus of(NodeKind kind, long id) {
    return approved.getOrDefault(kind, Map.of()).get(id);
  }
}
