package se.styrkort.odata;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.styrkort.bi.BiFilter;
import se.styrkort.bi.FactRow;
import se.styrkort.bi.FactsService;
import se.styrkort.bi.FlatTable;
import se.styrkort.common.Numbers;
import se.styrkort.common.SqlStatements;
import se.styrkort.odata.EntitySet.Property;
import se.styrkort.odata.ODataQuery.OrderItem;

/**
 * Answers a query on an entity set. Table sets become one parameterised SELECT (and one COUNT for
 * $count) over columns named only by the set's definition. The facts are computed, so they are
 * streamed from the BI facts in point order and filtered in memory; their skip token is the key of
 * the last fact sent, so every page costs the same.
 */
@ApplicationScoped
public class ODataService {

  /** Entities per page before @odata.nextLink; Power BI follows the link on its own. */
  @ConfigProperty(name = "styrkort.odata.page-size", defaultValue = "500")
  int pageSize;

  @Inject AgroalDataSource dataSource;
  @Inject FactsService facts;

  private final FlatTable<FactRow> factTable = new FlatTable<>(FactRow.class);
  private final List<String> columns = factTable.columns();

  /** One page of entities (selected properties only), the count if asked, the next token. */
  record Result(List<Map<String, Object>> rows, Long count, String nextSkipToken) {}

  Result read(EntitySet set, ODataQuery query, Optional<Set<Long>> planIds) {
    return set.computed() ? readFacts(query, planIds) : readTable(set, query, planIds);
  }

