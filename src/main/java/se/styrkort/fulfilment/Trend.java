package se.styrkort.fulfilment;

/** A value compared with the previous year's outcome, "better" as the target's comparator says. */
public enum Trend {
  IMPROVED,
  UNCHANGED,
  WORSENED
}
