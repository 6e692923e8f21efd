package se.styrkort.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.ProblemCode;
import se.styrkort.goal.GoalContributions;
import se.styrkort.security.CallerAccess;

/**
 * A plan's life: DRAFT → ADOPTED (by a council decision) → ARCHIVED. These are the only ways its
 * status changes once it exists; each refuses, with 409, a plan that is not where the step starts.
 */
@ApplicationScoped
@Transactional
public class PlanLifecycleService {

  @Inject PlanService plans;
  @Inject CallerAccess access;

  /**
   * Adopts a draft; a revision's adoption archives the plan it revises, in the same transaction.
   */
  public Plan adopt(long planId, String ifMatch, PlanAdoptionRequest decision) {
    Plan plan = plans.get(planId);
    EntityTags.requireCurrent(ifMatch, plan.version);
    requireStatus(plan, PlanStatus.DRAFT, "adopted");
    Instant now = Instant.now();
    if (plan.predecessorId != null) {
      Plan predecessor = plans.get(plan.predecessorId);
      if (predecessor.status == PlanStatus.ADOPTED && !access.mayChange(predecessor.id)) {
        // Every side effect on another plan is the caller's change of that plan too.
        throw new DomainException(
            ProblemCode.FORBIDDEN,
            "Adopting plan "
                + planId
                + " archives plan "
                + predecessor.id
                + ", which this key may not change; a key that may change both must adopt it.");
      }
      // Archived meanwhile by hand: there is nothing left to replace.
      if (predecessor.status == PlanStatus.ADOPTED) {
        archive(predecessor, now);
        GoalContributions.follow(predecessor.id, plan.id);
      }
    }
    plan.status = PlanStatus.ADOPTED;
    plan.decisionReference = decision.decisionReference().strip();
    plan.decisionDate = decision.decisionDate();
    plan.adoptedAt = now;
    Plan.flush();
    return plan;
  }

  public Plan archive(long planId, String ifMatch) {
    Plan plan = plans.get(planId);
    EntityTags.requireCurrent(ifMatch, plan.version);
    requireStatus(plan, PlanStatus.ADOPTED, "archived");
    archive(plan, Instant.now());
    Plan.flush();
    return plan;
  }

  private static void archive(Plan plan, Instant now) {
    plan.status = PlanStatus.ARCHIVED;
    plan.archivedAt = now;
  }

  static void requireStatus(Plan plan, PlanStatus required, String step) {
    if (plan.status != required) {
      throw DomainException.conflict(
          "Plan "
              + plan.id
              + " is "
              + plan.status
              + (required == PlanStatus.DRAFT ? "; only a " : "; only an ")
              + required
              + " plan can be "
              + step
              + ".");
    }
  }
}
