package se.styrkort.fulfilment;

/** How a measurement point that misses its target is told apart as partially fulfilled. */
public enum PointRuleKind {
  /** Partially fulfilled when the value moved from the baseline toward the target. */
  PROGRESS,
  /** Partially fulfilled when the value reaches a share of the target level (numbers only). */
  SHARE_OF_TARGET
}
