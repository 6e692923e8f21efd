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
   * A narrowing of the node rows (NodeFacts) and whether it is the whole filter: {@code exact} when
   * every term the filter joins with and is one the narrowing holds (planId eq N, planId in (…),
   * year compared with a whole number), so the rows it reads are exactly the rows the filter
   * matches and can be counted without computing any.
   */
  record Narrowed(BiFilter filter, boolean exact) {}

  /**
   * As {@link #narrow}, and planId in (…) (or planId eq N or planId eq M) narrows too: the plans to
   * compute are those named that the caller may read.
   */
  static Narrowed narrowPlans(Filter filter, Optional<Set<Long>> planIds) {
    PlanBounds bounds = new PlanBounds();
    boolean exact = filter == null || plans(filter, bounds);
    Optional<Set<Long>> readable = planIds;
    Long planId = null;
    if (bounds.plans != null) {
      if (bounds.plans.size() == 1) {
        planId = bounds.plans.iterator().next();
      } else {
        Set<Long> named = new java.util.TreeSet<>(bounds.plans);
        planIds.ifPresent(named::retainAll);
        readable = Optional.of(named);
      }
    }
    return new Narrowed(new BiFilter(planId, bounds.from, bounds.to, readable), exact);
  }

  /** The years a filter leaves, from and to inclusive (null: unbounded). */
  private static class YearBounds {
    Integer from;
    Integer to;

    /** Narrows by {@code year <operator> value}; false for an operator that is no bound. */
    boolean narrowYears(Filter.Operator operator, int value) {
      switch (operator) {
        case EQ -> {
          from = max(from, value);
          to = min(to, value);
        }
        case GE -> from = max(from, value);
        case GT -> from = max(from, value + 1);
        case LE -> to = min(to, value);
        case LT -> to = min(to, value - 1);
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  private static final class PlanBounds extends YearBounds {
    Set<Long> plans;
  }

  /** Narrows by one term joined with and; true when the term is held whole by the bounds. */
  private static boolean plans(Filter filter, PlanBounds bounds) {
    if (filter instanceof Filter.And and) {
      boolean left = plans(and.left(), bounds);
      return plans(and.right(), bounds) && left;
    }
    Set<Long> named = new java.util.HashSet<>();
    if (filter instanceof Filter.Or && namedPlans(filter, named)) {
      intersect(bounds, named);
      return true;
    }
    if (!(filter instanceof Compare compare)
        || !(compare.left() instanceof PropertyRef ref)
        || !(compare.right() instanceof Literal literal)) {
      return false;
    }
    Integer value = whole(literal);
    if (value == null) {
      return false;
    }
    switch (ref.property().name()) {
      case "planId" -> {
        if (compare.operator() != Filter.Operator.EQ) {
          return false;
        }
        intersect(bounds, Set.of((long) value));
        return true;
      }
      case "year" -> {
        return bounds.narrowYears(compare.operator(), value);
      }
      default -> {
        return false;
      }
    }
  }

  /** planId eq N or planId eq M …, as planId in (N, M) is parsed: the plans it names. */
  private static boolean namedPlans(Filter filter, Set<Long> named) {
    if (filter instanceof Filter.Or or) {
      return namedPlans(or.left(), named) && namedPlans(or.right(), named);
    }
    if (filter instanceof Compare compare
        && compare.operator() == Filter.Operator.EQ
        && compare.left() instanceof PropertyRef ref
        && ref.property().name().equals("planId")
        && compare.right() instanceof Literal literal) {
      Integer value = whole(literal);
      if (value != null) {
        named.add((long) value);
        return true;
      }
    }
    return false;
  }

  private static void intersect(PlanBounds bounds, Set<Long> named) {
    if (bounds.plans == null) {
      bounds.plans = new java.util.HashSet<>(named);
    } else {
      bounds.plans.retainAll(named);
    }
  }

  /** A literal that is a whole number of at most a million (ids and years here), or null. */
  private static Integer whole(Literal literal) {
    if (!(literal.value() instanceof BigDecimal number)) {
      return null;
    }
    BigDecimal whole = number.setScale(0, java.math.RoundingMode.FLOOR);
    if (whole.compareTo(number) != 0 || whole.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      return null;
    }
    return whole.intValue();
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

  private static final class Bounds extends YearBounds {
    Long planId;
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
      case "year" -> bounds.narrowYears(compare.operator(), value);
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
