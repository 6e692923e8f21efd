package se.styrkort.fulfilment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a plan turns values into statuses: the point rule (step 4 of domain.md) and the roll-up rule.
 * Flat, so that it maps one-to-one onto the plan's columns and JSON fields, and field problems can
 * name them.
 *
 * <p>The constructor accepts anything (null kinds mean the defaults) so that a request can be built
 * first and then {@link #problems() checked}; evaluation only takes a valid rule.
 *
 * @param pointPartialShare for SHARE_OF_TARGET: the share of the target level at which a missed
 *     target is still partially fulfilled (Vansbro: 0.8)
 * @param rollUpFulfilledShare for SHARE_THRESHOLDS: a node is fulfilled when at least this share of
 *     its judged children is fulfilled
 * @param rollUpPartialShare for SHARE_THRESHOLDS: a node is not fulfilled when less than this share
 *     of its judged children is fulfilled or partially fulfilled
 * @param rollUpAssessed whether a node with an approved assessment counts with its assessed status
 *     instead of its computed one in the roll-up above it (a NOT_ASSESSABLE one is left out, like
 *     NO_DATA); false, the default: computed statuses only
 */
public record FulfilmentRule(
    PointRuleKind pointRule,
    BigDecimal pointPartialShare,
    RollUpRuleKind rollUpRule,
    BigDecimal rollUpFulfilledShare,
    BigDecimal rollUpPartialShare,
    boolean rollUpAssessed) {

  /** What a plan gets unless it says otherwise: PROGRESS and UNANIMOUS, computed statuses only. */
  public static final FulfilmentRule DEFAULT =
      new FulfilmentRule(PointRuleKind.PROGRESS, null, RollUpRuleKind.UNANIMOUS, null, null);

  public FulfilmentRule {
    pointRule = pointRule == null ? PointRuleKind.PROGRESS : pointRule;
    rollUpRule = rollUpRule == null ? RollUpRuleKind.UNANIMOUS : rollUpRule;
  }

  /** A rule that rolls up computed statuses only. */
  public FulfilmentRule(
      PointRuleKind pointRule,
      BigDecimal pointPartialShare,
      RollUpRuleKind rollUpRule,
      BigDecimal rollUpFulfilledShare,
      BigDecimal rollUpPartialShare) {
    this(pointRule, pointPartialShare, rollUpRule, rollUpFulfilledShare, rollUpPartialShare, false);
  }

  /** This rule, with approved assessments counting in the roll-up or not. */
  public FulfilmentRule withRollUpAssessed(boolean assessed) {
    return new FulfilmentRule(
        pointRule,
        pointPartialShare,
        rollUpRule,
        rollUpFulfilledShare,
        rollUpPartialShare,
        assessed);
  }

  public static FulfilmentRule shareOfTarget(BigDecimal partialShare) {
    return new FulfilmentRule(
        PointRuleKind.SHARE_OF_TARGET, partialShare, RollUpRuleKind.UNANIMOUS, null, null);
  }

  public FulfilmentRule withShareThresholds(BigDecimal fulfilledShare, BigDecimal partialShare) {
    return new FulfilmentRule(
        pointRule,
        pointPartialShare,
        RollUpRuleKind.SHARE_THRESHOLDS,
        fulfilledShare,
        partialShare,
        rollUpAssessed);
  }

  /** Everything wrong with the rule, field by field; empty when it is valid. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    String shareOfTarget = PointRuleKind.SHARE_OF_TARGET.name();
    String thresholds = RollUpRuleKind.SHARE_THRESHOLDS.name();
    checkShare(problems, "pointPartialShare", pointPartialShare, shareOfTarget, pointRule.name());
    checkShare(
        problems, "rollUpFulfilledShare", rollUpFulfilledShare, thresholds, rollUpRule.name());
    checkShare(problems, "rollUpPartialShare", rollUpPartialShare, thresholds, rollUpRule.name());
    if (problems.isEmpty()
        && rollUpRule == RollUpRuleKind.SHARE_THRESHOLDS
        && rollUpPartialShare.compareTo(rollUpFulfilledShare) > 0) {
      problems.add(new FieldProblem("rollUpPartialShare", "must not exceed rollUpFulfilledShare"));
    }
    return problems;
  }

  public FulfilmentRule requireValid() {
    List<FieldProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidFulfilmentRuleException(problems);
    }
    return this;
  }

  /**
   * A short name for responses and logs, e.g. "PROGRESS/UNANIMOUS", or
   * "PROGRESS/UNANIMOUS/ASSESSED" where approved assessments count in the roll-up.
   */
  public String name() {
    String point =
        pointRule == PointRuleKind.SHARE_OF_TARGET
            ? pointRule + "(" + plain(pointPartialShare) + ")"
            : pointRule.name();
    String rollUp =
        rollUpRule == RollUpRuleKind.SHARE_THRESHOLDS
            ? rollUpRule + "(" + plain(rollUpFulfilledShare) + "," + plain(rollUpPartialShare) + ")"
            : rollUpRule.name();
    return point + "/" + rollUp + (rollUpAssessed ? "/ASSESSED" : "");
  }

  /** The rule in words, so that a reader of a response can tell how a status was reached. */
  public String describe() {
    String point =
        pointRule == PointRuleKind.SHARE_OF_TARGET
            ? "A measurement point that misses its target is partially fulfilled when its value"
                + " reaches "
                + percent(pointPartialShare)
                + " of the target level (for numbers; other values use progress from the"
                + " baseline)."
            : "A measurement point that misses its target is partially fulfilled when its value"
                + " has moved from the baseline toward the target.";
    String rollUp =
        rollUpRule == RollUpRuleKind.SHARE_THRESHOLDS
            ? " A goal is fulfilled when at least "
                + percent(rollUpFulfilledShare)
                + " of its judged parts are fulfilled, and not fulfilled when fewer than "
                + percent(rollUpPartialShare)
                + " are fulfilled or partially fulfilled."
            : " A goal is fulfilled when all its judged parts are, not fulfilled when none is"
                + " fulfilled or partially fulfilled, and partially fulfilled otherwise.";
    String assessed =
        rollUpAssessed
            ? " A focus area, goal or indicator with an approved assessment counts with its"
                + " assessed status instead of the computed one in the roll-up above it (one that"
                + " cannot be assessed is left out, like one without data)."
            : "";
    return point + rollUp + assessed;
  }

  private static void checkShare(
      List<FieldProblem> problems, String field, BigDecimal share, String usedBy, String inForce) {
    if (!usedBy.equals(inForce)) {
      if (share != null) {
        problems.add(
            new FieldProblem(
                field, "is used only by " + usedBy + "; leave it empty for " + inForce));
      }
      return;
    }
    if (share == null) {
      problems.add(new FieldProblem(field, "is required for " + usedBy));
    } else if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      problems.add(new FieldProblem(field, "must lie between 0 and 1, was " + plain(share)));
    }
  }

  private static String plain(BigDecimal share) {
    return share.stripTrailingZeros().toPlainString();
  }

  private static String percent(BigDecimal share) {
    return plain(share.movePointRight(2)) + " %";
  }
}
