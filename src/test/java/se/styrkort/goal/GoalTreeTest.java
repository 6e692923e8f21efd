package se.styrkort.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree order and the cycle check, on plain objects: no database, no Quarkus. */
class GoalTreeTest {

  private static Goal node(long id, Long parentId, int position) {
    Goal goal = new Goal();
    goal.id = id;
    goal.parentId = parentId;
    goal.kind = parentId == null ? GoalKind.FOCUS_AREA : GoalKind.GOAL;
    goal.position = position;
    return goal;
  }

  private static List<Long> ids(List<Goal> goals) {
    return goals.stream().map(goal -> goal.id).toList();
  }

  @Test
  void focusAreasComeByPositionEachFollowedByItsSubtree() {
    List<Goal> flat =
        List.of(
            node(1, null, 2),
            node(2, null, 1),
            node(3, 1L, 2),
            node(4, 1L, 1),
            node(5, 2L, 1),
            node(6, 4L, 1));

    assertEquals(List.of(2L, 5L, 1L, 4L, 6L, 3L), ids(GoalTree.depthFirst(flat)));
  }

  @Test
  void equalPositionsKeepCreationOrder() {
    List<Goal> flat = List.of(node(9, null, 1), node(7, null, 1), node(8, null, 1));

    assertEquals(List.of(7L, 8L, 9L), ids(GoalTree.depthFirst(flat)));
  }

  @Test
  void aRowWhoseParentIsMissingIsStillListed() {
    List<Goal> flat = List.of(node(1, null, 1), node(2, 42L, 1));

    assertEquals(List.of(1L, 2L), ids(GoalTree.depthFirst(flat)));
  }

  @Test
  void subtreeHoldsTheNodeItselfAndEverythingBeneathIt() {
    List<Goal> flat = List.of(node(1, null, 1), node(2, 1L, 1), node(3, 2L, 1), node(4, 1L, 2));

    assertTrue(GoalTree.isWithinSubtree(flat, 2, 2));
    assertTrue(GoalTree.isWithinSubtree(flat, 2, 3));
    assertFalse(GoalTree.isWithinSubtree(flat, 2, 4));
    assertFalse(GoalTree.isWithinSubtree(flat, 2, 1));
  }
}
