package se.styrkort.odata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styrkort.odata.Filter.Compare;
import se.styrkort.odata.Filter.Literal;
import se.styrkort.odata.Filter.Operand;
import se.styrkort.odata.Filter.Operator;
import se.styrkort.odata.Filter.PropertyRef;

/**
 * Parses the supported subset of {@code $filter}: {@code eq ne gt ge lt le in}, {@code and or not},
 * parentheses, {@code contains startswith endswith tolower toupper year month day}, properties of
 * the set and literals (strings, numbers, true/false, null, dates and date-times). Everything else
 * OData defines (other functions, arithmetic, {@code has}, lambdas, paths) is refused as not
 * implemented, never ignored; what is not OData at all is a syntax error.
 */
final class FilterParser {

  private static final Set<String> ARITHMETIC = Set.of("add", "sub", "mul", "div", "divby", "mod");
  private static final Set<String> OTHER_OPERATORS = Set.of("has");
  private static final Set<String> MATCHES = Set.of("contains", "startswith", "endswith");
  private static final Set<String> CALLS = Set.of("tolower", "toupper", "year", "month", "day");

  /** Longest $filter read; the request line's own limit (4,096) is lower still. */
  static final int MAX_LENGTH = 4_000;

  /** Deepest nesting of parentheses and not: enough for any query a person or Power BI writes. */
  static final int MAX_DEPTH = 64;

  /** Most comparisons in one filter. */
  static final int MAX_TERMS = 500;

  /** Digits a number literal may have before and after its point (MariaDB's DECIMAL has 65). */
  static final int MAX_DIGITS = 38;

  private final String text;
  private final Map<String, EntitySet.Property> properties;
  private int at;
  private int depth;
  private int terms;

  private FilterParser(String text, Map<String, EntitySet.Property> properties) {
    this.text = text;
    this.properties = properties;
  }

  static Filter parse(String text, EntitySet set) {
    if (text.length() > MAX_LENGTH) {
      throw ODataException.badRequest("$filter", "is longer than " + MAX_LENGTH + " characters");
    }
    FilterParser parser = new FilterParser(text, set.byName());
    Filter filter = parser.or();
    parser.skipSpace();
    if (parser.at < text.length()) {
      throw parser.syntax("unexpected '" + parser.rest() + "'");
    }
    return filter;
  }

  private Filter or() {
    deeper();
    Filter left = and();
    while (keyword("or")) {
      left = new Filter.Or(left, and());
    }
    depth--;
    return left;
  }

  /** Bounds the recursion before it happens: no filter can exhaust the stack. */
  private void deeper() {
    if (++depth > MAX_DEPTH) {
      throw syntax("nests deeper than " + MAX_DEPTH + " levels");
    }
  }

  private Filter and() {
    Filter left = not();
    while (keyword("and")) {
      left = new Filter.And(left, not());
    }
    return left;
  }

  private Filter not() {
    if (keyword("not")) {
      deeper();
      Filter inner = new Filter.Not(not());
      depth--;
      return inner;
    }
    return primary();
  }

