package se.styrkort.bi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A flat row type's columns, taken from its record components so that the JSON properties, the CSV
 * header and the OData properties can never differ. CSV is written in one dialect: RFC 4180 (comma,
 * CRLF, fields quoted with double quotes where they hold a comma, quote or line break), UTF-8
 * without a byte-order mark, a header row, an empty field for null, numbers with a decimal point,
 * dates and times in ISO 8601, and text that a spreadsheet would take for a formula prefixed with
 * an apostrophe ({@link #neutralised}).
 */
public final class FlatTable<R extends Record> {

  public static final String CSV = "text/csv";
  public static final String CSV_UTF8 = "text/csv; charset=utf-8; header=present";

  private static final CSVFormat DIALECT = CSVFormat.RFC4180;
  private static final String FORMULA_START = "=+-@\t\r";
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  private final RecordComponent[] components;

  public FlatTable(Class<R> type) {
    this.components = type.getRecordComponents();
  }

  public List<String> columns() {
    return Arrays.stream(components).map(RecordComponent::getName).toList();
  }

  public List<RecordComponent> components() {
    return List.of(components);
  }

  /** The value of one column of a row. */
  public Object value(R row, int column) {
    try {
      return components[column].getAccessor().invoke(row);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + components[column].getName(), e);
    }
  }

  public CSVPrinter printer(Appendable out) {
    try {
      CSVPrinter printer = new CSVPrinter(out, DIALECT);
      printer.printRecord(columns());
      return printer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void print(CSVPrinter printer, List<R> rows) {
    try {
      Object[] cells = new Object[components.length];
      for (R row : rows) {
        for (int i = 0; i < components.length; i++) {
          cells[i] = text(value(row, i));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell as CSV writes it; null is an empty field. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Double number) {
      return BigDecimal.valueOf(number).toPlainString();
    }
    if (value instanceof String text) {
      return neutralised(text);
    }
    return value.toString();
  }

  /**
   * A text cell a spreadsheet would run as a formula (OWASP, "CSV Injection": it starts with = + -
   * {@literal @}, a tab or a carriage return) gets a leading apostrophe, so that Excel, LibreOffice
   * and Google Sheets show it as the text it is. A text that is a plain number ("-5", "-2.5": the
   * valueText of a negative value) is left alone: it is no formula, and it must stay a number.
   */
  static String neutralised(String text) {
    if (text.isEmpty() || FORMULA_START.indexOf(text.charAt(0)) < 0) {
      return text;
    }
    return PLAIN_NUMBER.matcher(text).matches() ? text : "'" + text;
  }
}
