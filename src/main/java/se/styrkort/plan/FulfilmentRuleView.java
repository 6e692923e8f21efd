package se.styrkort.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.fulfilment.FulfilmentRule;
import se.styrkort.fulfilment.PointRuleKind;
import se.styrkort.fulfilment.RollUpRuleKind;

/**
 * How a plan's fulfilment is computed: the rule for a measurement point that misses its target, and
 * the rule that rolls children up. Omitted, a plan gets the default of PROGRESS and UNANIMOUS.
 */
@Schema(name = "FulfilmentRule")
public record FulfilmentRuleView(
    @Schema(
            description =
                "PROGRESS: partially fulfilled when the value moved from the baseline toward the"
                    + " target. SHARE_OF_TARGET: partially fulfilled when the value reaches"
                    + " pointPartialShare of the target (numbers only).",
            defaultValue = "PROGRESS",
            example = "PROGRESS")
        PointRuleKind pointRule,
    @Schema(
            description = "For SHARE_OF_TARGET: the share of the target that counts as partial.",
            nullable = true,
            example = "0.8")
        @DecimalMin("0")
        @DecimalMax("1")
        BigDecimal pointPartialShare,
    @Schema(
            description =
                "UNANIMOUS: fulfilled when all judged children are, not fulfilled when none is,"
                    + " otherwise partially. SHARE_THRESHOLDS: by the shares below.",
            defaultValue = "UNANIMOUS",
            example = "UNANIMOUS")
        RollUpRuleKind rollUpRule,
    @Schema(
            description =
                "For SHARE_THRESHOLDS: the share of fulfilled children at or above"
                    + " which a node is fulfilled.",
            nullable = true,
            example = "0.8")
        @DecimalMin("0")
        @DecimalMax("1")
        BigDecimal rollUpFulfilledShare,
    @Schema(
            description =
                "For SHARE_THRESHOLDS: the share of fulfilled or partially fulfilled"
                    + " children below which a node is not fulfilled.",
            nullable = true,
            example = "0.3")
        @DecimalMin("0")
        @DecimalMax("1")
        BigDecimal rollUpPartialShare,
    @Schema(
            description =
                "Whether a focus area, goal or indicator with an APPROVED assessment counts with"
                    + " its assessed status instead of its computed one in the roll-up above it"
                    + " (NOT_ASSESSABLE is left out, like NO_DATA). The assessment counted is the"
                    + " one fulfilment shows beside the node: of the latest reporting period of"
                    + " the year that has one, when it is approved. Omitted: false, computed"
                    + " statuses only. Like the rest of the rule, fixed once the plan is adopted.",
            nullable = true,
            defaultValue = "false",
            example = "false")
        Boolean rollUpAssessed) {

  public static final FulfilmentRuleView DEFAULT =
      new FulfilmentRuleView(
          PointRuleKind.PROGRESS, null, RollUpRuleKind.UNANIMOUS, null, null, false);

  /** The core's rule, which owns what makes a rule valid and how it judges. */
  public FulfilmentRule toRule() {
    return new FulfilmentRule(
        pointRule,
        pointPartialShare,
        rollUpRule,
        rollUpFulfilledShare,
        rollUpPartialShare,
        Boolean.TRUE.equals(rollUpAssessed));
  }

  /** Everything wrong with the rule, named as fields of a request's fulfilmentRule. */
  public List<FieldError> problems() {
    return toRule().problems().stream()
        .map(p -> new FieldError("fulfilmentRule." + p.field(), p.message()))
        .toList();
  }

  public static FulfilmentRuleView from(Plan plan) {
    return new FulfilmentRuleView(
        plan.pointRule,
        plan.pointPartialShare,
        plan.rollUpRule,
        plan.rollUpFulfilledShare,
        plan.rollUpPartialShare,
        plan.rollUpAssessed);
  }
}
