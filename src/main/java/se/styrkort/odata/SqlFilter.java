package se.styrkort.odata;

import java.time.Instant;
import java.util.List;
import se.styrkort.odata.Filter.Compare;
import se.styrkort.odata.Filter.Literal;
import se.styrkort.odata.Filter.Operand;
import se.styrkort.odata.Filter.PropertyRef;

/**
 * Translates a filter into a SQL condition. Columns come from the entity set's fixed definitions;
 * every literal becomes a {@code ?} parameter, so no value from a request is ever part of the SQL
 * text. Null follows OData: {@code <=>} (null-safe equality) for eq and ne, and an ordering
 * comparison with null is false rather than unknown, so that {@code not} stays two-valued.
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
    return compare((Compare) filter, parameters);
  }

  private static String compare(Compare compare, List<Object> parameters) {
    String left = operand(compare.left(), parameters);
    String right = operand(compare.right(), parameters);
    return switch (compare.operator()) {
      case EQ -> "(" + left + " <=> " + right + ")";
      case NE -> "(not (" + left + " <=> " + right + "))";
      case GT -> "coalesce(" + left + " > " + right + ", false)";
      case GE -> "coalesce(" + left + " >= " + right + ", false)";
      case LT -> "coalesce(" + left + " < " + right + ", false)";
      case LE -> "coalesce(" + left + " <= " + right + ", false)";
    };
  }

  private static String operand(Operand operand, List<Object> parameters) {
    if (operand instanceof PropertyRef ref) {
      return ref.property().column();
    }
    Object value = ((Literal) operand).value();
    parameters.add(value instanceof Instant instant ? java.sql.Timestamp.from(instant) : value);
    return "?";
  }
}