  private Result readTable(EntitySet set, ODataQuery query, Optional<Set<Long>> planIds) {
    long consumed = tableToken(query.skipToken());
    long remaining = query.top() == null ? Long.MAX_VALUE : query.top() - consumed;
    int limit = (int) Math.max(0, Math.min(pageSize, remaining));
    List<Object> parameters = new ArrayList<>();
    String where = where(set, query, planIds, parameters);
    String order =
        query.orderBy().stream()
            .map(item -> item.property().column() + (item.descending() ? " desc" : " asc"))
            .collect(Collectors.toCollection(ArrayList::new))
            .stream()
            .collect(Collectors.joining(", "));
    String keys =
        set.keys().stream()
            .map(key -> set.byName().get(key).column())
            .collect(Collectors.joining(", "));
    String columns =
        query.select().stream().map(Property::column).collect(Collectors.joining(", "));
    String sql =
        "select "
            + columns
            + " from "
            + set.from()
            + where
            + " order by "
            + (order.isEmpty() ? keys : order + ", " + keys)
            + " limit ? offset ?";
    try (Connection connection = dataSource.getConnection()) {
      Long count = null;
      if (query.count()) {
        try (PreparedStatement statement =
            connection.prepareStatement("select count(*) from " + set.from() + where)) {
          SqlStatements.count();
          bind(statement, parameters);
          try (ResultSet result = statement.executeQuery()) {
            result.next();
            count = result.getLong(1);
          }
        }
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      boolean more = false;
      if (limit > 0) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          SqlStatements.count();
          List<Object> all = new ArrayList<>(parameters);
          all.add(limit + 1);
          all.add(query.skip() + consumed);
          bind(statement, all);
          try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
              if (rows.size() == limit) {
                more = true;
                break;
              }
              rows.add(row(query.select(), result));
            }
          }
        }
      }
      return new Result(
          rows, count, more && remaining > limit ? Long.toString(consumed + limit) : null);
    } catch (SQLException e) {
      throw new IllegalStateException("reading " + set.name() + " failed", e);
    }
  }

  private static String where(
      EntitySet set, ODataQuery query, Optional<Set<Long>> planIds, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    planIds.ifPresent(
        ids -> {
          if (ids.isEmpty()) {
            where.append(" and 1 = 0");
          } else {
            where
                .append(" and ")
                .append(set.planColumn())
                .append(" in (")
                .append(ids.stream().map(id -> "?").collect(Collectors.joining(", ")))
                .append(")");
            parameters.addAll(ids);
          }
        });
    if (query.filter() != null) {
      where.append(" and ").append(SqlFilter.sql(query.filter(), parameters));
    }
    return where.toString();
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private static Map<String, Object> row(List<Property> properties, ResultSet result)
      throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      Object value;
      if (property.type() == EdmType.DATE_TIME_OFFSET) {
        Timestamp timestamp = result.getTimestamp(i + 1);
        value = timestamp == null ? null : timestamp.toInstant();
      } else {
        value = result.getObject(i + 1, property.type().javaType);
      }
      row.put(property.name(), value instanceof BigDecimal d ? Numbers.plain(d) : value);
    }
    return row;
  }

  private static long tableToken(String token) {
    if (token == null) {
      return 0;
    }
    try {
      long consumed = Long.parseLong(token);
      if (consumed >= 0) {
        return consumed;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw ODataException.badRequest("$skiptoken", "is not a token this service issued");
  }

  /** Where a page of facts starts: after this fact, with this many sent before it. */
  private record FactToken(long pointId, int year, long consumed) {
    static FactToken parse(String token) {
      if (token == null) {
        return null;
      }
      String[] parts = token.split("\\.");
      try {
        if (parts.length == 3) {
          return new FactToken(
              Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
        }
      } catch (NumberFormatException e) {
        // falls through to the refusal
      }
      throw ODataException.badRequest("$skiptoken", "is not a token this service issued");
    }

    @Override
    public String toString() {
      return pointId + "." + year + "." + consumed;
    }
  }

  private Result readFacts(ODataQuery query, Optional<Set<Long>> planIds) {
    List<OrderItem> order = query.orderBy();
    boolean natural =
        order.isEmpty()
            || (!order.get(0).descending()
                && order.get(0).property().name().equals("pointId")
                && (order.size() == 1
                    || (order.size() == 2
                        && !order.get(1).descending()
                        && order.get(1).property().name().equals("year"))));
    if (!natural) {
      throw ODataException.notImplemented(
          "$orderby on Facts other than 'pointId' or 'pointId,year' (their natural order)");
    }
    BiFilter filter = FactPushdown.narrow(query.filter(), planIds);
    FactToken token = FactToken.parse(query.skipToken());
    long consumed = token == null ? 0 : token.consumed();
    long remaining = query.top() == null ? Long.MAX_VALUE : query.top() - consumed;
    int limit = (int) Math.max(0, Math.min(pageSize, remaining));
    long[] toSkip = {token == null ? query.skip() : 0};
    List<Map<String, Object>> rows = new ArrayList<>();
    boolean[] more = {false};
    FactRow[] last = {null};
    if (limit > 0) {
      facts.stream(
          filter,
          token == null ? 0 : token.pointId(),
          chunk -> {
            for (FactRow fact : chunk) {
              if (token != null
                  && (fact.pointId() < token.pointId()
                      || (fact.pointId() == token.pointId() && fact.year() <= token.year()))) {
                continue;
              }
              Map<String, Object> all = values(fact);
              if (query.filter() != null && !MemoryFilter.test(query.filter(), all)) {
                continue;
              }
              if (toSkip[0] > 0) {
                toSkip[0]--;
                continue;
              }
              if (rows.size() == limit) {
                more[0] = true;
                return false;
              }
              Map<String, Object> selected = new LinkedHashMap<>();
              query.select().forEach(p -> selected.put(p.name(), all.get(p.name())));
              rows.add(selected);
              last[0] = fact;
            }
            return true;
          });
    }
    Long count = null;
    if (query.count()) {
      long[] counted = {0};
      facts.stream(
          filter,
          chunk -> {
            for (FactRow fact : chunk) {
              if (query.filter() == null || MemoryFilter.test(query.filter(), values(fact))) {
                counted[0]++;
              }
            }
            return true;
          });
      count = counted[0];
    }
    String next =
        more[0] && remaining > limit
            ? new FactToken(last[0].pointId(), last[0].year(), consumed + rows.size()).toString()
            : null;
    return new Result(rows, count, next);
  }

  private Map<String, Object> values(FactRow fact) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      values.put(columns.get(i), factTable.value(fact, i));
    }
    return values;
  }
}
