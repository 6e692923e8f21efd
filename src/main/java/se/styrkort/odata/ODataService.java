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
import se.styrkort.bi.NodeFactRow;
import se.styrkort.bi.NodeFactsService;
import se.styrkort.common.Numbers;
import se.styrkort.common.SqlStatements;
import se.styrkort.odata.EntitySet.Property;
import se.styrkort.odata.ODataQuery.OrderItem;
import se.styrkort.security.CallerAccess;

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
  @Inject NodeFactsService nodeFacts;
  @Inject CallerAccess access;

  private final FlatTable<FactRow> factTable = new FlatTable<>(FactRow.class);
  private final List<String> columns = factTable.columns();
  private final FlatTable<NodeFactRow> nodeTable = new FlatTable<>(NodeFactRow.class);

  /** One page of entities (selected properties only), the count if asked, the next token. */
  record Result(List<Map<String, Object>> rows, Long count, String nextSkipToken) {}

  Result read(EntitySet set, ODataQuery query, Optional<Set<Long>> planIds) {
    if (isNodeFacts(set)) {
      // A token this service did not issue is refused before every plan-year is computed.
      PageToken.decode(
          query.skipToken(),
          totalOrder(set, query).stream().map(item -> item.property().type()).toList());
      return readSorted(set, query, nodeValues(query.filter(), planIds, null));
    }
    return set.computed() ? readFacts(query, planIds) : readTable(set, query, planIds);
  }

  /** The query's order, then the set's key: a total order, so a keyset token names one place. */
  static List<OrderItem> totalOrder(EntitySet set, ODataQuery query) {
    List<OrderItem> order = new ArrayList<>(query.orderBy());
    for (String key : set.keys()) {
      if (order.stream().noneMatch(item -> item.property().name().equals(key))) {
        order.add(new OrderItem(set.byName().get(key), false));
      }
    }
    return order;
  }

  private Result readTable(EntitySet set, ODataQuery query, Optional<Set<Long>> planIds) {
    List<OrderItem> order = totalOrder(set, query);
    List<EdmType> types = order.stream().map(item -> item.property().type()).toList();
    PageToken token = PageToken.decode(query.skipToken(), types);
    long consumed = token == null ? 0 : token.consumed();
    long remaining = query.top() == null ? Long.MAX_VALUE : query.top() - consumed;
    int limit = (int) Math.max(0, Math.min(pageSize, remaining));
    List<Object> parameters = new ArrayList<>();
    String where = where(set, query.filter(), planIds, parameters);
    List<Object> pageParameters = new ArrayList<>(parameters);
    String after = token == null ? "" : " and " + keyset(order, token.after(), pageParameters);
    String columns =
        query.select().stream().map(Property::column).collect(Collectors.joining(", "))
            + ", "
            + order.stream()
                .map(item -> item.property().column())
                .collect(Collectors.joining(", "));
    String sql =
        "select "
            + columns
            + " from "
            + set.from()
            + where
            + after
            + " order by "
            + order.stream()
                .map(item -> item.property().column() + (item.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", "))
            + " limit ? offset ?";
    try (Connection connection = dataSource.getConnection()) {
      Long count = token == null ? null : token.count();
      if (query.count() && count == null) {
        count = count(connection, set, where, parameters);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      List<Object> last = null;
      boolean more = false;
      if (limit > 0) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          SqlStatements.count();
          pageParameters.add(limit + 1);
          pageParameters.add(token == null ? query.skip() : 0L);
          bind(statement, pageParameters);
          try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
              if (rows.size() == limit) {
                more = true;
                break;
              }
              rows.add(row(query.select(), result, 0));
              last =
                  new ArrayList<>(
                      row(
                              order.stream().map(OrderItem::property).toList(),
                              result,
                              query.select().size())
                          .values());
            }
          }
        }
      }
      String next =
          more && remaining > limit
              ? new PageToken(last, consumed + rows.size(), query.count() ? count : null)
                  .encode(types)
              : null;
      return new Result(rows, query.count() ? count : null, next);
    } catch (SQLException e) {
      throw new IllegalStateException("reading " + set.name() + " failed", e);
    }
  }

  /**
   * Rows strictly after {@code values} in {@code order}, as MariaDB sorts (nulls first ascending,
   * last descending; text by the column's collation, as ORDER BY compares it).
   */
  private static String keyset(
      List<OrderItem> order, List<Object> values, List<Object> parameters) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      List<String> terms = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        String column = order.get(j).property().column();
        Object value = values.get(j);
        if (value == null) {
          terms.add(column + " is null");
        } else {
          terms.add(column + " = ?");
          parameters.add(parameter(value));
        }
      }
      String column = order.get(i).property().column();
      Object value = values.get(i);
      if (!order.get(i).descending()) {
        if (value == null) {
          terms.add(column + " is not null");
        } else {
          terms.add(column + " > ?");
          parameters.add(parameter(value));
        }
      } else if (value == null) {
        terms.add("1 = 0");
      } else {
        terms.add("(" + column + " < ? or " + column + " is null)");
        parameters.add(parameter(value));
      }
      alternatives.add("(" + String.join(" and ", terms) + ")");
    }
    return "(" + String.join(" or ", alternatives) + ")";
  }

  private static Object parameter(Object value) {
    return value instanceof java.time.Instant instant ? Timestamp.from(instant) : value;
  }

  private static long count(
      Connection connection, EntitySet set, String where, List<Object> parameters)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select count(*) from " + set.from() + where)) {
      SqlStatements.count();
      bind(statement, parameters);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /** The number of entities a filter matches (for /{set}/$count). */
  long count(EntitySet set, Filter filter, Optional<Set<Long>> planIds) {
    if (isNodeFacts(set)) {
      return nodeValues(filter, planIds, null).size();
    }
    if (set.computed()) {
      long[] counted = {0};
      facts.stream(
          FactPushdown.narrow(filter, planIds),
          chunk -> {
            for (FactRow fact : chunk) {
              if (filter == null || MemoryFilter.test(filter, values(fact))) {
                counted[0]++;
              }
            }
            return true;
          });
      return counted[0];
    }
    List<Object> parameters = new ArrayList<>();
    String where = where(set, filter, planIds, parameters);
    try (Connection connection = dataSource.getConnection()) {
      return count(connection, set, where, parameters);
    } catch (SQLException e) {
      throw new IllegalStateException("counting " + set.name() + " failed", e);
    }
  }

  /** One entity by its key, if the caller may read it. */
  Optional<Map<String, Object>> byKey(
      EntitySet set, Map<String, Object> key, List<Property> select, Optional<Set<Long>> planIds) {
    Filter filter = null;
    for (Map.Entry<String, Object> part : key.entrySet()) {
      Filter term =
          new Filter.Compare(
              Filter.Operator.EQ,
              new Filter.PropertyRef(set.byName().get(part.getKey())),
              new Filter.Literal(part.getValue()));
      filter = filter == null ? term : new Filter.And(filter, term);
    }
    if (isNodeFacts(set)) {
      Long planId = planOfNode((String) key.get("kind"), ((Number) key.get("nodeId")).longValue());
      if (planId == null) {
        return Optional.empty();
      }
      ODataQuery selecting = new ODataQuery(null, select, List.of(), null, 0, false, null);
      return nodeValues(filter, planIds, planId).stream()
          .findFirst()
          .map(values -> selected(selecting, values));
    }
    if (set.computed()) {
      long pointId = ((Number) key.get("pointId")).longValue();
      Filter match = filter;
      List<Map<String, Object>> found = new ArrayList<>();
      ODataQuery selecting = new ODataQuery(null, select, List.of(), null, 0, false, null);
      facts.stream(
          FactPushdown.narrow(filter, planIds),
          pointId,
          chunk -> {
            for (FactRow fact : chunk) {
              if (fact.pointId() > pointId) {
                return false;
              }
              Map<String, Object> values = values(fact);
              if (MemoryFilter.test(match, values)) {
                found.add(selected(selecting, values));
                return false;
              }
            }
            return true;
          });
      return found.stream().findFirst();
    }
    ODataQuery query = new ODataQuery(filter, select, List.of(), 1L, 0, false, null);
    List<Map<String, Object>> rows = read(set, query, planIds).rows();
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private static String where(
      EntitySet set, Filter filter, Optional<Set<Long>> planIds, List<Object> parameters) {
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
    if (filter != null) {
      where.append(" and ").append(SqlFilter.sql(filter, parameters));
    }
    return where.toString();
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private static Map<String, Object> row(List<Property> properties, ResultSet result, int offset)
      throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      Object value;
      if (property.type() == EdmType.DATE_TIME_OFFSET) {
        Timestamp timestamp = result.getTimestamp(offset + i + 1);
        value = timestamp == null ? null : timestamp.toInstant();
      } else {
        value = result.getObject(offset + i + 1, property.type().javaType);
      }
      row.put(property.name(), value instanceof BigDecimal d ? Numbers.plain(d) : value);
    }
    return row;
  }

  private static final List<EdmType> FACT_KEY = List.of(EdmType.INT64, EdmType.INT32);

  /** Facts in their natural order (pointId, year) are streamed: every page costs the same. */
  static boolean natural(List<OrderItem> order) {
    return order.isEmpty()
        || (!order.get(0).descending()
            && order.get(0).property().name().equals("pointId")
            && (order.size() == 1
                || (order.size() == 2
                    && !order.get(1).descending()
                    && order.get(1).property().name().equals("year"))));
  }

  private Result readFacts(ODataQuery query, Optional<Set<Long>> planIds) {
    BiFilter filter = FactPushdown.narrow(query.filter(), planIds);
    if (!natural(query.orderBy())) {
      if (filter.planId() == null) {
        throw ODataException.notImplemented(
            "$orderby on Facts other than 'pointId' or 'pointId,year' (their natural order)"
                + " unless $filter names one plan (planId eq N)");
      }
      return readFactsSorted(query, filter);
    }
    PageToken token = PageToken.decode(query.skipToken(), FACT_KEY);
    long afterPoint = token == null ? 0 : (Long) token.after().get(0);
    int afterYear = token == null ? 0 : (Integer) token.after().get(1);
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
          afterPoint,
          chunk -> {
            for (FactRow fact : chunk) {
              if (token != null
                  && (fact.pointId() < afterPoint
                      || (fact.pointId() == afterPoint && fact.year() <= afterYear))) {
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
              rows.add(selected(query, all));
              last[0] = fact;
            }
            return true;
          });
    }
    Long count = token == null ? null : token.count();
    if (query.count() && count == null) {
      count = count(EntitySets.FACTS, query.filter(), planIds);
    }
    String next =
        more[0] && remaining > limit
            ? new PageToken(
                    List.of(last[0].pointId(), last[0].year()),
                    consumed + rows.size(),
                    query.count() ? count : null)
                .encode(FACT_KEY)
            : null;
    return new Result(rows, query.count() ? count : null, next);
  }

  private static Map<String, Object> selected(ODataQuery query, Map<String, Object> all) {
    Map<String, Object> selected = new LinkedHashMap<>();
    query.select().forEach(p -> selected.put(p.name(), all.get(p.name())));
    return selected;
  }

  /**
   * One plan's facts in any order: all of them are computed and sorted for each page (a plan has a
   * few thousand at most), and a page starts after the token's entity in that order.
   */
  private Result readFactsSorted(ODataQuery query, BiFilter filter) {
    List<Map<String, Object>> all = new ArrayList<>();
    facts.stream(
        filter,
        chunk -> {
          for (FactRow fact : chunk) {
            Map<String, Object> values = values(fact);
            if (query.filter() == null || MemoryFilter.test(query.filter(), values)) {
              all.add(values);
            }
          }
          return true;
        });
    return readSorted(EntitySets.FACTS, query, all);
  }

  /** Entities computed whole (and filtered) in memory, in the query's order, one page of them. */
  private Result readSorted(EntitySet set, ODataQuery query, List<Map<String, Object>> all) {
    List<OrderItem> order = totalOrder(set, query);
    List<EdmType> types = order.stream().map(item -> item.property().type()).toList();
    PageToken token = PageToken.decode(query.skipToken(), types);
    java.util.Comparator<List<Object>> byOrder =
        (a, b) -> {
          for (int i = 0; i < order.size(); i++) {
            int c = MemoryFilter.sortOrder(a.get(i), b.get(i));
            if (c != 0) {
              return order.get(i).descending() ? -c : c;
            }
          }
          return 0;
        };
    java.util.function.Function<Map<String, Object>, List<Object>> keyOf =
        row -> {
          List<Object> key = new ArrayList<>();
          order.forEach(item -> key.add(row.get(item.property().name())));
          return key;
        };
    all.sort((a, b) -> byOrder.compare(keyOf.apply(a), keyOf.apply(b)));
    long consumed = token == null ? 0 : token.consumed();
    long remaining = query.top() == null ? Long.MAX_VALUE : query.top() - consumed;
    int limit = (int) Math.max(0, Math.min(pageSize, remaining));
    long toSkip = token == null ? query.skip() : 0;
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Object> last = null;
    boolean more = false;
    for (Map<String, Object> row : all) {
      if (limit == 0) {
        break;
      }
      List<Object> key = keyOf.apply(row);
      if (token != null && byOrder.compare(key, token.after()) <= 0) {
        continue;
      }
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      if (rows.size() == limit) {
        more = true;
        break;
      }
      rows.add(selected(query, row));
      last = key;
    }
    Long count = query.count() ? (long) all.size() : null;
    String next =
        more && remaining > limit
            ? new PageToken(last, consumed + rows.size(), count).encode(types)
            : null;
    return new Result(rows, count, next);
  }

  static boolean isNodeFacts(EntitySet set) {
    return set.name().equals(EntitySets.NODE_FACTS.name());
  }

  /**
   * The node rows a filter matches, as property values (an enum as its name), in the set's key
   * order: of one plan when {@code planId} is given, else narrowed as the filter allows. An
   * anonymous reader sees APPROVED assessments only, as in GET /api/v1/bi/node-facts.
   */
  private List<Map<String, Object>> nodeValues(
      Filter filter, Optional<Set<Long>> planIds, Long planId) {
    BiFilter narrowed = FactPushdown.narrow(filter, planIds);
    if (planId != null) {
      narrowed =
          new BiFilter(planId, narrowed.fromYear(), narrowed.toYear(), narrowed.readablePlanIds());
    }
    List<String> names = nodeTable.columns();
    List<Map<String, Object>> all = new ArrayList<>();
    nodeFacts.stream(
        narrowed,
        !access.seesAuthorship(),
        null,
        chunk -> {
          for (NodeFactRow row : chunk) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
              Object value = nodeTable.value(row, i);
              values.put(names.get(i), value instanceof Enum<?> e ? e.name() : value);
            }
            if (filter == null || MemoryFilter.test(filter, values)) {
              all.add(values);
            }
          }
          return true;
        });
    return all;
  }

  /** The plan a node of a kind belongs to, or null when there is no such node. */
  private Long planOfNode(String kind, long nodeId) {
    String sql =
        switch (kind) {
          case "PLAN" -> "select id from plan where id = ?";
          case "FOCUS_AREA", "GOAL" -> "select plan_id from goal where id = ?";
          case "INDICATOR" ->
              "select g.plan_id from indicator i join goal g on g.id = i.goal_id where i.id = ?";
          default -> null;
        };
    if (sql == null) {
      return null;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      SqlStatements.count();
      statement.setLong(1, nodeId);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? result.getLong(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("finding the plan of a node failed", e);
    }
  }

  private Map<String, Object> values(FactRow fact) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      values.put(columns.get(i), factTable.value(fact, i));
    }
    return values;
  }
}
