package se.styrkort.bi;

import static se.styrkort.support.Api.given;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a BI table the two ways a client can: every JSON page by following next, or the CSV in one
 * go; both into rows of column → text, so that the two can be compared cell by cell.
 */
final class BiTables {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private BiTables() {}

  record Pages(List<String> columns, List<Map<String, String>> rows, int pages) {}

  /** Follows next from the first page until it is null. */
  static Pages json(String path, Map<String, ?> query) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    int pages = 0;
    String body = given().queryParams(query).get(path).then().statusCode(200).extract().asString();
    while (true) {
      pages++;
      JsonNode page = JSON.readTree(body);
      for (JsonNode item : page.get("items")) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          row.put(field.getKey(), text(field.getValue()));
        }
        if (columns.isEmpty()) {
          columns.addAll(row.keySet());
        }
        rows.add(row);
      }
      JsonNode next = page.get("next");
      if (next.isNull()) {
        return new Pages(columns, rows, pages);
      }
      body = given().get(next.asText()).then().statusCode(200).extract().asString();
    }
  }

  record Csv(Response response, List<String> columns, List<Map<String, String>> rows) {}

  static Csv csv(String path, Map<String, ?> query) throws IOException {
    Response response =
        given().accept("text/csv").queryParams(query).get(path).then().extract().response();
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(response.body().asString()))) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        record.toMap().forEach((column, value) -> row.put(column, null));
        for (String column : parser.getHeaderNames()) {
          String value = record.get(column);
          row.put(column, value.isEmpty() ? null : normal(value));
        }
        rows.add(row);
      }
      return new Csv(response, parser.getHeaderNames(), rows);
    }
  }

  private static String text(JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    return value.isNumber() ? normal(value.decimalValue().toPlainString()) : value.asText();
  }

  /** 99.50 and 99.5 are the same number; anything that is not a number stays as it is. */
  private static String normal(String value) {
    try {
      return new BigDecimal(value).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** Reference values are written by the Kolada sync (another feature); here straight by SQL. */
  static void references(
      javax.sql.DataSource dataSource,
      long pointId,
      String level,
      String label,
      Map<Integer, String> values)
      throws java.sql.SQLException {
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.PreparedStatement series =
            connection.prepareStatement(
                "insert into reference_series (point_id, level, label, source, version, created_at,"
                    + " updated_at) values (?, ?, ?, 'MANUAL', 0, now(6), now(6))",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
      series.setLong(1, pointId);
      series.setString(2, level);
      series.setString(3, label);
      series.executeUpdate();
      long seriesId;
      try (java.sql.ResultSet keys = series.getGeneratedKeys()) {
        keys.next();
        seriesId = keys.getLong(1);
      }
      try (java.sql.PreparedStatement value =
          connection.prepareStatement(
              "insert into reference_value (series_id, year, value_number, updated_at)"
                  + " values (?, ?, ?, now(6))")) {
        for (Map.Entry<Integer, String> entry : values.entrySet()) {
          value.setLong(1, seriesId);
          value.setInt(2, entry.getKey());
          value.setBigDecimal(3, new java.math.BigDecimal(entry.getValue()));
          value.executeUpdate();
        }
      }
    }
  }
}
