package se.styrkort.fulfilment;

/** The levels of a plan's goal tree that fulfilment rolls up through. */
public enum NodeKind {
  PLAN,
  FOCUS_AREA,
  GOAL,
  INDICATOR
}
