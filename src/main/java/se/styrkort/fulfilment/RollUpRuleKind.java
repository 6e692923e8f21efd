package se.styrkort.fulfilment;

/** How a node's status follows from its children's statuses. */
public enum RollUpRuleKind {
  /**
   * Fulfilled when all judged children are, not fulfilled when all are not, otherwise partially
   * fulfilled: the default of domain.md.
   */
  UNANIMOUS,
  /** Fulfilled or not fulfilled by the share of judged children that are (partially) fulfilled. */
  SHARE_THRESHOLDS
}
