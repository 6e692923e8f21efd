package se.styrkort.fulfilment;

/**
 * A point's status with the words or the rule behind it.
 *
 * @param reason why nothing could be judged (NO_DATA, NO_TARGET); else null
 * @param rule the point rule that judged a missed target; else null
 * @param ruleNote why the plan's point rule gave way to another; else null
 */
record Judgement(FulfilmentStatus status, Reason reason, PointRuleKind rule, String ruleNote) {

  static final Judgement FULFILLED = new Judgement(FulfilmentStatus.FULFILLED, null, null, null);

  static Judgement notJudged(FulfilmentStatus status, Reason reason) {
    return new Judgement(status, reason, null, null);
  }

  static Judgement missed(FulfilmentStatus status, PointRuleKind rule, String ruleNote) {
    return new Judgement(status, null, rule, ruleNote);
  }
}
