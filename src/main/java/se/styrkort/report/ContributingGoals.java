package se.styrkort.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.common.DomainException;
import se.styrkort.fulfilment.Basis;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.goal.Goal;
import se.styrkort.organisation.OrganisationUnit;
import se.styrkort.plan.Plan;
import se.styrkort.report.FulfilmentViews.StatusCountsView;
import se.styrkort.report.FulfilmentViews.TreeFulfilment;
import se.styrkort.security.CallerAccess;

/**
 * The goals of plans below that contribute to a goal (the committees' nämndmål beneath the
 * council's fullmäktigemål), each with its own computed fulfilment for the year and its assessment
 * beside it (see {@link GoalAssessments}).
 */
@ApplicationScoped
@Transactional
public class ContributingGoals {

  @Inject FulfilmentService fulfilment;
  @Inject CallerAccess caller;
  @Inject GoalAssessments assessments;

  @Schema(
      name = "GoalContributions",
      description =
          "The goals that contribute to a goal, from the plans of units beneath its plan's, with"
              + " their computed fulfilment and their assessment: what the council's follow-up is"
              + " judged from.")
  public record Contributions(
      @Schema(example = "3", required = true) long goalId,
      @Schema(example = "2024", required = true) int year,
      @Schema(example = "LATEST", required = true) Basis basis,
      @Schema(example = "false", required = true) boolean approvedOnly,
      @Schema(
              required = true,
              description =
                  "The contributing goals the caller may read, by plan then place in the plan.")
          List<Contribution> items) {}

  @Schema(name = "GoalContribution")
  public record Contribution(
      @Schema(example = "41", required = true) long goalId,
      @Schema(example = "GOAL", required = true) NodeKind kind,
      @Schema(example = "Alla elever i årskurs 9 är behöriga till gymnasiet", required = true)
          String title,
      @Schema(example = "7", required = true) long planId,
      @Schema(example = "Barn- och utbildningsnämndens plan 2025–2026", required = true)
          String planName,
      @Schema(example = "2", nullable = true, required = true) Long organisationUnitId,
      @Schema(example = "Barn- och utbildningsnämnden", nullable = true, required = true)
          String organisationUnitName,
      @Schema(
              example = "PARTIALLY_FULFILLED",
              required = true,
              description = "The computed status, in its own plan.")
          FulfilmentStatus status,
      @Schema(example = "0.5", nullable = true, required = true) Double shareFulfilled,
      @Schema(required = true) StatusCountsView counts,
      @Schema(nullable = true, required = true, description = GoalAssessments.DESCRIPTION)
          NodeAssessment assessment,
      @Schema(
              nullable = true,
              required = true,
              example = "false",
              description =
                  "Whether the assessment differs from the computed status; null without one.")
          Boolean deviatesFromComputed) {}

  public Contributions of(long goalId, Integer year, Basis basis, boolean approvedOnly) {
    Goal goal =
        Goal.<Goal>findByIdOptional(goalId)
            .orElseThrow(() -> DomainException.notFound("goal", goalId));
    Plan plan = Plan.findById(goal.planId);
    int judged = year != null ? year : plan.endYear;
    if (judged < plan.startYear || judged > plan.endYear) {
      throw DomainException.invalid(
          "year", "must lie within the plan's years " + plan.startYear + "–" + plan.endYear);
    }
    Basis used = basis == null ? Basis.LATEST : basis;
    List<Goal> contributors =
        Goal.<Goal>list("contributesToGoalId = ?1 order by planId, position, id", goalId).stream()
            .filter(
                g -> caller.readablePlanIds().map(plans -> plans.contains(g.planId)).orElse(true))
            .toList();
    Set<Long> planIds = contributors.stream().map(g -> g.planId).collect(Collectors.toSet());
    Map<Long, Plan> plans =
        planIds.isEmpty()
            ? Map.of()
            : Plan.<Plan>list("id in ?1", planIds).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    Set<Long> unitIds =
        plans.values().stream()
            .map(p -> p.organisationUnitId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    Map<Long, OrganisationUnit> units =
        unitIds.isEmpty()
            ? Map.of()
            : OrganisationUnit.<OrganisationUnit>list("id in ?1", unitIds).stream()
                .collect(Collectors.toMap(u -> u.id, Function.identity()));
    Map<Long, GoalAssessments.Shown> shown = new java.util.HashMap<>();
    List<Contribution> items =
        contributors.stream()
            .map(
                g -> {
                  NodeKind kind =
                      g.kind == se.styrkort.goal.GoalKind.FOCUS_AREA
                          ? NodeKind.FOCUS_AREA
                          : NodeKind.GOAL;
                  Plan owner = plans.get(g.planId);
                  OrganisationUnit unit =
                      owner.organisationUnitId == null ? null : units.get(owner.organisationUnitId);
                  if (judged < owner.startYear || judged > owner.endYear) {
                    // The committee's plan does not reach that year: nothing to judge it by.
                    return new Contribution(
                        g.id,
                        kind,
                        g.title,
                        owner.id,
                        owner.name,
                        owner.organisationUnitId,
                        unit == null ? null : unit.name,
                        FulfilmentStatus.NO_TARGET,
                        null,
                        new StatusCountsView(0, 0, 0, 0, 0, 0, 0),
                        null,
                        null);
                  }
                  TreeFulfilment computed = fulfilment.forGoal(g.id, judged, used, approvedOnly);
                  NodeAssessment assessment =
                      shown
                          .computeIfAbsent(owner.id, id -> assessments.of(id, judged, approvedOnly))
                          .of(kind, g.id);
                  return new Contribution(
                      g.id,
                      kind,
                      g.title,
                      owner.id,
                      owner.name,
                      owner.organisationUnitId,
                      unit == null ? null : unit.name,
                      computed.node().status(),
                      computed.node().shareFulfilled(),
                      computed.node().counts(),
                      assessment,
                      assessment == null
                          ? null
                          : assessment.status().deviatesFrom(computed.node().status()));
                })
            .toList();
    return new Contributions(goalId, judged, used, approvedOnly, items);
  }
}
