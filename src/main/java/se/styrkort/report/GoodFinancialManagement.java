package se.styrkort.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.Basis;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.goal.Goal;
import se.styrkort.goal.GoalClass;
import se.styrkort.report.FulfilmentViews.NodeFulfilment;
import se.styrkort.report.FulfilmentViews.RuleInForce;
import se.styrkort.report.FulfilmentViews.StatusCountsView;
import se.styrkort.report.FulfilmentViews.TreeFulfilment;

/**
 * The statutory evaluation of god ekonomisk hushållning (Kommunallagen 11 kap, LKBR): the plan's
 * goals marked for it, each with its fulfilment for the year, and the sentence the annual report's
 * förvaltningsberättelse needs.
 */
@ApplicationScoped
@Transactional
public class GoodFinancialManagement {

  @Inject FulfilmentService fulfilment;
  @Inject GoalAssessments assessments;

  @Schema(
      name = "GoodFinancialManagementEvaluation",
      description =
          "The goals for god ekonomisk hushållning of a plan and year, with their computed"
              + " status, and a summary in Swedish for the annual report.")
  public record Evaluation(
      @Schema(example = "1", required = true) long planId,
      @Schema(example = "2024", required = true) int year,
      @Schema(example = "LATEST", required = true) Basis basis,
      @Schema(example = "false", required = true) boolean approvedOnly,
      @Schema(
              example = "4",
              required = true,
              description =
                  "Goals judged fulfilled: by their assessment where they have one (its status"
                      + " FULFILLED), else by their computed status (FULFILLED). The summary"
                      + " counts these.")
          int fulfilled,
      @Schema(
              example = "3",
              required = true,
              description = "Goals whose computed status is FULFILLED, whatever their assessment.")
          int fulfilledComputed,
      @Schema(
              example = "5",
              required = true,
              description = "Goals judged by their assessment rather than the computed status.")
          int assessed,
      @Schema(example = "5", required = true, description = "Goals for god ekonomisk hushållning.")
          int total,
      @Schema(
              example = "4 av 5 mål för god ekonomisk hushållning bedöms uppfyllda.",
              required = true,
              description =
                  "The summary sentence, in Swedish: \"bedöms uppfyllda\" when any goal is"
                      + " judged by its assessment, \"är uppfyllda\" when every goal counts by"
                      + " its computed status.")
          String summary,
      @Schema(required = true) RuleInForce rule,
      @Schema(required = true, description = "The goals, in the plan's order.")
          List<GoalEvaluation> goals) {}

  @Schema(name = "GoodFinancialManagementGoal")
  public record GoalEvaluation(
      @Schema(example = "12", required = true) long goalId,
      @Schema(
              example = "Resultatet ska uppgå till minst 2 % av skatter och bidrag",
              required = true)
          String title,
      @Schema(example = "FINANCIAL", nullable = true, required = true) GoalClass goalClass,
      @Schema(example = "FULFILLED", required = true, description = "The computed status.")
          FulfilmentStatus status,
      @Schema(
              nullable = true,
              required = true,
              example = "1.0",
              description = "Fulfilled among the judged points beneath; null when none was judged.")
          Double shareFulfilled,
      @Schema(required = true) StatusCountsView counts,
      @Schema(nullable = true, required = true, description = GoalAssessments.DESCRIPTION)
          NodeAssessment assessment,
      @Schema(
              nullable = true,
              required = true,
              example = "false",
              description =
                  "Whether the assessment differs from the computed status; null without one.")
          Boolean deviatesFromComputed,
      @Schema(
              example = "true",
              required = true,
              description =
                  "Whether the summary counts the goal as fulfilled: its assessment's status where"
                      + " it has one, else its computed status.")
          boolean countedFulfilled) {}

  public Evaluation evaluate(long planId, Integer year, Basis basis, boolean approvedOnly) {
    TreeFulfilment tree = fulfilment.forPlan(planId, year, basis, approvedOnly);
    Map<Long, NodeFulfilment> nodes = new LinkedHashMap<>();
    collect(tree.node(), nodes);
    List<GoalEvaluation> goals = new ArrayList<>();
    GoalAssessments.Shown shown = assessments.of(planId, tree.year(), approvedOnly);
    for (Goal goal :
        Goal.<Goal>list(
            "planId = ?1 and goodFinancialManagement = true order by position, id", planId)) {
      NodeFulfilment node = nodes.get(goal.id);
      if (node != null) {
        NodeAssessment assessment = shown.of(node.kind(), goal.id);
        goals.add(
            new GoalEvaluation(
                goal.id,
                goal.title,
                goal.goalClass,
                node.status(),
                node.shareFulfilled(),
                node.counts(),
                assessment,
                assessment == null ? null : assessment.status().deviatesFrom(node.status()),
                assessment == null
                    ? node.status() == FulfilmentStatus.FULFILLED
                    : assessment.status() == AssessedStatus.FULFILLED));
      }
    }
    goals.sort(java.util.Comparator.comparingInt(g -> order(nodes, g.goalId())));
    int fulfilled = (int) goals.stream().filter(GoalEvaluation::countedFulfilled).count();
    int assessedGoals = (int) goals.stream().filter(g -> g.assessment() != null).count();
    return new Evaluation(
        tree.planId(),
        tree.year(),
        tree.basis(),
        tree.approvedOnly(),
        fulfilled,
        (int) goals.stream().filter(g -> g.status() == FulfilmentStatus.FULFILLED).count(),
        assessedGoals,
        goals.size(),
        summary(fulfilled, goals.size(), assessedGoals > 0),
        tree.rule(),
        goals);
  }

  /**
   * "4 av 5 mål för god ekonomisk hushållning bedöms uppfyllda." where a person's judgement counts;
   * "… är uppfyllda." where every goal counts by the computed status.
   */
  static String summary(int fulfilled, int total, boolean judged) {
    if (total == 0) {
      return "Planen har inga mål för god ekonomisk hushållning.";
    }
    return fulfilled
        + " av "
        + total
        + " mål för god ekonomisk hushållning "
        + (judged ? "bedöms uppfyllda." : "är uppfyllda.");
  }

  /** Focus areas and goals by id, in the order they come in the tree (depth first). */
  private static void collect(NodeFulfilment node, Map<Long, NodeFulfilment> nodes) {
    if (node.kind() == NodeKind.GOAL || node.kind() == NodeKind.FOCUS_AREA) {
      nodes.putIfAbsent(node.id(), node);
    }
    if (node.children() != null) {
      node.children().forEach(child -> collect(child, nodes));
    }
  }

  private static int order(Map<Long, NodeFulfilment> nodes, long id) {
    int index = 0;
    for (Long key : nodes.keySet()) {
      if (key == id) {
        return index;
      }
      index++;
    }
    return index;
  }
}
