package se.styrkort.fulfilment;

/** What kind of value a measurement point records. */
public enum ValueType {
  PERCENT,
  NUMBER,
  /** A level of the point's word scale, ranked by its position (lowest first). */
  ORDINAL,
  BOOLEAN;

  /** Whether values of this type are numbers, so that ratios and progress make sense. */
  public boolean isNumeric() {
    return this == PERCENT || this == NUMBER;
  }

  /** A yes/no can only equal its target: "more yes than yes" means nothing. */
  public boolean supports(Comparator comparator) {
    return this != BOOLEAN || comparator == Comparator.EQ;
  }
}
