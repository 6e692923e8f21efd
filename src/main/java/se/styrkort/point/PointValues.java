package se.styrkort.point;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import se.styrkort.common.StoredValue;
import se.styrkort.fulfilment.Value;
import se.styrkort.fulfilment.ValueType;

/**
 * The one place that decides whether a JSON value fits a measurement point: a target literal and a
 * follow-up value obey the same rules. A refusal says what the point accepts, so that a client can
 * show it beside the field.
 */
public final class PointValues {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What DECIMAL(24, 6) holds: 18 digits before the point, 6 after. */
  private static final int MAX_DECIMALS = 6;

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

  private PointValues() {}

  /** Whether the request left the value out (absent or JSON null). */
  public static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  /**
   * Why {@code node} does not fit a point of this type and scale, as a field message ("must be one
   * of saknas, delvis, implementerat"), or null when it fits or is absent.
   */
  public static String problemWith(JsonNode node, ValueType type, List<String> scale) {
    if (isAbsent(node)) {
      return null;
    }
    Value value = toValueOrNull(node);
    if (value == null || !value.fits(type, scale)) {
      return "must be " + accepted(type, scale);
    }
    if (value instanceof Value.Numeric numeric) {
      BigDecimal number = numeric.number();
      if (type == ValueType.PERCENT && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
        return "must be " + accepted(type, scale);
      }
      if (number.stripTrailingZeros().scale() > MAX_DECIMALS) {
        return "must have at most " + MAX_DECIMALS + " decimals";
      }
      if (number.abs().compareTo(LIMIT) >= 0) {
        return "must be less than 10^18 in magnitude";
      }
    }
    return null;
  }

  /**
   * The domain value of a node that {@link #problemWith} accepted: a number, a scale level or a
   * boolean; null when absent.
   */
  public static Value toValue(JsonNode node) {
    if (isAbsent(node)) {
      return null;
    }
    Value value = toValueOrNull(node);
    if (value == null) {
      throw new IllegalArgumentException("not a value: " + node.getNodeType());
    }
    return value;
  }

  /**
   * A stored value as JSON writes it. Hibernate loads an embedded value whose columns are all null
   * as null, so a missing value may arrive either way.
   */
  public static Object toJson(StoredValue stored) {
    return stored == null ? null : stored.toJson();
  }

  /** What a point of this type and scale accepts, in words. */
  public static String accepted(ValueType type, List<String> scale) {
    return switch (type) {
      case PERCENT -> "a number between 0 and 100";
      case NUMBER -> "a number";
      case ORDINAL -> "one of " + String.join(", ", scale);
      case BOOLEAN -> "true or false";
    };
  }

  private static Value toValueOrNull(JsonNode node) {
    if (node.isNumber()) {
      // NaN and infinities are no numbers a plan can hold (JSON cannot spell them anyway).
      if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
        return null;
      }
      return Value.numeric(node.decimalValue());
    }
    if (node.isTextual()) {
      return Value.level(node.textValue());
    }
    if (node.isBoolean()) {
      return Value.bool(node.booleanValue());
    }
    return null;
  }
}
