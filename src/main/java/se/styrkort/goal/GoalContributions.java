package se.styrkort.goal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.styrkort.common.DomainException;
import se.styrkort.organisation.OrganisationUnit;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanStatus;

/**
 * Goals that contribute to a goal of a plan above their own: a committee's nämndmål beneath the
 * council's fullmäktigemål. The link is the contributing goal's; it follows both plans through
 * their revisions, as the people who keep them expect.
 */
public final class GoalContributions {

  private GoalContributions() {}

  /**
   * Checks that a goal of {@code planId} may contribute to {@code targetId}: a focus area or goal
   * of an adopted plan whose organisation unit lies above this plan's, that the caller may read. An
   * id the caller may not read is answered exactly as one that does not exist.
   */
  static void requireValid(long planId, Long targetId, Optional<Set<Long>> readablePlans) {
    if (targetId == null) {
      return;
    }
    String field = "contributesToGoalId";
    Goal target = Goal.<Goal>findByIdOptional(targetId).orElse(null);
    Plan above = target == null ? null : Plan.findById(target.planId);
    // A committee's key reaches its own plans, and may still link to the council's public plan.
    boolean visible =
        above != null
            && (readablePlans.map(plans -> plans.contains(above.id)).orElse(true)
                || (above.publicRead && above.status == PlanStatus.ADOPTED));
    if (!visible) {
      throw DomainException.invalid(field, "names no goal");
    }
    Plan own = Plan.findById(planId);
    if (above.status != PlanStatus.ADOPTED) {
      throw DomainException.invalid(field, "must be a goal of an adopted plan");
    }
    OrganisationUnit ownUnit =
        own.organisationUnitId == null ? null : OrganisationUnit.findById(own.organisationUnitId);
    OrganisationUnit aboveUnit =
        above.organisationUnitId == null
            ? null
            : OrganisationUnit.findById(above.organisationUnitId);
    if (ownUnit == null
        || aboveUnit == null
        || ownUnit.id.equals(aboveUnit.id)
        || !ownUnit.path.startsWith(aboveUnit.path)) {
      throw DomainException.invalid(
          field,
          "must be a goal of a plan of an organisation unit above this plan's (both plans need a"
              + " unit)");
    }
  }

  /**
   * A revision of a plan carries its goals' links: each goal of {@code revisionId} gets the link of
   * the goal at the same place in {@code originalId}'s tree.
   */
  public static void copy(long originalId, long revisionId) {
    Map<String, Goal> revision = byPlace(revisionId);
    byPlace(originalId)
        .forEach(
            (place, goal) -> {
              Goal copy = revision.get(place);
              if (copy != null && goal.contributesToGoalId != null) {
                copy.contributesToGoalId = goal.contributesToGoalId;
              }
            });
  }

  /**
   * When a revision replaces an adopted plan, the goals that contributed to the old plan's goals
   * contribute to the goals at the same place in the new one.
   */
  public static void follow(long replacedId, long replacementId) {
    Map<String, Goal> replacement = byPlace(replacementId);
    byPlace(replacedId)
        .forEach(
            (place, old) -> {
              Goal successor = replacement.get(place);
              if (successor == null) {
                return;
              }
              for (Goal contributor : Goal.<Goal>list("contributesToGoalId", old.id)) {
                contributor.contributesToGoalId = successor.id;
              }
            });
  }

  /** How many goals contribute to {@code goalId}: they keep it from being deleted. */
  static long countTo(long goalId) {
    return Goal.count("contributesToGoalId", goalId);
  }

  /**
   * A plan's goals by their place in its tree: the indices among siblings, ordered by position then
   * id, from the focus area down ("0/2/1"). A revision copies the tree, so the same place names the
   * same goal in both.
   */
  static Map<String, Goal> byPlace(long planId) {
    Map<Long, List<Goal>> children = new HashMap<>();
    for (Goal goal : Goal.<Goal>list("planId", planId)) {
      children
          .computeIfAbsent(goal.parentId == null ? 0L : goal.parentId, k -> new ArrayList<>())
          .add(goal);
    }
    Map<String, Goal> places = new HashMap<>();
    walk(children, 0L, "", places);
    return places;
  }

  private static void walk(
      Map<Long, List<Goal>> children, long parent, String prefix, Map<String, Goal> places) {
    List<Goal> siblings = new ArrayList<>(children.getOrDefault(parent, List.of()));
    siblings.sort(Comparator.comparingInt((Goal g) -> g.position).thenComparing(g -> g.id));
    for (int i = 0; i < siblings.size(); i++) {
      Goal goal = siblings.get(i);
      String place = prefix + i;
      places.put(place, goal);
      walk(children, goal.id, place + "/", places);
    }
  }
}
