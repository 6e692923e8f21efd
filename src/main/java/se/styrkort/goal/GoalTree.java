package se.styrkort.goal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order and shape of a plan's goal tree, worked out in memory from the flat list that one query
 * returns, so that reading or checking the tree costs the same whatever its size.
 */
public final class GoalTree {

  private static final Comparator<Goal> SIBLING_ORDER =
      Comparator.<Goal>comparingInt(g -> g.position).thenComparing(g -> g.id);

  private GoalTree() {}

  /**
   * Depth first: each focus area by position, followed by its goals and theirs, recursively, by
   * position among siblings.
   */
  public static List<Goal> depthFirst(Collection<Goal> goals) {
    Map<Long, List<Goal>> children = new HashMap<>();
    for (Goal goal : goals) {
      children.computeIfAbsent(goal.parentId, parent -> new ArrayList<>()).add(goal);
    }
    children.values().forEach(siblings -> siblings.sort(SIBLING_ORDER));
    List<Goal> ordered = new ArrayList<>(goals.size());
    Set<Long> visited = new HashSet<>();
    visit(children.getOrDefault(null, List.of()), children, ordered, visited);
    // The service keeps every parent in the same plan, so nothing is left over; should a row
    // ever be orphaned, it is still listed (last) rather than silently hidden.
    if (ordered.size() < goals.size()) {
      goals.stream()
          .filter(goal -> !visited.contains(goal.id))
          .sorted(SIBLING_ORDER)
          .forEach(ordered::add);
    }
    return ordered;
  }

  private static void visit(
      List<Goal> siblings, Map<Long, List<Goal>> children, List<Goal> ordered, Set<Long> visited) {
    for (Goal goal : siblings) {
      if (visited.add(goal.id)) {
        ordered.add(goal);
        visit(children.getOrDefault(goal.id, List.of()), children, ordered, visited);
      }
    }
  }

  /** Whether {@code candidateId} is {@code rootId} itself or lies anywhere beneath it. */
  public static boolean isWithinSubtree(Collection<Goal> goals, long rootId, long candidateId) {
    Map<Long, Long> parents = new HashMap<>();
    goals.forEach(goal -> parents.put(goal.id, goal.parentId));
    Long current = candidateId;
    // Bounded by the number of goals, so that even a corrupt cycle cannot loop forever.
    for (int step = 0; current != null && step <= goals.size(); step++) {
      if (current == rootId) {
        return true;
      }
      current = parents.get(current);
    }
    return false;
  }
}
