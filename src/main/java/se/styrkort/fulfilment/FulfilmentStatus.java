package se.styrkort.fulfilment;

/** Måluppfyllelse of a measurement point or of a node of the goal tree. */
public enum FulfilmentStatus {
  FULFILLED,
  PARTIALLY_FULFILLED,
  NOT_FULFILLED,
  /** Nothing to judge yet. Never read as 0 or as red. */
  NO_DATA,
  /** No target for the year, or the outcome its target refers to is missing. */
  NO_TARGET;

  /** Whether the status is a judgement; NO_DATA and NO_TARGET are left out of roll-ups. */
  public boolean isJudged() {
    return this != NO_DATA && this != NO_TARGET;
  }
}
