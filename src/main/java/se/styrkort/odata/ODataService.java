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
      return readNodeFacts(set, query, planIds);
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
      return countNodes(filter, FactPushdown.narrowPlans(filter, planIds));
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
      BiFilter narrowed = FactPushdown.narrow(filter, planIds);
      return nodeValues(
              filter,
              new BiFilter(
                  planId, narrowed.fromYear(), narrowed.toYear(), narrowed.readablePlanIds()))
          .stream()
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
   * The node rows a filter matches (within the narrowing), as property values (an enum as its
   * name), in the order they are computed: every plan-year of the narrowing is computed. An
   * anonymous reader sees APPROVED assessments only, as in GET /api/v1/bi/node-facts.
   */
  private List<Map<String, Object>> nodeValues(Filter filter, BiFilter narrowed) {
    List<Map<String, Object>> all = new ArrayList<>();
    nodeFacts.stream(
        narrowed,
        !access.seesAuthorship(),
        null,
        chunk -> {
          for (NodeFactRow row : chunk) {
            Map<String, Object> values = nodeValues(row);
            if (filter == null || MemoryFilter.test(filter, values)) {
              all.add(values);
            }
          }
          return true;
        });
    return all;
  }

  private Map<String, Object> nodeValues(NodeFactRow row) {
    List<String> names = nodeTable.columns();
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Object value = nodeTable.value(row, i);
      values.put(names.get(i), value instanceof Enum<?> e ? e.name() : value);
    }
    return values;
  }

  /**
   * NodeFacts without $orderby: by plan, year, kind and node, so that a page is the plan-years it
   * shows, computed one after another (the key's order, kind first, would need every plan computed
   * for any page).
   */
  private static List<OrderItem> nodeOrder(EntitySet set) {
    Map<String, Property> byName = set.byName();
    return List.of(
        new OrderItem(byName.get("planId"), false),
        new OrderItem(byName.get("year"), false),
        new OrderItem(byName.get("kind"), false),
        new OrderItem(byName.get("nodeId"), false));
  }

  /** How the rows of an order are computed a part at a time: by plan-year, by plan, or not. */
  private enum Grouping {
    PLAN_YEAR,
    PLAN
  }

  /**
   * An order that begins with planId ascending can be paged a plan at a time (and with year
   * ascending next, a plan-year at a time): each part is sorted whole and follows the one before.
   */
  private static Grouping grouping(List<OrderItem> order) {
    if (order.get(0).descending() || !order.get(0).property().name().equals("planId")) {
      return null;
    }
    return order.size() > 1
            && !order.get(1).descending()
            && order.get(1).property().name().equals("year")
        ? Grouping.PLAN_YEAR
        : Grouping.PLAN;
  }

  private static List<EdmType> types(List<OrderItem> order) {
    return order.stream().map(item -> item.property().type()).toList();
  }

  private static java.util.Comparator<List<Object>> comparator(List<OrderItem> order) {
    return (a, b) -> {
      for (int i = 0; i < order.size(); i++) {
        int c = MemoryFilter.sortOrder(a.get(i), b.get(i));
        if (c != 0) {
          return order.get(i).descending() ? -c : c;
        }
      }
      return 0;
    };
  }

  private static List<Object> keyOf(List<OrderItem> order, Map<String, Object> row) {
    List<Object> key = new ArrayList<>(order.size());
    order.forEach(item -> key.add(row.get(item.property().name())));
    return key;
  }

  /**
   * NodeFacts: streamed a plan-year (or plan) at a time when the order allows it (no $orderby, or
   * one that begins with planId), so a page computes the plan-years it shows and stops; any other
   * order only within one plan (planId eq N), computed whole and sorted, as Facts do. Refused (501)
   * otherwise, before anything is computed: across every plan it would be every plan-year computed
   * for each page, seconds of CPU on a full database.
   */
  private Result readNodeFacts(EntitySet set, ODataQuery query, Optional<Set<Long>> planIds) {
    List<OrderItem> order = query.orderBy().isEmpty() ? nodeOrder(set) : totalOrder(set, query);
    FactPushdown.Narrowed narrowed = FactPushdown.narrowPlans(query.filter(), planIds);
    Grouping grouping = grouping(order);
    if (grouping != null) {
      return streamNodes(query, order, grouping, narrowed);
    }
    if (narrowed.filter().planId() == null) {
      throw ODataException.notImplemented(
          "$orderby on NodeFacts that does not begin with planId (asc) unless $filter names one"
              + " plan (planId eq N)");
    }
    // A token this service did not issue is refused before the plan is computed.
    PageToken.decode(query.skipToken(), types(order));
    return readSorted(set, query, nodeValues(query.filter(), narrowed.filter()));
  }

  /**
   * The number of node rows a filter matches: counted in SQL (nodes times years) when the filter
   * only narrows by plan and year; computed when it names one plan; refused otherwise, since it
   * would compute every plan-year.
   */
  private long countNodes(Filter filter, FactPushdown.Narrowed narrowed) {
    if (narrowed.exact()) {
      return countNodeRows(narrowed.filter());
    }
    if (narrowed.filter().planId() != null) {
      return nodeValues(filter, narrowed.filter()).size();
    }
    throw ODataException.notImplemented(
        "a count of NodeFacts whose $filter tests other properties than planId and year, unless"
            + " it names one plan (planId eq N)");
  }

  /**
   * Every node (the plan, its focus areas and goals, its indicators) of every plan in the
   * narrowing, once per year of the plan within the narrowing's years: as many rows as {@link
   * NodeFactsService} computes, in one statement and without computing any.
   */
  private long countNodeRows(BiFilter filter) {
    long from = filter.fromYear() == null ? Integer.MIN_VALUE : filter.fromYear();
    long to = filter.toYear() == null ? Integer.MAX_VALUE : filter.toYear();
    List<Object> parameters = new ArrayList<>(List.of(from, to));
    StringBuilder sql =
        new StringBuilder(
            "select pl.start_year, pl.end_year, 1 + (select count(*) from goal g where g.plan_id ="
                + " pl.id) + (select count(*) from indicator i join goal g on g.id = i.goal_id"
                + " where g.plan_id = pl.id) from plan pl where pl.end_year >= ? and"
                + " pl.start_year <= ?");
    if (filter.planId() != null) {
      sql.append(" and pl.id = ?");
      parameters.add(filter.planId());
    }
    if (filter.readablePlanIds().isPresent()) {
      Set<Long> ids = filter.readablePlanIds().get();
      if (ids.isEmpty()) {
        sql.append(" and 1 = 0");
      } else {
        sql.append(" and pl.id in (")
            .append(ids.stream().map(id -> "?").collect(Collectors.joining(", ")))
            .append(")");
        parameters.addAll(ids);
      }
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      SqlStatements.count();
      bind(statement, parameters);
      long rows = 0;
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          long years = Math.min(result.getInt(2), to) - Math.max(result.getInt(1), from) + 1;
          rows += Math.max(0, years) * result.getLong(3);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("counting NodeFacts failed", e);
    }
  }

  /**
   * What a page of NodeFacts may compute before it ends short (with a next link to go on from):
   * measurement points, each plan-year weighing its points (at least {@link #PLAN_YEAR_WEIGHT}); a
   * page stops after the first part that reaches it, unless that part is the last. A filter that
   * matches few rows would otherwise compute every plan-year for one page. A plan-year of 2,250
   * points costs about 0.25 s of CPU, so a page computes at most about that much beyond its largest
   * plan-year.
   */
  @ConfigProperty(name = "styrkort.odata.node-facts.points-per-page", defaultValue = "2500")
  long pointsPerPage;

  /** The least a plan-year weighs against the page's budget, however few its points. */
  static final int PLAN_YEAR_WEIGHT = 100;

  /**
   * Where a NodeFacts page ends, in its token: the $skip still to apply, then the part (plan and
   * year; the year unused when a part is a plan) the page ended in, whether that part was sent
   * whole, and if not the order values of the last entity sent from it.
   */
  private static final List<EdmType> NODE_POSITION =
      List.of(EdmType.INT64, EdmType.INT64, EdmType.INT32, EdmType.BOOLEAN);

  private Result streamNodes(
      ODataQuery query, List<OrderItem> order, Grouping grouping, FactPushdown.Narrowed narrowed) {
    List<EdmType> types = new ArrayList<>(NODE_POSITION);
    types.addAll(types(order));
    PageToken token = PageToken.decode(query.skipToken(), types);
    boolean byYear = grouping == Grouping.PLAN_YEAR;
    Long fromPlan = null;
    int fromYear = Integer.MIN_VALUE;
    List<Object> resumeAfter = null;
    long[] toSkip = {query.skip()};
    if (token != null) {
      List<Object> after = token.after();
      if (after.subList(0, NODE_POSITION.size()).contains(null)) {
        throw PageToken.refused();
      }
      long skipLeft = (Long) after.get(0);
      long plan = (Long) after.get(1);
      int year = (Integer) after.get(2);
      boolean whole = (Boolean) after.get(3);
      if (skipLeft < 0
          || skipLeft > ODataQuery.MAX_NUMBER
          || plan < 0
          || plan == Long.MAX_VALUE
          || Math.abs(year) > 1_000_000) {
        throw PageToken.refused();
      }
      toSkip[0] = skipLeft;
      if (whole) {
        fromPlan = byYear ? plan : plan + 1;
        fromYear = byYear ? year + 1 : Integer.MIN_VALUE;
      } else {
        fromPlan = plan;
        fromYear = byYear ? year : Integer.MIN_VALUE;
        resumeAfter = after.subList(NODE_POSITION.size(), after.size());
      }
    }
    long consumed = token == null ? 0 : token.consumed();
    long remaining = query.top() == null ? Long.MAX_VALUE : query.top() - consumed;
    int limit = (int) Math.max(0, Math.min(pageSize, remaining));
    Long count = token == null ? null : token.count();
    if (query.count() && count == null) {
      count = countNodes(query.filter(), narrowed);
    }
    java.util.Comparator<List<Object>> byOrder = comparator(order);
    List<Map<String, Object>> rows = new ArrayList<>();
    // The part the last entity sent came from, the last part gone through whole, and the part
    // a further entity was found in (the page being full).
    long[] lastPart = {0, 0};
    List<List<Object>> last = new ArrayList<>(java.util.Collections.singletonList(null));
    long[][] whole = {null};
    long[] morePart = {0, 0};
    boolean[] more = {false};
    boolean[] cut = {false};
    long[] spent = {0};
    long resumePlan = fromPlan == null ? 0 : fromPlan;
    int resumeYear = fromYear;
    List<Object> resume = resumeAfter;
    if (limit > 0) {
      nodeFacts.streamFrom(
          narrowed.filter(),
          !access.seesAuthorship(),
          fromPlan,
          fromYear,
          !byYear,
          (chunk, finalPart) -> {
            NodeFactRow first = chunk.get(0);
            long plan = first.planId();
            int year = byYear ? first.year() : 0;
            for (NodeFactRow row : chunk) {
              if (row.kind() == se.styrkort.fulfilment.NodeKind.PLAN) {
                spent[0] += Math.max(PLAN_YEAR_WEIGHT, row.total());
              }
            }
            List<Map<String, Object>> part = new ArrayList<>(chunk.size());
            for (NodeFactRow row : chunk) {
              Map<String, Object> values = nodeValues(row);
              if (query.filter() == null || MemoryFilter.test(query.filter(), values)) {
                part.add(values);
              }
            }
            List<List<Object>> keys = new ArrayList<>(part.size());
            part.forEach(values -> keys.add(keyOf(order, values)));
            Integer[] sorted = new Integer[part.size()];
            for (int i = 0; i < sorted.length; i++) {
              sorted[i] = i;
            }
            java.util.Arrays.sort(sorted, (a, b) -> byOrder.compare(keys.get(a), keys.get(b)));
            boolean resuming =
                resume != null && plan == resumePlan && (!byYear || year == resumeYear);
            for (int n = 0; n < sorted.length; n++) {
              List<Object> key = keys.get(sorted[n]);
              if (resuming && byOrder.compare(key, resume) <= 0) {
                continue;
              }
              if (toSkip[0] > 0) {
                toSkip[0]--;
                continue;
              }
              if (rows.size() == limit) {
                more[0] = true;
                morePart[0] = plan;
                morePart[1] = year;
                return false;
              }
              rows.add(selected(query, part.get(sorted[n])));
              last.set(0, key);
              lastPart[0] = plan;
              lastPart[1] = year;
            }
            whole[0] = new long[] {plan, year};
            if (!finalPart && spent[0] >= pointsPerPage) {
              cut[0] = true;
              return false;
            }
            return true;
          });
    }
    String next = null;
    if ((more[0] || cut[0]) && rows.size() < remaining) {
      List<Object> position = new ArrayList<>();
      position.add(toSkip[0]);
      if (more[0]
          && last.get(0) != null
          && lastPart[0] == morePart[0]
          && lastPart[1] == morePart[1]) {
        // The page ends within a part: the next computes it again and starts after this entity.
        position.add(lastPart[0]);
        position.add((int) lastPart[1]);
        position.add(false);
        position.addAll(last.get(0));
      } else {
        // Every row up to the end of the last part gone through whole was sent, skipped or
        // filtered out: the next page starts with the part after it.
        position.add(whole[0][0]);
        position.add((int) whole[0][1]);
        position.add(true);
        order.forEach(item -> position.add(null));
      }
      next =
          new PageToken(position, consumed + rows.size(), query.count() ? count : null)
              .encode(types);
    }
    return new Result(rows, query.count() ? count : null, next);
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
