package se.styrkort.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import se.styrkort.assessment.NodeAssessments;
import se.styrkort.common.DomainException;
import se.styrkort.vocabulary.Language;

/** Reads a whole plan as one document, with the tag that changes whenever any part of it does. */
@ApplicationScoped
public class PlanTreeService {

  /** The document and its ETag value. */
  public record TaggedTree(PlanTreeView tree, long tag) {}

  @Inject PlanTreeQueries queries;
  @Inject NodeAssessments assessments;
  @Inject EntityManager em;

  /**
   * The tree with what {@code include} asks for beside it; one transaction, so that the reads see
   * one consistent snapshot of the plan.
   *
   * @param year when given, only that year's follow-up values are included (targets always all)
   * @param period the code of the reporting period whose assessments the nodes carry; without it,
   *     each node's assessment in the latest period of {@code year} that has one
   */
  @Transactional
  public TaggedTree get(
      long planId, Integer year, Set<PlanTreeInclude> include, String period, Language language) {
    boolean withAssessments = include.contains(PlanTreeInclude.assessments);
    if (period != null && !withAssessments) {
      throw DomainException.invalid("period", "applies only with include=assessments");
    }
    if (withAssessments && period == null && year == null) {
      throw DomainException.invalid(
          "include", "include=assessments needs the year or the period (code) to show");
    }
    PlanRows rows =
        queries
            .load(
                planId,
                year,
                plan ->
                    withAssessments ? assessments(plan, year, period) : NodeAssessments.ByNode.NONE,
                language)
            .orElseThrow(() -> DomainException.notFound("plan", planId));
    return new TaggedTree(PlanTreeAssembler.assemble(rows), rows.tag());
  }

  private NodeAssessments.ByNode assessments(long planId, Integer year, String period) {
    if (period == null) {
      return assessments.latestOfYear(planId, year);
    }
    List<Integer> years =
        em.createQuery(
                "select p.year from ReportingPeriod p where p.planId = :plan and p.code = :code",
                Integer.class)
            .setParameter("plan", planId)
            .setParameter("code", period)
            .getResultList();
    if (years.isEmpty()) {
      throw DomainException.invalid("period", "names no reporting period of plan " + planId);
    }
    if (year != null && years.get(0) != year.intValue()) {
      throw DomainException.invalid(
          "period", "is a period of " + years.get(0) + ", not of the year " + year + " asked for");
    }
    return assessments.ofPeriod(planId, period);
  }
}
