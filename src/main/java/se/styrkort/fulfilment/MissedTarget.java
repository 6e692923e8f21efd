package se.styrkort.fulfilment;

import java.math.BigDecimal;

/** Step 4 of domain.md: tells a missed target apart as partially or not fulfilled. */
final class MissedTarget {

  private MissedTarget() {}

  /**
   * @param baseline null where the baseline year has no outcome
   */
  static Judgement judge(
      FulfilmentRule rule,
      ValueType type,
      Comparator comparator,
      BigDecimal value,
      BigDecimal target,
      BigDecimal baseline) {
    if (rule.pointRule() == PointRuleKind.SHARE_OF_TARGET) {
      String unusable = whyShareOfTargetUnusable(type, comparator, target);
      if (unusable == null) {
        FulfilmentStatus status =
            byShareOfTarget(comparator, value, target, rule.pointPartialShare());
        return Judgement.missed(status, PointRuleKind.SHARE_OF_TARGET, null);
      }
      return Judgement.missed(
          byProgress(comparator, value, target, baseline), PointRuleKind.PROGRESS, unusable);
    }
    return Judgement.missed(
        byProgress(comparator, value, target, baseline), PointRuleKind.PROGRESS, null);
  }

  /**
   * Partially fulfilled when the value moved from the baseline toward the target. A yes/no that
   * missed is always as far from the target as it can be, so it never moved closer.
   */
  static FulfilmentStatus byProgress(
      Comparator comparator, BigDecimal value, BigDecimal target, BigDecimal baseline) {
    if (baseline == null) {
      return FulfilmentStatus.NOT_FULFILLED;
    }
    boolean moved =
        switch (comparator.direction()) {
          case INCREASE -> value.compareTo(baseline) > 0;
          case DECREASE -> value.compareTo(baseline) < 0;
          case EXACT ->
              Magnitude.distance(value, target).compareTo(Magnitude.distance(baseline, target)) < 0;
        };
    return moved ? FulfilmentStatus.PARTIALLY_FULFILLED : FulfilmentStatus.NOT_FULFILLED;
  }

  /**
   * v / t ≥ share for GE/GT and t / v ≥ share for LE/LT, multiplied out so that no division
   * happens. Only called with t > 0, where a missed LE/LT target also means v ≥ t > 0.
   */
  static FulfilmentStatus byShareOfTarget(
      Comparator comparator, BigDecimal value, BigDecimal target, BigDecimal share) {
    boolean reached =
        comparator.direction() == Direction.INCREASE
            ? value.compareTo(share.multiply(target)) >= 0
            : target.compareTo(share.multiply(value)) >= 0;
    return reached ? FulfilmentStatus.PARTIALLY_FULFILLED : FulfilmentStatus.NOT_FULFILLED;
  }

  /**
   * A share of a target level means something only for a positive number that is to be reached or
   * kept under: for zero or negative targets the ratio divides by zero or flips its meaning (−100
   * would be "1000 % of −10"), so those fall back to progress, and say so.
   */
  private static String whyShareOfTargetUnusable(
      ValueType type, Comparator comparator, BigDecimal target) {
    if (!type.isNumeric()) {
      return "SHARE_OF_TARGET applies to numbers only; this "
          + type
          + " point is judged by PROGRESS";
    }
    if (comparator == Comparator.EQ) {
      return "SHARE_OF_TARGET does not apply to an EQ target; judged by PROGRESS";
    }
    if (target.signum() <= 0) {
      return "SHARE_OF_TARGET needs a target above 0; judged by PROGRESS";
    }
    return null;
  }
}
