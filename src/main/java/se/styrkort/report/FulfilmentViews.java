package se.styrkort.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.fulfilment.Basis;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.FulfilmentRule;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.PointRuleKind;
import se.styrkort.fulfilment.ReasonCode;
import se.styrkort.fulfilment.RollUpRuleKind;
import se.styrkort.fulfilment.Trend;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.reference.ReferenceComparison;

/** The JSON shapes of computed fulfilment. Every one names the rule that produced it. */
public final class FulfilmentViews {

  private FulfilmentViews() {}

  @Schema(
      name = "TreeFulfilment",
      description = "Computed fulfilment of a plan, goal or indicator and everything beneath it.")
  public record TreeFulfilment(
      @Schema(example = "1") long planId,
      @Schema(example = "Flerårsplan 2025–2026") String planName,
      @Schema(example = "2024") int year,
      @Schema(example = "LATEST") Basis basis,
      @Schema(
              example = "false",
              description = "True when only APPROVED follow-up values were counted (approvedOnly).")
          boolean approvedOnly,
      @Schema(nullable = true, example = "2023") Integer baselineYear,
      RuleInForce rule,
      NodeFulfilment node) {}

  @Schema(
      name = "PointFulfilmentSeries",
      description =
          "Computed fulfilment of one measurement point, for one year or a series of years.")
  public record PointSeries(
      @Schema(example = "1") long planId,
      @Schema(example = "1") long measurementPointId,
      @Schema(example = "Förskola") String label,
      @Schema(example = "LATEST") Basis basis,
      @Schema(
              example = "false",
              description = "True when only APPROVED follow-up values were counted (approvedOnly).")
          boolean approvedOnly,
      @Schema(nullable = true, example = "2023") Integer baselineYear,
      RuleInForce rule,
      @Schema(description = "One entry per year, oldest first.") List<PointFulfilment> years) {}

  @Schema(
      name = "FulfilmentRuleInForce",
      description =
          "The rule that produced a result, so a reader can tell how each status was reached.")
  public record RuleInForce(
      @Schema(example = "PROGRESS/UNANIMOUS") String name,
      @Schema(
              example =
                  "A missed target is partially fulfilled when the value moved from the baseline toward it; a node is fulfilled when all its judged parts are.")
          String description,
      PointRuleKind pointRule,
      @Schema(nullable = true) BigDecimal pointPartialShare,
      RollUpRuleKind rollUpRule,
      @Schema(nullable = true) BigDecimal rollUpFulfilledShare,
      @Schema(nullable = true) BigDecimal rollUpPartialShare,
      @Schema(
              example = "false",
              description =
                  "Whether approved assessments count instead of computed statuses in the"
                      + " roll-up (the name then ends in /ASSESSED).")
          boolean rollUpAssessed) {

    static RuleInForce of(FulfilmentRule rule) {
      return new RuleInForce(
          rule.name(),
          rule.describe(),
          rule.pointRule(),
          rule.pointPartialShare(),
          rule.rollUpRule(),
          rule.rollUpFulfilledShare(),
          rule.rollUpPartialShare(),
          rule.rollUpAssessed());
    }
  }

  @Schema(
      name = "NodeFulfilment",
      description = "A node of the goal tree with its rolled-up status.")
  public record NodeFulfilment(
      @Schema(example = "FOCUS_AREA") NodeKind kind,
      @Schema(example = "Utvecklingsområde", description = "kind in the language asked for.")
          String kindText,
      @Schema(example = "2") long id,
      @Schema(example = "Öppen kommun") String title,
      @Schema(example = "PARTIALLY_FULFILLED", description = "The computed status.")
          FulfilmentStatus status,
      @Schema(example = "Delvis uppfyllt", description = "status in the language asked for.")
          String statusText,
      @Schema(
              nullable = true,
              example = "none of its 3 parts could be judged (no data or no target)",
              description = "Why there is no judgement, for NO_DATA; in the language asked for.")
          String reason,
      @Schema(nullable = true, example = "NOTHING_JUDGED") ReasonCode reasonCode,
      @Schema(
              nullable = true,
              example = "{\"parts\": 3}",
              description = "The reason's parameters, by name, for a client's own words.")
          Map<String, Object> reasonParameters,
      @Schema(
              nullable = true,
              description =
                  "The assessed status beside the computed one: the node's assessment in the"
                      + " latest reporting period of the year that has one; null when none.")
          NodeAssessment assessment,
      @Schema(
              nullable = true,
              example = "false",
              description =
                  "Whether the assessment differs from the computed status (NOT_ASSESSABLE"
                      + " agrees with NO_DATA and NO_TARGET); null without an assessment.")
          Boolean deviatesFromComputed,
      @Schema(
              example = "PARTIALLY_FULFILLED",
              description =
                  "The status this node counts with in the roll-up above it: its computed status,"
                      + " or its approved assessment's where the plan's rule lets assessments count"
                      + " (rule.rollUpAssessed; NOT_ASSESSABLE counts as NO_DATA).")
          FulfilmentStatus countedAs,
      StatusCountsView counts,
      @Schema(
              nullable = true,
              example = "0.5",
              description =
                  "Fulfilled among the judged points beneath; null when none could be judged.")
          Double shareFulfilled,
      @Schema(
              nullable = true,
              description =
                  "The actions and assignments serving this node (the plan: all of them; a focus"
                      + " area or goal: those serving it or a goal beneath it) per status in the"
                      + " year; null for an indicator, and unless include=actions was asked."
                      + " They never change the computed status.")
          se.styrkort.action.ActionCounts actions,
      @Schema(description = "Sub-nodes: focus areas, goals, indicators.")
          List<NodeFulfilment> children,
      @Schema(description = "The node's own measurement points (indicators only).")
          List<PointFulfilment> measurementPoints) {}

