package se.styrkort.fulfilment;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Steps 1–6 of domain.md for one measurement point. Holds the point's indexed history, so that a
 * series of years costs one pass over its entries.
 */
final class PointEvaluator {

  private final PointInput point;
  private final PointHistory history;
  private final PlanContext plan;

  PointEvaluator(PointInput point, PlanContext plan) {
    this.point = point;
    this.history = new PointHistory(point);
    this.plan = plan;
  }

  PointResult evaluate(int year, Basis basis, boolean approvedOnly) {
    Observation observation = valueToJudge(year, basis, approvedOnly);
    TargetSpec spec = history.target(year);
    ResolvedTarget target = spec == null ? null : resolve(spec, approvedOnly);
    Observation baseline = history.outcome(plan.baselineYearFor(year), approvedOnly);
    Observation previous = history.outcome(year - 1, approvedOnly);
    Judgement judgement = judge(year, basis, approvedOnly, observation, spec, target, baseline);
    return new PointResult(
        point.pointId(),
        year,
        basis,
        approvedOnly,
        judgement.status(),
        judgement.reason(),
        observation,
        target,
        baseline,
        progress(observation, target, baseline),
        trend(observation, previous, spec, target),
        previous,
        judgement.rule(),
        judgement.ruleNote());
  }

  private Judgement judge(
      int year,
      Basis basis,
      boolean approvedOnly,
      Observation observation,
      TargetSpec spec,
      ResolvedTarget target,
      Observation baseline) {
    if (observation == null) {
      return Judgement.notJudged(
          FulfilmentStatus.NO_DATA, Reason.noValue(year, basis, approvedOnly));
    }
    if (spec == null) {
      return Judgement.notJudged(FulfilmentStatus.NO_TARGET, Reason.noTarget(year));
    }
    if (target.value() == null) {
      Reason reason = Reason.noReferenceOutcome(target.referenceYear(), approvedOnly);
      return Judgement.notJudged(FulfilmentStatus.NO_TARGET, reason);
    }
    BigDecimal v = magnitude(observation.value());
    BigDecimal t = magnitude(target.value());
    if (spec.comparator().holds(v.compareTo(t))) {
      return Judgement.FULFILLED;
    }
    BigDecimal b = baseline == null ? null : magnitude(baseline.value());
    return MissedTarget.judge(plan.rule(), point.valueType(), spec.comparator(), v, t, b);
  }

  /** Step 1: the outcome with the latest asOf; on LATEST, else the latest forecast. */
  private Observation valueToJudge(int year, Basis basis, boolean approvedOnly) {
    Observation outcome = history.outcome(year, approvedOnly);
    if (outcome != null || basis == Basis.OUTCOME) {
      return outcome;
    }
    return history.forecast(year, approvedOnly);
  }

  /** Step 2: a literal is its own value; a reference takes that year's outcome, if any. */
  private ResolvedTarget resolve(TargetSpec spec, boolean approvedOnly) {
    if (spec.literal() != null) {
      return new ResolvedTarget(spec.year(), spec.comparator(), spec.literal(), null, null);
    }
    int referenceYear = spec.referencedOutcomeYear();
    Observation reference = history.outcome(referenceYear, approvedOnly);
    return new ResolvedTarget(
        spec.year(),
        spec.comparator(),
        reference == null ? null : reference.value(),
        referenceYear,
        reference == null ? null : reference.evaluationId());
  }

  /** Step 5. A yes/no's progress could only be 0 or 1 and would say nothing its status does not. */
  private Double progress(Observation observation, ResolvedTarget target, Observation baseline) {
    if (observation == null
        || target == null
        || target.value() == null
        || baseline == null
        || point.valueType() == ValueType.BOOLEAN) {
      return null;
    }
    BigDecimal v = magnitude(observation.value());
    BigDecimal t = magnitude(target.value());
    BigDecimal b = magnitude(baseline.value());
    if (t.compareTo(b) == 0) {
      return null;
    }
    return v.subtract(b).divide(t.subtract(b), MathContext.DECIMAL64).doubleValue();
  }

  /**
   * Step 6. Which way is better follows the year's target, else the point's stated direction;
   * closer-is-better needs the target's value. A yes/no has a trend only toward an EQ target (false
   * → true under "= true" is IMPROVED): it has no "more".
   */
  private Trend trend(
      Observation observation, Observation previous, TargetSpec spec, ResolvedTarget target) {
    Direction direction = spec != null ? spec.comparator().direction() : point.direction();
    if (observation == null || previous == null || direction == null) {
      return null;
    }
    if (point.valueType() == ValueType.BOOLEAN && direction != Direction.EXACT) {
      return null;
    }
    BigDecimal now = magnitude(observation.value());
    BigDecimal before = magnitude(previous.value());
    int betterBy;
    if (direction == Direction.EXACT) {
      if (target == null || target.value() == null) {
        return null;
      }
      BigDecimal t = magnitude(target.value());
      betterBy = Magnitude.distance(before, t).compareTo(Magnitude.distance(now, t));
    } else {
      betterBy = direction == Direction.INCREASE ? now.compareTo(before) : before.compareTo(now);
    }
    return betterBy > 0 ? Trend.IMPROVED : betterBy < 0 ? Trend.WORSENED : Trend.UNCHANGED;
  }

  private BigDecimal magnitude(Value value) {
    return Magnitude.of(value, point.scale());
  }
}
