package se.styrkort.fulfilment;

/** How a value is compared with its target. */
public enum Comparator {
  GE("≥"),
  GT(">"),
  LE("≤"),
  LT("<"),
  EQ("=");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /**
   * Whether "value (comparator) target" holds, given {@code comparison} = the sign of
   * value.compareTo(target).
   */
  public boolean holds(int comparison) {
    return switch (this) {
      case GE -> comparison >= 0;
      case GT -> comparison > 0;
      case LE -> comparison <= 0;
      case LT -> comparison < 0;
      case EQ -> comparison == 0;
    };
  }

  public Direction direction() {
    return Direction.of(this);
  }
}
