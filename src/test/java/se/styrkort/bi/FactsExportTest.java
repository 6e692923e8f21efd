package se.styrkort.bi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import se.styrkort.cache.DocumentCache;
import se.styrkort.common.SqlStatements;
import se.styrkort.demo.DemoPlans;
import se.styrkort.support.Api;
import se.styrkort.support.LargePlan;

/**
 * The CSV export reads the facts in one forward-only statement (FactsExport, issue 18); the JSON
 * pages and OData still read them chunk by chunk (FactsService). Both are compared here byte for
 * byte, the chunked rows printed with the same table: the demo plan, a generated plan with every
 * value type and kind of target and reference series (two national ones, of which the first
 * counts), narrowed years, and every plan at once.
 */
@QuarkusTest
class FactsExportTest {

  private static final FlatTable<FactRow> TABLE = new FlatTable<>(FactRow.class);

  @Inject FactsService facts;
  @Inject AgroalDataSource dataSource;
  @Inject SessionFactory sessions;
  @Inject DocumentCache documents;

  @io.quarkus.test.common.http.TestHTTPResource("/")
  URL base;

  @Test
  void theExportIsTheChunkedFactsByteForByte() throws Exception {
    long generated =
        new LargePlan(dataSource).create(new LargePlan.Shape(2, 2, 3, 5, 2021, 10), "Export");
    long[] points = points(generated);
    references(points[0], "NATIONAL", Map.of(2021, "97.2", 2022, "97.4"));
    references(points[0], "NATIONAL", Map.of(2021, "90", 2023, "91.5"));
    references(points[0], "COUNTY", Map.of(2022, "96.8"));
    references(points[1], "COUNTY", Map.of(2025, "-3.25"));

    assertSame(Map.of("planId", DemoPlans.id()), 69);
    assertSame(Map.of("planId", generated), 60 * 10);
    assertSame(Map.of("planId", generated, "fromYear", 2023, "toYear", 2024), 60 * 2);
    assertSame(Map.of("planId", generated, "fromYear", 2031), 0);
    assertSame(Map.of(), -1);
  }

  @Test
  void anExportTakesAtMostSixStatementsWhateverItsSize() throws Exception {
    long small =
        new LargePlan(dataSource).create(new LargePlan.Shape(1, 1, 1, 2, 2021, 3), "Liten");
    long large =
        new LargePlan(dataSource).create(new LargePlan.Shape(2, 3, 10, 25, 2021, 3), "Stor");
    long forSmall = statements(small);
    long forLarge = statements(large);
    assertEquals(forSmall, forLarge, "a plan of 2 points and one of 1,500");
    assertTrue(forLarge <= 6, forLarge + " statements");
  }

  /** Every statement of one export (Hibernate's and plain JDBC), the document cache emptied. */
  private long statements(long planId) throws Exception {
    documents.clear();
    sessions.getStatistics().clear();
    long jdbc = SqlStatements.total();
    String csv = export(Map.of("planId", planId));
    assertTrue(csv.lines().count() > 1, "rows");
    return sessions.getStatistics().getPrepareStatementCount() + SqlStatements.total() - jdbc;
  }

  private void assertSame(Map<String, Object> query, int expectedRows) throws Exception {
    Long planId = (Long) query.get("planId");
    BiFilter filter =
        BiFilter.of(
            planId,
            (Integer) query.get("fromYear"),
            (Integer) query.get("toYear"),
            Optional.<Set<Long>>empty());
    StringWriter chunked = new StringWriter();
    CSVPrinter printer = TABLE.printer(chunked);
    facts.stream(
        filter,
        rows -> {
          TABLE.print(printer, rows);
          return true;
        });
    printer.flush();
    String exported = export(query);
    if (expectedRows >= 0) {
      assertEquals(expectedRows + 1, exported.lines().count(), "rows of " + query);
    }
    assertEquals(chunked.toString(), exported, "the export of " + query);
  }

  private String export(Map<String, Object> query) throws Exception {
    String parameters =
        query.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/bi/facts?" + parameters))
            .header("Accept", "text/csv");
    Api.authHeaders().forEach(request::header);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private long[] points(long planId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select p.id from measurement_point p join indicator i on i.id = p.indicator_id"
                    + " join goal g on g.id = i.goal_id where g.plan_id = ? order by p.id")) {
      select.setLong(1, planId);
      try (ResultSet rows = select.executeQuery()) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
      }
    }
  }

  private void references(long pointId, String level, Map<Integer, String> values)
      throws Exception {
    BiTables.references(dataSource, pointId, level, level + " " + values.keySet(), values);
  }
}
