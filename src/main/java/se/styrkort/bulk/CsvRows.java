package se.styrkort.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.styrkort.common.DomainException;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.fulfilment.EvaluationKind;

/**
 * Reads follow-up values from a spreadsheet export: UTF-8 with or without BOM, comma or semicolon
 * (whichever the header uses), decimal comma or point. Row i of the data is rows[i], so a refusal
 * names cells the way a JSON bulk entry names fields.
 */
final class CsvRows {

  static final List<String> REQUIRED = List.of("measurementPointId", "year", "kind", "asOf");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
  private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

  private CsvRows() {}

  static List<BulkEvaluationRow> parse(String text, Validator validator) {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String header = csv.lines().findFirst().orElse("");
    char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<CSVRecord> records = new ArrayList<>();
    Map<String, Integer> columns;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      columns = parser.getHeaderMap();
      List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw DomainException.invalid(
            "header", "must name the columns " + String.join(", ", missing));
      }
      try {
        for (CSVRecord record : parser) {
          records.add(record);
          if (records.size() > BulkEvaluationRequest.MAX_ROWS) {
            break;
          }
        }
      } catch (UncheckedIOException e) {
        // Commons CSV reports a quote that is never closed as an I/O failure at the end of input.
        throw DomainException.invalid(
            "rows[" + records.size() + "]",
            "has a quoted field that is never closed (it starts on line "
                + startLine(e, parser.getCurrentLineNumber())
                + ")");
      }
    } catch (IOException | UncheckedIOException e) {
      // Reading from a string fails only on the text: a quote in the header that is never closed.
      throw DomainException.invalid("header", "has a quoted field that is never closed");
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Commons CSV's word for a malformed header: a duplicate or an empty column name.
      throw DomainException.invalid("header", "is no readable CSV header: " + firstLine(e));
    }
    if (records.isEmpty() || records.size() > BulkEvaluationRequest.MAX_ROWS) {
      throw DomainException.invalid(
          "rows", "must be 1–" + BulkEvaluationRequest.MAX_ROWS + " data lines");
    }
    List<FieldError> errors = new ArrayList<>();
    List<BulkEvaluationRow> rows = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      String prefix = "rows[" + i + "].";
      BulkEvaluationRow row = row(records.get(i), columns, prefix, errors);
      // Every cell obeys the limits of the JSON bulk entry's row (lengths, ranges): the same
      // constraints, checked by the same validator, named the same way.
      for (ConstraintViolation<BulkEvaluationRow> violation : validator.validate(row)) {
        String column = violation.getPropertyPath().toString();
        if (errors.stream().noneMatch(e -> e.field().equals(prefix + column))) {
          errors.add(new FieldError(prefix + column, violation.getMessage()));
        }
      }
      rows.add(row);
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    return rows;
  }

  private static long startLine(UncheckedIOException e, long current) {
    Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()));
    return m.find() ? Long.parseLong(m.group(1)) : current;
  }

  private static String firstLine(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static BulkEvaluationRow row(
      CSVRecord record, Map<String, Integer> header, String prefix, List<FieldError> errors) {
    Cells cells = new Cells(record, header, prefix, errors);
    return new BulkEvaluationRow(
        cells.required("measurementPointId", Long::valueOf, "must be a whole number"),
        cells.required("year", Integer::valueOf, "must be a year such as 2024"),
        cells.required(
            "kind",
            k -> EvaluationKind.valueOf(k.toUpperCase(Locale.ROOT)),
            "must be OUTCOME or FORECAST"),
        cells.required("asOf", LocalDate::parse, "must be a date such as 2024-12-31"),
        value(cells.text("value")),
        cells.text("note"),
        cells.text("periodLabel"));
  }

  /** A number (decimal comma or point), true/false, a scale level, or nothing. */
  static JsonNode value(String cell) {
    if (cell == null) {
      return null;
    }
    if (NUMBER.matcher(cell).matches()) {
      return DecimalNode.valueOf(new BigDecimal(cell.replace(',', '.')));
    }
    if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
      return BooleanNode.valueOf(Boolean.parseBoolean(cell.toLowerCase(Locale.ROOT)));
    }
    return TextNode.valueOf(cell);
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }

  private record Cells(
      CSVRecord record, Map<String, Integer> header, String prefix, List<FieldError> errors) {

    String text(String column) {
      if (!header.containsKey(column) || !record.isSet(column)) {
        return null;
      }
      String cell = record.get(column);
      return cell.isBlank() ? null : cell;
    }

    <T> T required(String column, Function<String, T> read, String expected) {
      String cell = text(column);
      if (cell == null) {
        errors.add(new FieldError(prefix + column, "is required"));
        return null;
      }
      try {
        return read.apply(cell);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        errors.add(new FieldError(prefix + column, expected));
        return null;
      }
    }
  }
}
