package se.styrkort.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.goal.GoalContributions;

/**
 * A plan's life: DRAFT → ADOPTED (by a council decision) → ARCHIVED. These are the only ways its
 * status changes once it exists; each refuses, with 409, a plan that is not where the step starts.
 */
@ApplicationScoped
@Transactional
public class PlanLifecycleService {

  @Inject PlanService plans;

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