  @Schema(
      name = "StatusCounts",
      description = "Measurement points beneath a node in each status (8 av 30 uppfyllda).")
  public record StatusCountsView(
      @Schema(example = "8") int fulfilled,
      @Schema(example = "3") int partiallyFulfilled,
      @Schema(example = "4") int notFulfilled,
      @Schema(example = "12") int noData,
      @Schema(example = "3") int noTarget,
      @Schema(example = "15", description = "Points with a value and a target.") int judged,
      @Schema(example = "30") int total) {}

  @Schema(
      name = "PointYearFulfilment",
      description = "The judgement of one measurement point in one year, with every input it used.")
  public record PointFulfilment(
      @Schema(example = "1") long measurementPointId,
      @Schema(example = "Förskola") String label,
      @Schema(nullable = true) String group,
      @Schema(example = "PERCENT") ValueType valueType,
      @Schema(nullable = true, example = "%") String unit,
      @Schema(example = "2024") int year,
      @Schema(example = "LATEST") Basis basis,
      @Schema(example = "PARTIALLY_FULFILLED") FulfilmentStatus status,
      @Schema(example = "Delvis uppfyllt", description = "status in the language asked for.")
          String statusText,
      @Schema(
              nullable = true,
              example = "no outcome recorded for 2023",
              description =
                  "Why there is no judgement, for NO_DATA and NO_TARGET; in the language asked"
                      + " for.")
          String reason,
      @Schema(nullable = true, example = "NO_REFERENCE_OUTCOME") ReasonCode reasonCode,
      @Schema(
              nullable = true,
              example = "{\"year\": 2023, \"approvedOnly\": false}",
              description = "The reason's parameters, by name, for a client's own words.")
          Map<String, Object> reasonParameters,
      @Schema(nullable = true, description = "The follow-up value judged.") ObservationView value,
      @Schema(nullable = true, description = "The target of the year, resolved.") TargetUsed target,
      @Schema(
              nullable = true,
              description = "The baseline: the outcome of the plan's baseline year.")
          ObservationView baseline,
      @Schema(
              nullable = true,
              example = "0.5",
              description = "(value − baseline) / (target − baseline), not clamped.")
          Double progress,
      @Schema(
              nullable = true,
              example = "IMPROVED",
              description = "Against the previous year's outcome.")
          Trend trend,
      @Schema(nullable = true, example = "Förbättrad", description = "trend in the language asked.")
          String trendText,
      @Schema(nullable = true) ObservationView previousOutcome,
      @Schema(nullable = true, description = "The point rule that judged a missed target.")
          PointRuleKind pointRule,
      @Schema(
              nullable = true,
              description = "Set where the plan's point rule could not apply and another did.")
          String pointRuleNote,
      @Schema(
              description =
                  "The point's reference series (riket, the county, groups) for the year, each"
                      + " with the difference of the judged value to it.")
          List<ReferenceComparison> referenceValues) {}

  @Schema(name = "ObservationUsed", description = "A follow-up value that a judgement used.")
  public record ObservationView(
      @Schema(example = "12") long evaluationId,
      @Schema(example = "2024") int year,
      @Schema(example = "OUTCOME") EvaluationKind kind,
      @Schema(example = "2024-12-31") LocalDate asOf,
      @Schema(ref = "Value") Object value) {}

  @Schema(name = "TargetUsed", description = "A target as resolved for a judgement.")
  public record TargetUsed(
      @Schema(example = "2024") int year,
      @Schema(example = "GE") Comparator comparator,
      @Schema(
              ref = "Value",
              description = "The resolved level; null where the referenced outcome is missing.")
          Object value,
      @Schema(
              nullable = true,
              example = "2023",
              description = "The year whose outcome is the level (≥ 2023).")
          Integer referenceYear,
      @Schema(nullable = true) Long referenceEvaluationId,
      @Schema(
              nullable = true,
              example = "≥ 2023",
              description = "The target as the plan document wrote it.")
          String written) {}
}
