package se.styrkort.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.styrkort.common.DomainException;
import se.styrkort.goal.GoalContributions;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanService;
import se.styrkort.plan.PlanStatus;

/**
 * Starts a revision of an adopted plan: a DRAFT copy of its fields and structure (goals,
 * indicators, measurement points, targets) that names the original as its predecessor. The copy is
 * an export written back as a new plan, so it copies exactly what an export/import would. Follow-up
 * values are not copied: they describe what happened, they stay with the original (readable after
 * it is archived) and a copy would record every value twice. Nor are reporting periods and
 * assessments: an assessment judges the original's node in one of the original's periods, and the
 * revision adopts a calendar of its own. The actions still open (no report in their latest reported
 * period says COMPLETED or CANCELLED) are copied with their goals, kind, responsible, dates and
 * decision reference, without status reports; finished ones stay with the original.
 */
@ApplicationScoped
@Transactional
public class PlanReviser {

  /**
   * Who created a revision's goals, indicators, points and targets, in their history: the copy is
   * the service's, not a person's edit (the caller's identity replaces it once there is one).
   */
  public static final String REVISED_BY = "revision";

  @Inject PlanService plans;
  @Inject PlanExporter exporter;
  @Inject PlanDocumentWriter writer;

  public Plan revise(long planId) {
    Plan original = plans.get(planId);
    if (original.status != PlanStatus.ADOPTED) {
      throw DomainException.conflict(
          "Plan " + planId + " is " + original.status + "; only an ADOPTED plan can be revised.");
    }
    long open = Plan.count("predecessorId = ?1 and status = ?2", planId, PlanStatus.DRAFT);
    if (open > 0) {
      // One draft at a time: two would each replace the original when adopted.
      throw DomainException.conflict(
          "Plan " + planId + " already has a DRAFT revision; change or delete that one.");
    }
    PlanDocument structure = exporter.exportStructure(planId);
    PlanImportResult written = writer.write(asDraft(structure), REVISED_BY);
    Plan revision = plans.get(written.planId());
    revision.predecessorId = original.id;
    // The next plan of the same body: a committee's revision stays the committee's.
    revision.organisationUnitId = original.organisationUnitId;
    GoalContributions.copy(original.id, revision.id);
    Plan.flush();
    return revision;
  }

  private static PlanDocument asDraft(PlanDocument document) {
    return new PlanDocument(
        document.formatVersion(),
        document.exportedFrom(),
        document.name(),
        document.organisation(),
        document.organisationCode(),
        document.startYear(),
        document.endYear(),
        document.baselineYear(),
        PlanStatus.DRAFT,
        document.description(),
        document.fulfilmentRule(),
        document.recordedBy(),
        document.focusAreas(),
        null,
        null,
        document.actions());
  }
}
