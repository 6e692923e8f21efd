package se.styrkort.odata;

/**
 * A parsed {@code $filter}: comparisons of properties and literals joined by and, or and not. The
 * tree is translated to parameterised SQL for table sets and evaluated in memory for the facts;
 * both follow OData's rules for null (null eq null is true, a comparison with null otherwise
 * false).
 */
sealed interface Filter {

  record And(Filter left, Filter right) implements Filter {}

  record Or(Filter left, Filter right) implements Filter {}

  record Not(Filter operand) implements Filter {}

  record Compare(Operator operator, Operand left, Operand right) implements Filter {}

  /** contains, startswith or endswith of two text operands: exact, case and accents counted. */
  record Match(Function function, Operand text, Operand part) implements Filter {}

  enum Function {
    CONTAINS,
    STARTSWITH,
    ENDSWITH,
    TOLOWER,
    TOUPPER,
    YEAR,
    MONTH,
    DAY
  }

  enum Operator {
    EQ,
    NE,
    GT,
    GE,
    LT,
    LE
  }

  sealed interface Operand {}

  record PropertyRef(EntitySet.Property property) implements Operand {}

  /** tolower, toupper (text) or year, month, day (of a date or date-time, in UTC). */
  record Call(Function function, Operand argument) implements Operand {}

  /** A literal's value: String, BigDecimal, Boolean, LocalDate, Instant, or null. */
  record Literal(Object value) implements Operand {}
}
