package se.styrkort.odata;

import java.time.Instant;
import java.util.List;
import se.styrkort.odata.Filter.Call;
import se.styrkort.odata.Filter.Compare;
import se.styrkort.odata.Filter.Literal;
import se.styrkort.odata.Filter.Match;
import se.styrkort.odata.Filter.Operand;
import se.styrkort.odata.Filter.PropertyRef;

/**
 * Translates a filter into a SQL condition. Columns come from the entity set's fixed definitions;
 * every literal becomes a {@code ?} parameter, so no value from a request is ever part of the SQL
 * text. Null follows OData: {@code <=>} (null-safe equality) for eq and ne, and an ordering
 * comparison with null is false rather than unknown, so that {@code not} stays two-valued. Text is
 * compared as its bytes ({@code cast(… as binary)}), not by the columns' case- and
 * accent-insensitive collation: OData's eq is exact, and so are the computed Facts.
 */
final class SqlFilter {

  private SqlFilter() {}

  static String sql(Filter filter, List<Object> parameters) {
    if (filter instanceof Filter.And and) {
      return "(" + sql(and.left(), parameters) + " and " + sql(and.right(), parameters) + ")";
    }
    if (filter instanceof Filter.Or or) {
      return "(" + sql(or.left(), parameters) + " or " + sql(or.right(), parameters) + ")";
    }
    if (filter instanceof Filter.Not not) {
      return "(not " + sql(not.operand(), parameters) + ")";
    }
    if (filter instanceof Match match) {
      return match(match, parameters);
    }
    return compare((Compare) filter, parameters);
  }

  private static String match(Match match, List<Object> parameters) {
    String text = bytes(operand(match.text(), parameters));
    String part = bytes(operand(match.part(), parameters));
    return switch (match.function()) {
      case CONTAINS -> "coalesce(instr(" + text + ", " + part + ") > 0, false)";
      case STARTSWITH -> "coalesce(instr(" + text + ", " + part + ") = 1, false)";
      default -> {
        String again = bytes(operand(match.part(), parameters));
        yield "coalesce(right(" + text + ", length(" + part + ")) = " + again + ", false)";
      }
    };
  }

  private static String compare(Compare compare, List<Object> parameters) {
    boolean text = isText(compare.left()) || isText(compare.right());
    String left = operand(compare.left(), parameters);
    String right = operand(compare.right(), parameters);
    if (text) {
      left = bytes(left);
      right = bytes(right);
    }
    return switch (compare.operator()) {
      case EQ -> "(" + left + " <=> " + right + ")";
      case NE -> "(not (" + left + " <=> " + right + "))";
      case GT -> "coalesce(" + left + " > " + right + ", false)";
      case GE -> "coalesce(" + left + " >= " + right + ", false)";
      case LT -> "coalesce(" + left + " < " + right + ", false)";
      case LE -> "coalesce(" + left + " <= " + right + ", false)";
    };
  }

  private static String bytes(String sql) {
    return "cast(" + sql + " as binary)";
  }

  private static boolean isText(Operand operand) {
    if (operand instanceof PropertyRef ref) {
      return ref.property().type() == EdmType.STRING;
    }
    if (operand instanceof Call call) {
      return call.function() == Filter.Function.TOLOWER
          || call.function() == Filter.Function.TOUPPER;
    }
    return ((Literal) operand).value() instanceof String;
  }

  private static String operand(Operand operand, List<Object> parameters) {
    if (operand instanceof PropertyRef ref) {
      return ref.property().column();
    }
    if (operand instanceof Call call) {
      String argument = operand(call.argument(), parameters);
      return switch (call.function()) {
        case TOLOWER -> "lower(" + argument + ")";
        case TOUPPER -> "upper(" + argument + ")";
        case YEAR -> "year(" + argument + ")";
        case MONTH -> "month(" + argument + ")";
        case DAY -> "dayofmonth(" + argument + ")";
        default -> throw new IllegalStateException(call.function() + " is no operand");
      };
    }
    Object value = ((Literal) operand).value();
    parameters.add(value instanceof Instant instant ? java.sql.Timestamp.from(instant) : value);
    return "?";
  }
}
