package se.styrkort.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import se.styrkort.fulfilment.Value;

/**
 * A number, a level of a word scale or a yes/no, as stored: one of three nullable columns. Used by
 * targets, follow-up values and their history.
 */
@Embeddable
public class StoredValue {

  @Column(name = "value_number", precision = 24, scale = 6)
  public BigDecimal number;

  @Column(name = "value_level", length = 200)
  public String level;

  @Column(name = "value_boolean")
  public Boolean bool;

  public static StoredValue of(Value value) {
    StoredValue stored = new StoredValue();
    if (value instanceof Value.Numeric numeric) {
      stored.number = numeric.number();
    } else if (value instanceof Value.Level level) {
      stored.level = level.level();
    } else if (value instanceof Value.Bool bool) {
      stored.bool = bool.value();
    }
    return stored;
  }

  public boolean isEmpty() {
    return number == null && level == null && bool == null;
  }

  /** The domain value, or null when nothing is stored. */
  public Value toValue() {
    if (number != null) {
      return Value.numeric(number);
    }
    if (level != null) {
      return Value.level(level);
    }
    if (bool != null) {
      return Value.bool(bool);
    }
    return null;
  }

  /** The value as JSON writes it: a number, a string or a boolean (or null). */
  public Object toJson() {
    if (number != null) {
      return number.stripTrailingZeros();
    }
    return level != null ? level : bool;
  }
}
