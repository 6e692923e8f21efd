package se.styrkort.bi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The facts' CSV written straight into UTF-8 bytes: the bytes {@link FlatTable#print} writes for
 * the same rows (commons-csv's RFC 4180 printer, minimal quoting, {@link FlatTable#text} for each
 * cell), without its per-cell reflection, boxing, locking and char-to-byte encoder. A million rows
 * went through those at about a third of the export's time. FactCsvTest compares the two on tricky
 * text; FactsExportTest compares whole exports with the chunked facts printed by FlatTable.
 *
 * <p>Quoting as commons-csv 1.14's MINIMAL mode: a field is quoted when it is empty and first in
 * its record, starts with a character up to '#', holds a comma, double quote, CR or LF, or ends
 * with a character up to space; inside quotes a double quote is doubled. Null is an empty field.
 */
final class FactCsv {

  private static final byte[] HEADER = headerBytes();
  private static final int SIZE = 1 << 16;

  private final OutputStream out;
  private final byte[] buffer = new byte[SIZE];
  private int position;

  /** The text of each string column as last written and its bytes, fields quoted as needed. */
  private final String[] lastText = new String[FactRow.class.getRecordComponents().length];

  private final byte[][] lastBytes = new byte[lastText.length][];

  private static final int PROGRESS_SLOTS = 4096;
  private final long[] progressBits = new long[PROGRESS_SLOTS];
  private final byte[][] progressText = new byte[PROGRESS_SLOTS][];

  FactCsv(OutputStream out) {
    this.out = out;
  }

