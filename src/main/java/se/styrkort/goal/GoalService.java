package se.styrkort.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.PageRequest;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.ProblemCode;
import se.styrkort.history.Change;
import se.styrkort.history.ChangeLog;
import se.styrkort.history.EntityType;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.PlanGuard;
import se.styrkort.plan.PlanService;
import se.styrkort.security.CallerAccess;

/**
 * The goal tree of a plan. Its rules: a focus area is top level; a goal hangs under a focus area or
 * goal of the same plan, never under itself or its own sub-goals; a node's kind is fixed. A request
 * that breaks them is refused with 409 naming the field, and nothing is written.
 */
@ApplicationScoped
@Transactional
public class GoalService {

  @Inject GoalRepository goals;
  @Inject PlanService plans;
  @Inject PlanGuard guard;
  @Inject ChangeLog history;
  @Inject CallerAccess caller;

  /** The plan's goals in tree order, optionally only one kind or the children of one parent. */
  public List<Goal> list(long planId, GoalKind kind, Long parentId, PageRequest page) {
    plans.get(planId);
    List<Goal> matching =
        GoalTree.depthFirst(goals.listByPlan(planId)).stream()
            .filter(goal -> kind == null || goal.kind == kind)
            .filter(goal -> parentId == null || parentId.equals(goal.parentId))
            .toList();
    int from = Math.min(page.offset(), matching.size());
    int to = Math.min(from + page.fetchSize(), matching.size());
    return matching.subList(from, to);
  }

  /** The goal or focus area with this id; 404 if there is none. */
  public Goal get(long id) {
    return goals.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("goal", id));
  }

  /** The goal or focus area with this id, if there is one (for references in a body). */
  public Optional<Goal> find(long id) {
    return goals.findByIdOptional(id);
  }

  public Goal create(long planId, GoalRequest request) {
    guard.requireEditable(plans.get(planId));
    Goal goal = new Goal();
    goal.planId = planId;
    goal.kind = request.kind();
    requireValidParent(goal, request.parentId());
    goal.parentId = request.parentId();
    goal.position =
        request.position() != null
            ? request.position()
            : goals.nextPosition(planId, request.parentId());
    GoalContributions.requireValid(planId, request.contributesToGoalId(), caller.readablePlanIds());
    applyText(request, goal);
    goals.persistAndFlush(goal);
    record(goal, Change.CREATED, null, goal.version);
    return goal;
  }

  public Goal update(long id, String ifMatch, GoalRequest request) {
    Goal goal = get(id);
    guard.requireEditable(goal.planId);
    EntityTags.requireCurrent(ifMatch, goal.version);
    GoalView before = GoalView.from(goal);
    if (request.kind() != goal.kind) {
      throw conflict(
          "kind",
          "cannot change from "
              + goal.kind
              + " to "
              + request.kind()
              + "; create a new node and move the children instead");
    }
    boolean moved = !Objects.equals(goal.parentId, request.parentId());
    if (moved) {
      requireValidParent(goal, request.parentId());
    }
    // Every query comes before the first change: a query would flush a half-made change and
    // spend a version on it, and one update must move the ETag by exactly one.
    int position =
        request.position() != null
            ? request.position()
            : moved ? goals.nextPosition(goal.planId, request.parentId()) : goal.position;
    GoalContributions.requireValid(
        goal.planId, request.contributesToGoalId(), caller.readablePlanIds());
    goal.parentId = request.parentId();
    goal.position = position;
    applyText(request, goal);
    goals.flush();
    if (!before.equals(GoalView.from(goal))) {
      record(goal, Change.UPDATED, before, goal.version);
    }
    return goal;
  }

  public void delete(long id, String ifMatch) {
    Goal goal = get(id);
    guard.requireEditable(goal.planId);
    EntityTags.requireCurrent(ifMatch, goal.version);
    long subGoals = goals.count("parentId", id);
    long indicators = Indicator.count("goalId", id);
    List<String> blockers = new ArrayList<>();
    if (subGoals > 0) {
      blockers.add(subGoals + (subGoals == 1 ? " sub-goal" : " sub-goals"));
    }
    if (indicators > 0) {
      blockers.add(indicators + (indicators == 1 ? " indicator" : " indicators"));
    }
    long assessments =
        ((Number)
                goals
                    .getEntityManager()
                    .createNativeQuery(
                        "select count(*) from assessment where node_kind in ('FOCUS_AREA',"
                            + " 'GOAL') and node_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .longValue();
    if (assessments > 0) {
      blockers.add(assessments + (assessments == 1 ? " assessment" : " assessments"));
    }
    long actions =
        ((Number)
                goals
                    .getEntityManager()
                    .createNativeQuery("select count(*) from plan_action_goal where goal_id = ?1")
                    .setParameter(1, id)
                    .getSingleResult())
            .longValue();
    if (actions > 0) {
      blockers.add(actions + (actions == 1 ? " action" : " actions"));
    }
    long contributors = GoalContributions.countTo(id);
    if (contributors > 0) {
      blockers.add(
          contributors + (contributors == 1 ? " contributing goal" : " contributing goals"));
    }
    if (!blockers.isEmpty()) {
      throw DomainException.hasDependents(
          goal.kind == GoalKind.FOCUS_AREA ? "focus area" : "goal", blockers);
    }
    record(goal, Change.DELETED, GoalView.from(goal), goal.version + 1);
    goals.delete(goal);
  }

  private void record(Goal goal, Change change, GoalView before, long version) {
    GoalView after = change == Change.DELETED ? null : GoalView.from(goal);
    history.record(EntityType.GOAL, goal.id, goal.planId, null, version, change, before, after);
  }

  private void requireValidParent(Goal goal, Long parentId) {
    if (goal.kind == GoalKind.FOCUS_AREA) {
      if (parentId != null) {
        throw conflict("parentId", "must be null: a focus area is the top of the tree");
      }
      return;
    }
    if (parentId == null) {
      throw conflict("parentId", "is required: a goal hangs under a focus area or another goal");
    }
    // One answer whether the goal does not exist or is in another plan: nothing to enumerate.
    Goal parent =
        goals
            .findByIdOptional(parentId)
            .filter(found -> found.planId == goal.planId)
            .orElseThrow(
                () -> DomainException.noneInPlan("parentId", "goal", parentId, goal.planId));
    if (goal.id != null
        && GoalTree.isWithinSubtree(goals.listByPlan(goal.planId), goal.id, parentId)) {
      throw conflict("parentId", "is this goal or one of its sub-goals; that would make a cycle");
    }
  }

  private static void applyText(GoalRequest request, Goal goal) {
    se.styrkort.organisation.OrganisationUnitService.requireExists(
        request.responsibleUnitId(), "responsibleUnitId");
    goal.responsibleUnitId = request.responsibleUnitId();
    goal.responsiblePerson = person(request.responsiblePerson());
    goal.title = request.title().strip();
    goal.description = request.description();
    goal.goalClass = request.goalClass();
    goal.goodFinancialManagement = Boolean.TRUE.equals(request.goodFinancialManagement());
    goal.contributesToGoalId = request.contributesToGoalId();
  }

  /** A responsible person as stored: stripped, and null for nothing. */
  public static String person(String person) {
    return person == null || person.isBlank() ? null : person.strip();
  }

  private static DomainException conflict(String field, String message) {
    return new DomainException(
        ProblemCode.CONFLICT, field + ": " + message, List.of(new FieldError(field, message)));
  }
}
