package se.styrkort.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
              description = "Goals whose computed status is FULFILLED.")
          int fulfilled,
      @Schema(example = "5", required = true, description = "Goals for god ekonomisk hushållning.")
          int total,
      @Schema(
              example = "4 av 5 mål för god ekonomisk hushållning är uppfyllda.",
              required = true,
              description = "The summary sentence, in Swedish.")
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
      @Schema(example = "FULFILLED", required = true) FulfilmentStatus status,
      @Schema(
              nullable = true,
              required = true,
              example = "1.0",
              description = "Fulfilled among the judged points beneath; null when none was judged.")
          Double shareFulfilled,
      @Schema(required = true) StatusCountsView counts) {}

  public Evaluation evaluate(long planId, Integer year, Basis basis, boolean approvedOnly) {
    TreeFulfilment tree = fulfilment.forPlan(planId, year, basis, approvedOnly);
    Map<Long, NodeFulfilment> nodes = new LinkedHashMap<>();
    collect(tree.node(), nodes);
    List<GoalEvaluation> goals = new ArrayList<>();
    for (Goal goal :
        Goal.<Goal>list(
            "planId = ?1 and goodFinancialManagement = true order by position, id", planId)) {
      NodeFulfilment node = nodes.get(goal.id);
      if (node != null) {
        goals.add(
            new GoalEvaluation(
                goal.id,
                goal.title,
                goal.goalClass,
                node.status(),
                node.shareFulfilled(),
                node.counts()));
      }
    }
    goals.sort(java.util.Comparator.comparingInt(g -> order(nodes, g.goalId())));
    int fulfilled =
        (int) goals.stream().filter(g -> g.status() == FulfilmentStatus.FULFILLED).count();
    return new Evaluation(
        tree.planId(),
        tree.year(),
        tree.basis(),
        tree.approvedOnly(),
        fulfilled,
        goals.size(),
        summary(fulfilled, goals.size()),
        tree.rule(),
        goals);
  }

  /** "4 av 5 mål för god ekonomisk hushållning är uppfyllda." */
  static String summary(int fulfilled, int total) {
    if (total == 0) {
      return "Planen har inga mål för god ekonomisk hushållning.";
    }
    return fulfilled + " av " + total + " mål för god ekonomisk hushållning är uppfyllda.";
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
