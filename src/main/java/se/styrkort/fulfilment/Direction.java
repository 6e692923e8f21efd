package se.styrkort.fulfilment;

/** Which way a value is better. */
public enum Direction {
  INCREASE,
  DECREASE,
  /** Closer to the target is better. */
  EXACT;

  public static Direction of(Comparator comparator) {
    return switch (comparator) {
      case GE, GT -> INCREASE;
      case LE, LT -> DECREASE;
      case EQ -> EXACT;
    };
  }
}