  private Filter primary() {
    skipSpace();
    if (peek() == '(') {
      at++;
      Filter inner = or();
      skipSpace();
      if (peek() != ')') {
        throw syntax("a ')' is missing");
      }
      at++;
      return inner;
    }
    if (++terms > MAX_TERMS) {
      throw syntax("has more than " + MAX_TERMS + " comparisons");
    }
    int start = at;
    String name = word();
    skipSpace();
    if (MATCHES.contains(name) && peek() == '(') {
      at++;
      Operand text = operand();
      expect(',');
      Operand part = operand();
      expect(')');
      for (Operand operand : List.of(text, part)) {
        if (category(operand) != Category.TEXT) {
          throw ODataException.badRequest(
              "$filter", name + " takes text, not " + describe(operand));
        }
      }
      return new Filter.Match(
          Filter.Function.valueOf(name.toUpperCase(java.util.Locale.ROOT)), text, part);
    }
    at = start;
    Operand left = operand();
    skipSpace();
    String word = word();
    if (word.equals("in")) {
      return in(left);
    }
    if (word.isEmpty()) {
      throw syntax("an operator (eq, ne, gt, ge, lt, le) must follow");
    }
    if (ARITHMETIC.contains(word) || OTHER_OPERATORS.contains(word)) {
      throw ODataException.notImplemented("the operator '" + word + "' in $filter");
    }
    Operator operator;
    try {
      operator = Operator.valueOf(word.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw syntax("'" + word + "' is not an operator");
    }
    if (!word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
      throw syntax("'" + word + "' is not an operator");
    }
    Operand right = operand();
    check(left, operator, right);
    return new Compare(operator, left, right);
  }

  private Operand operand() {
    skipSpace();
    char c = peek();
    if (c == '\'') {
      return new Literal(string());
    }
    if (c == '-' || Character.isDigit(c)) {
      return new Literal(numberOrDate());
    }
    String word = word();
    if (word.isEmpty()) {
      throw syntax(
          at >= text.length() ? "the expression ends too soon" : "unexpected '" + rest() + "'");
    }
    skipSpace();
    if (peek() == '(' && CALLS.contains(word)) {
      at++;
      deeper();
      Operand argument = operand();
      depth--;
      expect(')');
      Filter.Function function = Filter.Function.valueOf(word.toUpperCase(java.util.Locale.ROOT));
      Category category = category(argument);
      boolean text = function == Filter.Function.TOLOWER || function == Filter.Function.TOUPPER;
      if (text
          ? category != Category.TEXT
          : category != Category.DATE && category != Category.INSTANT) {
        throw ODataException.badRequest(
            "$filter",
            word
                + " takes "
                + (text ? "text" : "a date or date-time")
                + ", not "
                + describe(argument));
      }
      return new Filter.Call(function, argument);
    }
    if (peek() == '(') {
      throw ODataException.notImplemented("the function '" + word + "' in $filter");
    }
    if (peek() == '/') {
      throw ODataException.notImplemented("property paths ('" + word + "/…') in $filter");
    }
    switch (word) {
      case "true":
        return new Literal(Boolean.TRUE);
      case "false":
        return new Literal(Boolean.FALSE);
      case "null":
        return new Literal(null);
      default:
        EntitySet.Property property = properties.get(word);
        if (property == null) {
          throw ODataException.badRequest("$filter", "there is no property '" + word + "'");
        }
        return new PropertyRef(property);
    }
  }

  /** {@code x in (a, b, c)}: the same as x eq a or x eq b or x eq c. */
  private Filter in(Operand left) {
    expect('(');
    Filter any = null;
    do {
      if (++terms > MAX_TERMS) {
        throw syntax("has more than " + MAX_TERMS + " comparisons");
      }
      Operand value = operand();
      if (!(value instanceof Literal)) {
        throw syntax("in takes a list of literals");
      }
      check(left, Operator.EQ, value);
      Filter term = new Compare(Operator.EQ, left, value);
      any = any == null ? term : new Filter.Or(any, term);
      skipSpace();
    } while (peek() == ',' && at++ >= 0);
    expect(')');
    return any;
  }

  private void expect(char c) {
    skipSpace();
    if (peek() != c) {
      throw syntax(
          at >= text.length()
              ? "the expression ends where '" + c + "' is missing"
              : "'" + c + "' expected");
    }
    at++;
  }

  private String string() {
    StringBuilder value = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '\'') {
        if (peek() == '\'') {
          value.append('\'');
          at++;
        } else {
          return value.toString();
        }
      } else {
        value.append(c);
      }
    }
    throw syntax("a string is not closed with '");
  }

  private Object numberOrDate() {
    int start = at;
    while (at < text.length() && "0123456789.-+:TZeE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String token = text.substring(start, at);
    try {
      if (token.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(token);
      }
      if (token.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
        return OffsetDateTime.parse(token).toInstant();
      }
      return bounded(token, new BigDecimal(token));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw syntax("'" + token + "' is not a number, date or date-time");
    }
  }

  /**
   * A number with a huge exponent (1e10000000) parses cheaply but makes every comparison expand it
   * to millions of digits: bounded here, before any row is compared.
   */
  private BigDecimal bounded(String token, BigDecimal number) {
    BigDecimal plain = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    if (token.length() > 2 * MAX_DIGITS
        || plain.scale() > MAX_DIGITS
        || plain.precision() - plain.scale() > MAX_DIGITS) {
      throw syntax(
          "'"
              + (token.length() > 40 ? token.substring(0, 40) + "…" : token)
              + "' is out of range (at most "
              + MAX_DIGITS
              + " digits before and after the point)");
    }
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /** Refuses comparisons that can never be true or false in a meaningful way. */
  private void check(Operand left, Operator operator, Operand right) {
    Category a = category(left);
    Category b = category(right);
    if (a != null && b != null && a != b) {
      throw ODataException.badRequest(
          "$filter", "cannot compare " + describe(left) + " with " + describe(right));
    }
    if (operator != Operator.EQ
        && operator != Operator.NE
        && (a == Category.BOOLEAN || b == Category.BOOLEAN)) {
      throw ODataException.badRequest("$filter", "true and false compare only by eq and ne");
    }
  }

  private enum Category {
    NUMBER,
    TEXT,
    BOOLEAN,
    DATE,
    INSTANT
  }

  private static Category category(Operand operand) {
    if (operand instanceof Filter.Call call) {
      return call.function() == Filter.Function.TOLOWER
              || call.function() == Filter.Function.TOUPPER
          ? Category.TEXT
          : Category.NUMBER;
    }
    if (operand instanceof PropertyRef ref) {
      EdmType type = ref.property().type();
      return type.isNumeric()
          ? Category.NUMBER
          : switch (type) {
            case STRING -> Category.TEXT;
            case BOOLEAN -> Category.BOOLEAN;
            case DATE -> Category.DATE;
            default -> Category.INSTANT;
          };
    }
    Object value = ((Literal) operand).value();
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal) {
      return Category.NUMBER;
    }
    if (value instanceof String) {
      return Category.TEXT;
    }
    if (value instanceof Boolean) {
      return Category.BOOLEAN;
    }
    return value instanceof LocalDate ? Category.DATE : Category.INSTANT;
  }

  private static String describe(Operand operand) {
    if (operand instanceof Filter.Call call) {
      return call.function().name().toLowerCase(java.util.Locale.ROOT)
          + "("
          + describe(call.argument())
          + ")";
    }
    if (operand instanceof PropertyRef ref) {
      return ref.property().name() + " (" + ref.property().type().edmName + ")";
    }
    Object value = ((Literal) operand).value();
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }

  private boolean keyword(String keyword) {
    skipSpace();
    int end = at + keyword.length();
    if (text.startsWith(keyword, at)
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
        && (keyword.equals("not") || end < text.length())) {
      at = end;
      return true;
    }
    return false;
  }

  private String word() {
    int start = at;
    while (at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
      at++;
    }
    return text.substring(start, at);
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private String rest() {
    return text.substring(at, Math.min(text.length(), at + 20));
  }

  private ODataException syntax(String reason) {
    return ODataException.badRequest("$filter", reason + " (at character " + (at + 1) + ")");
  }
}
