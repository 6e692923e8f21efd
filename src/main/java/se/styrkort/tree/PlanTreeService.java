package se.styrkort.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import se.styrkort.action.ActionStatus;
import se.styrkort.action.PlanAction;
import se.styrkort.assessment.NodeAssessments;
import se.styrkort.common.DomainException;
import se.styrkort.fulfilment.Basis;
import se.styrkort.report.FulfilmentViews;
import se.styrkort.vocabulary.Language;

/** Reads a whole plan as one document, with the tag that changes whenever any part of it does. */
@ApplicationScoped
public class PlanTreeService {

  /** The document and its ETag value. */
  public record TaggedTree(PlanTreeView tree, long tag) {}

  @Inject PlanTreeQueries queries;
  @Inject NodeAssessments assessments;
  @Inject EntityManager em;
  @Inject se.styrkort.report.FulfilmentService fulfilment;
  @Inject se.styrkort.action.ActionService actions;

  /** A focus area's or goal's part of the tree, with the plan it belongs to. */
  public record TaggedSubtree(PlanSubtreeView subtree, long tag) {}

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
      long planId,
      Integer year,
      Set<PlanTreeInclude> include,
      PlanTreeDetail detail,
      String period,
      Language language) {
    boolean summary = detail == PlanTreeDetail.summary;
    for (PlanTreeInclude needsYear : List.of(PlanTreeInclude.fulfilment, PlanTreeInclude.actions)) {
      if (include.contains(needsYear) && year == null) {
        throw DomainException.invalid("year", "include=" + needsYear + " needs the year to show");
      }
    }
    if (summary && year == null) {
      throw DomainException.invalid("year", "detail=summary needs the year to show");
    }
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
    // The fulfilment document's own computation, in this transaction: the statuses are the ones
    // GET /plans/{planId}/fulfilment?year= answers, by construction. With include=actions too it
    // counts the actions itself (FulfilmentIncludes reads the same include parameter).
    FulfilmentViews.TreeFulfilment judged =
        include.contains(PlanTreeInclude.fulfilment)
            ? fulfilment.forPlan(planId, year, Basis.LATEST, false)
            : null;
    boolean withActions = include.contains(PlanTreeInclude.actions);
    // The fulfilment counted the actions where it was asked to (FulfilmentIncludes): not twice.
    boolean counted = judged != null && judged.node().actions() != null;
    java.util.Map<PlanAction, ActionStatus> statuses =
        withActions && !counted ? actions.statusInYear(planId, year) : null;
    return new TaggedTree(
        PlanTreeAssembler.assemble(
            rows, PlanTreeAssembler.Embedded.of(judged, statuses, withActions, summary)),
        rows.tag());
  }

  /**
   * A focus area's or goal's part of its plan's tree, as the whole tree with the same parameters
   * has it: cut from the plan's tree, so that both always agree.
   */
  @Transactional
  public TaggedSubtree subtree(
      long goalId,
      Integer year,
      Set<PlanTreeInclude> include,
      PlanTreeDetail detail,
      String period,
      Language language) {
    List<Long> plans =
        em.createQuery("select g.planId from Goal g where g.id = :goal", Long.class)
            .setParameter("goal", goalId)
            .getResultList();
    if (plans.isEmpty()) {
      throw DomainException.notFound("goal", goalId);
    }
    TaggedTree whole = get(plans.get(0), year, include, detail, period, language);
    PlanTreeView tree = whole.tree();
    java.util.ArrayDeque<TreeGoalView> open = new java.util.ArrayDeque<>(tree.focusAreas());
    while (!open.isEmpty()) {
      TreeGoalView goal = open.pop();
      if (goal.id() == goalId) {
        return new TaggedSubtree(
            new PlanSubtreeView(tree.id(), tree.name(), tree.status(), tree.lastModified(), goal),
            whole.tag());
      }
      open.addAll(goal.goals());
    }
    throw DomainException.notFound("goal", goalId);
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
