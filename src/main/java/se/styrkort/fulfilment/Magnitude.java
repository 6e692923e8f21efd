package se.styrkort.fulfilment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Values as numbers, so that every comparison, progress and trend is one piece of arithmetic: a
 * number is itself, a scale level is its rank (lowest 0), a yes/no is 1/0. Only EQ is allowed on
 * yes/no, so their order is never used for a judgement.
 */
final class Magnitude {

  private Magnitude() {}

  static BigDecimal of(Value value, List<String> scale) {
    if (value instanceof Value.Numeric numeric) {
      return numeric.number();
    }
    if (value instanceof Value.Level level) {
      return BigDecimal.valueOf(scale.indexOf(level.level()));
    }
    return ((Value.Bool) value).value() ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  /** How far from {@code target}; smaller is closer. */
  static BigDecimal distance(BigDecimal value, BigDecimal target) {
    return value.subtract(target).abs();
  }
}