  /** The header row, exactly as {@link FlatTable#printer} writes it. */
  private static byte[] headerBytes() {
    StringWriter header = new StringWriter();
    try {
      CSVPrinter printer = new FlatTable<>(FactRow.class).printer(header);
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return header.toString().getBytes(StandardCharsets.UTF_8);
  }

  void header() throws IOException {
    write(HEADER);
  }

  void rows(List<FactRow> rows) throws IOException {
    for (FactRow row : rows) {
      row(row);
    }
  }

  /** The columns of {@link FactRow} in order; each cell as {@link FlatTable#text} gives it. */
  void row(FactRow r) throws IOException {
    number(r.planId());
    text(1, r.planName());
    text(2, r.organisationCode());
    comma();
    number(r.focusAreaId());
    text(4, r.focusAreaCode());
    text(5, r.focusAreaTitle());
    comma();
    number(r.goalId());
    text(7, r.goalCode());
    text(8, r.goalTitle());
    comma();
    number(r.indicatorId());
    text(10, r.indicatorCode());
    text(11, r.indicatorTitle());
    comma();
    number(r.pointId());
    text(13, r.pointCode());
    text(14, r.pointLabel());
    text(15, r.pointGroup());
    text(16, r.valueType());
    text(17, r.unit());
    comma();
    number(r.year());
    text(19, r.targetWritten());
    text(20, r.targetComparator());
    comma();
    decimal(r.targetValue());
    text(22, r.targetText());
    comma();
    number(r.targetReferenceYear());
    comma();
    number(r.baselineYear());
    comma();
    decimal(r.baselineValue());
    text(26, r.baselineText());
    comma();
    decimal(r.outcomeValue());
    text(28, r.outcomeText());
    comma();
    date(r.outcomeAsOf());
    comma();
    decimal(r.forecastValue());
    text(31, r.forecastText());
    comma();
    date(r.forecastAsOf());
    text(33, r.status());
    text(34, r.reason());
    comma();
    if (r.progress() != null) {
      progress(r.progress());
    }
    text(36, r.trend());
    comma();
    decimal(r.nationalValue());
    comma();
    decimal(r.countyValue());
    comma();
    decimal(r.nationalDifference());
    comma();
    decimal(r.countyDifference());
    ensure(2);
    buffer[position++] = '\r';
    buffer[position++] = '\n';
  }

  /** Sends what is buffered on and flushes, so that the client sees progress. */
  void flush() throws IOException {
    drain();
    out.flush();
  }

  private void comma() throws IOException {
    ensure(1);
    buffer[position++] = ',';
  }

  private void number(long value) throws IOException {
    ensure(20);
    if (value < 0 || value >= 1_000_000_000_000_000L) {
      ascii(Long.toString(value));
      return;
    }
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    int end = position + digits;
    long rest = value;
    for (int i = end - 1; i >= position; i--) {
      buffer[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    position = end;
  }

  private void number(Long value) throws IOException {
    if (value != null) {
      number(value.longValue());
    }
  }

  private void number(Integer value) throws IOException {
    if (value != null) {
      number(value.longValue());
    }
  }

  private void decimal(BigDecimal value) throws IOException {
    if (value != null) {
      ascii(value.toPlainString());
    }
  }

  /** As LocalDate.toString writes it (2024-12-31), without its StringBuilder, for 1000–9999. */
  private void date(LocalDate value) throws IOException {
    if (value == null) {
      return;
    }
    int year = value.getYear();
    if (year < 1000 || year > 9999) {
      ascii(value.toString());
      return;
    }
    ensure(10);
    buffer[position++] = (byte) ('0' + year / 1000);
    buffer[position++] = (byte) ('0' + year / 100 % 10);
    buffer[position++] = (byte) ('0' + year / 10 % 10);
    buffer[position++] = (byte) ('0' + year % 10);
    buffer[position++] = '-';
    twoDigits(value.getMonthValue());
    buffer[position++] = '-';
    twoDigits(value.getDayOfMonth());
  }

  private void twoDigits(int value) {
    buffer[position++] = (byte) ('0' + value / 10);
    buffer[position++] = (byte) ('0' + value % 10);
  }

  /**
   * A progress as BigDecimal.valueOf(double).toPlainString() writes it. Double.toString is the
   * costly part, and a plan's progress values repeat (ratios of its targets and values): the text
   * of the last few thousand distinct values is kept, by the double's bits.
   */
  private void progress(double value) throws IOException {
    long bits = Double.doubleToRawLongBits(value);
    int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 41)) & (PROGRESS_SLOTS - 1);
    byte[] text = progressText[slot];
    if (text == null || progressBits[slot] != bits) {
      text = BigDecimal.valueOf(value).toPlainString().getBytes(StandardCharsets.US_ASCII);
      progressBits[slot] = bits;
      progressText[slot] = text;
    }
    write(text);
  }

  /** Text known to need no quoting and to be ASCII: numbers, dates, {@link #plain} text. */
  private void ascii(String text) throws IOException {
    int length = text.length();
    if (length > SIZE) {
      write(text.getBytes(StandardCharsets.ISO_8859_1));
      return;
    }
    ensure(length);
    for (int i = 0; i < length; i++) {
      buffer[position++] = (byte) text.charAt(i);
    }
  }

  /** A comma, then a text column (never the first of a record), neutralised and quoted. */
  private void text(int column, String value) throws IOException {
    comma();
    if (value == null) {
      return;
    }
    if (value == lastText[column]) {
      write(lastBytes[column]);
      return;
    }
    if (plain(value)) {
      ascii(value);
      return;
    }
    byte[] bytes = field(FlatTable.neutralised(value));
    lastText[column] = value;
    lastBytes[column] = bytes;
    write(bytes);
  }

  /**
   * Whether a text is written as it is, one byte a character: ASCII, not empty, no formula start (=
   * + - @ tab CR), nothing commons-csv quotes (a first character up to '#', a comma, double quote,
   * CR or LF, a last character up to space). Most of a row's new texts are (numbers as text,
   * reasons); the others go through {@link #field}.
   */
  static boolean plain(String text) {
    int length = text.length();
    if (length == 0) {
      return false;
    }
    char first = text.charAt(0);
    if (first <= '#' || first == '=' || first == '+' || first == '-' || first == '@') {
      return false;
    }
    if (text.charAt(length - 1) <= ' ') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c == ',' || c == '"' || c == '\r' || c == '\n') {
        return false;
      }
    }
    return true;
  }

  /** A field's bytes as commons-csv writes it when it is not first in its record. */
  static byte[] field(String text) {
    int length = text.length();
    boolean quote = length > 0 && (text.charAt(0) <= '#' || text.charAt(length - 1) <= ' ');
    for (int i = 0; i < length && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder quoted = new StringBuilder(length + 8).append('"');
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted.append('"');
      }
      quoted.append(c);
    }
    return quoted.append('"').toString().getBytes(StandardCharsets.UTF_8);
  }

  private void write(byte[] bytes) throws IOException {
    if (bytes.length > SIZE) {
      drain();
      out.write(bytes);
      return;
    }
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, position, bytes.length);
    position += bytes.length;
  }

  private void ensure(int bytes) throws IOException {
    if (position + bytes > SIZE) {
      drain();
    }
  }

  private void drain() throws IOException {
    if (position > 0) {
      out.write(buffer, 0, position);
      position = 0;
    }
  }
}
