package se.styrkort.odata;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import se.styrkort.bi.BiFilter;
import se.styrkort.odata.Filter.Compare;
import se.styrkort.odata.Filter.Literal;
import se.styrkort.odata.Filter.PropertyRef;

/**
 * Narrows the facts to read by the conditions on planId and year that a filter joins with and at
 * its top, so that "planId eq 1 and year ge 2025" reads one plan's later years rather than every
 * fact. The whole filter is still applied to each fact afterwards; this only saves reading.
 */
final class FactPushdown {

  private FactPushdown() {}

  static BiFilter narrow(Filter filter, Optional<Set<Long>> planIds) {
    Bounds bounds = new Bounds();
    visit(filter, bounds);
    return new BiFilter(bounds.planId, bounds.from, bounds.to, planIds);
  }

  /**
   * The plan a filter names with "{@code property} eq N" at its top (joined with and), or null: the
   * plan every entity of the answer belongs to.
   */
  static Long namedPlan(Filter filter, String property) {
    if (filter instanceof Filter.And and) {
      Long left = namedPlan(and.left(), property);
      return left != null ? left : namedPlan(and.right(), property);
    }
    if (filter instanceof Compare compare
        && compare.operator() == Filter.Operator.EQ
        && compare.left() instanceof PropertyRef ref
        && ref.property().name().equals(property)
        && compare.right() instanceof Literal literal
        && literal.value() instanceof BigDecimal number) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return null;
  }

  private static final class Bounds {
    Long planId;
    Integer from;
    Integer to;
  }

  private static void visit(Filter filter, Bounds bounds) {
    if (filter instanceof Filter.And and) {
      visit(and.left(), bounds);
      visit(and.right(), bounds);
      return;
    }
    if (!(filter instanceof Compare compare)
        || !(compare.left() instanceof PropertyRef ref)
        || !(compare.right() instanceof Literal literal)
        || !(literal.value() instanceof BigDecimal number)) {
      return;
    }
    BigDecimal whole = number.setScale(0, java.math.RoundingMode.FLOOR);
    if (whole.compareTo(number) != 0 || whole.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      return;
    }
    int value = whole.intValue();
    switch (ref.property().name()) {
      case "planId" -> {
        if (compare.operator() == Filter.Operator.EQ) {
          bounds.planId = (long) value;
        }
      }
      case "year" -> {
        switch (compare.operator()) {
          case EQ -> {
            bounds.from = max(bounds.from, value);
            bounds.to = min(bounds.to, value);
          }
          case GE -> bounds.from = max(bounds.from, value);
          case GT -> bounds.from = max(bounds.from, value + 1);
          case LE -> bounds.to = min(bounds.to, value);
          case LT -> bounds.to = min(bounds.to, value - 1);
          default -> {}
        }
      }
      default -> {}
    }
  }

  private static Integer max(Integer current, int value) {
    return current == null ? value : Math.max(current, value);
  }

  private static Integer min(Integer current, int value) {
    return current == null ? value : Math.min(current, value);
  }
}
