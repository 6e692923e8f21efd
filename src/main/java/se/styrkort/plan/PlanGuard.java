package se.styrkort.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import se.styrkort.common.DomainException;
import se.styrkort.common.ProblemCode;

/**
 * The one place that says whether a plan's structure may change: only a draft's may. Once the
 * council has adopted a plan its goals, indicators, measurement points and targets are what was
 * decided; a change goes into a revision (POST /plans/{planId}/revisions). Follow-up values are not
 * structure and stay open.
 */
@ApplicationScoped
public class PlanGuard {

  @Inject EntityManager em;

  /** Refuses a structural change to the plan unless it is a draft. */
  public void requireEditable(Plan plan) {
    if (plan.status != PlanStatus.DRAFT) {
      throw frozen(plan.id, plan.status);
    }
  }

  /**
   * As {@link #requireEditable(Plan)}, for a plan known by id (a missing plan passes: 404 later).
   */
  public void requireEditable(long planId) {
    check(
        planId,
        em.createQuery("select p.status from Plan p where p.id = :id", PlanStatus.class)
            .setParameter("id", planId)
            .getResultList());
  }

  static DomainException frozen(long planId, PlanStatus status) {
    return new DomainException(
        ProblemCode.PLAN_FROZEN,
        "Plan "
            + planId
            + " is "
            + status
            + ": its goals, indicators, measurement points, targets and fields can no longer"
            + " change."
            + (status == PlanStatus.ADOPTED
                ? " Create a revision (POST /api/v1/plans/" + planId + "/revisions) and change it;"
                : " Revise the plan that replaced it instead;")
            + " follow-up values stay open.");
  }

  private static void check(long planId, List<PlanStatus> found) {
    if (!found.isEmpty() && found.get(0) != PlanStatus.DRAFT) {
      throw frozen(planId, found.get(0));
    }
  }
}
