package se.styrkort.odata;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import se.styrkort.odata.Filter.Compare;
import se.styrkort.odata.Filter.Literal;
import se.styrkort.odata.Filter.Operand;
import se.styrkort.odata.Filter.PropertyRef;

/**
 * Evaluates a filter on a computed row (the facts, whose status and progress are no columns), with
 * the same null rules as the SQL translation.
 */
final class MemoryFilter {

  private MemoryFilter() {}

  static boolean test(Filter filter, Map<String, Object> row) {
    if (filter instanceof Filter.And and) {
      return test(and.left(), row) && test(and.right(), row);
    }
    if (filter instanceof Filter.Or or) {
      return test(or.left(), row) || test(or.right(), row);
    }
    if (filter instanceof Filter.Not not) {
      return !test(not.operand(), row);
    }
    if (filter instanceof Filter.Match match) {
      Object text = value(match.text(), row);
      Object part = value(match.part(), row);
      if (!(text instanceof String t) || !(part instanceof String p)) {
        return false;
      }
      return switch (match.function()) {
        case CONTAINS -> t.contains(p);
        case STARTSWITH -> t.startsWith(p);
        default -> t.endsWith(p);
      };
    }
    return compare((Compare) filter, row);
  }

  private static boolean compare(Compare compare, Map<String, Object> row) {
    Object left = value(compare.left(), row);
    Object right = value(compare.right(), row);
    return switch (compare.operator()) {
      case EQ -> same(left, right);
      case NE -> !same(left, right);
      case GT -> left != null && right != null && order(left, right) > 0;
      case GE -> left != null && right != null && order(left, right) >= 0;
      case LT -> left != null && right != null && order(left, right) < 0;
      case LE -> left != null && right != null && order(left, right) <= 0;
    };
  }

  private static Object value(Operand operand, Map<String, Object> row) {
    if (operand instanceof Filter.Call call) {
      Object argument = value(call.argument(), row);
      if (argument == null) {
        return null;
      }
      java.time.LocalDate date =
          argument instanceof java.time.Instant instant
              ? instant.atZone(java.time.ZoneOffset.UTC).toLocalDate()
              : argument instanceof java.time.LocalDate local ? local : null;
      return switch (call.function()) {
        case TOLOWER -> ((String) argument).toLowerCase(java.util.Locale.ROOT);
        case TOUPPER -> ((String) argument).toUpperCase(java.util.Locale.ROOT);
        case YEAR -> BigDecimal.valueOf(date.getYear());
        case MONTH -> BigDecimal.valueOf(date.getMonthValue());
        case DAY -> BigDecimal.valueOf(date.getDayOfMonth());
        default -> throw new IllegalStateException(call.function() + " is no operand");
      };
    }
    return operand instanceof PropertyRef ref
        ? row.get(ref.property().name())
        : ((Literal) operand).value();
  }

  private static boolean same(Object left, Object right) {
    if (left == null || right == null) {
      return left == right;
    }
    return left instanceof Number || right instanceof Number
        ? order(left, right) == 0
        : Objects.equals(left, right);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int order(Object left, Object right) {
    if (left instanceof Number a && right instanceof Number b) {
      return decimal(a).compareTo(decimal(b));
    }
    return ((Comparable) left).compareTo(right);
  }

  /** The order of $orderby on computed rows: nulls first, as MariaDB sorts them ascending. */
  static int sortOrder(Object left, Object right) {
    if (left == null || right == null) {
      return left == null ? (right == null ? 0 : -1) : 1;
    }
    return order(left, right);
  }

  private static BigDecimal decimal(Number number) {
    return number instanceof BigDecimal decimal
        ? decimal
        : number instanceof Double || number instanceof Float
            ? BigDecimal.valueOf(number.doubleValue())
            : BigDecimal.valueOf(number.longValue());
  }
}
