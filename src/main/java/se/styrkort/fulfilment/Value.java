package se.styrkort.fulfilment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A follow-up value or a target literal: a number, a level of a word scale, or a yes/no. */
public sealed interface Value permits Value.Numeric, Value.Level, Value.Bool {

  static Value numeric(BigDecimal number) {
    return new Numeric(number);
  }

  static Value numeric(String number) {
    return new Numeric(new BigDecimal(number));
  }

  static Value numeric(long number) {
    return new Numeric(BigDecimal.valueOf(number));
  }

  static Value level(String level) {
    return new Level(level);
  }

  static Value bool(boolean value) {
    return new Bool(value);
  }

  /** The value as JSON writes it: a BigDecimal, a String or a Boolean. */
  Object plain();

  /** Whether a point of this type and scale can hold the value. */
  boolean fits(ValueType type, List<String> scale);

  record Numeric(BigDecimal number) implements Value {
    public Numeric {
      Objects.requireNonNull(number, "number");
    }

    @Override
    public Object plain() {
      return number;
    }

    @Override
    public boolean fits(ValueType type, List<String> scale) {
      return type.isNumeric();
    }

    /** 100 and 100.0 are the same value, whatever scale the database gave them. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Numeric numeric && number.compareTo(numeric.number) == 0;
    }

    @Override
    public int hashCode() {
      return number.signum() == 0 ? 0 : number.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
      return number.toPlainString();
    }
  }

  record Level(String level) implements Value {
    public Level {
      Objects.requireNonNull(level, "level");
    }

    @Override
    public Object plain() {
      return level;
    }

    @Override
    public boolean fits(ValueType type, List<String> scale) {
      return type == ValueType.ORDINAL && scale != null && scale.contains(level);
    }

    @Override
    public String toString() {
      return level;
    }
  }

  record Bool(boolean value) implements Value {
    @Override
    public Object plain() {
      return value;
    }

    @Override
    public boolean fits(ValueType type, List<String> scale) {
      return type == ValueType.BOOLEAN;
    }

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }
}
