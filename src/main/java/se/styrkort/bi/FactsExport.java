package se.styrkort.bi;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import se.styrkort.bi.FactsService.PlanShapes;
import se.styrkort.bi.FactsService.ReferenceValues;
import se.styrkort.common.DomainException;
import se.styrkort.common.SqlStatements;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.Direction;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.Observation;
import se.styrkort.fulfilment.PlanContext;
import se.styrkort.fulfilment.PointInput;
import se.styrkort.fulfilment.TargetSpec;
import se.styrkort.fulfilment.Value;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.plan.Plan;
import se.styrkort.point.ScaleConverter;
import se.styrkort.report.FulfilmentSeries;

/**
 * The whole BI facts table for the CSV export in two statements, whatever its size: the plans with
 * their goals, then one forward-only read of every measurement point in id order, each row carrying
 * the point's targets, follow-up values and reference values (GROUP_CONCAT of their columns, text
 * as hex). The driver streams that read ({@link #FETCH_SIZE} rows at a time), each point is judged
 * as it arrives and its rows handed on, so nothing but the plans' shapes and one batch of rows is
 * ever held, and no entity is made. The rows are those of {@link FactsService#rows}, in the same
 * order; the read is one statement, so the export is one consistent snapshot.
 */
@ApplicationScoped
class FactsExport {

  /** Points per round trip of the streamed read. */
  static final int FETCH_SIZE = 500;

  /** Rows handed on at a time. */
  private static final int BATCH = 2000;

  private static final HexFormat HEX = HexFormat.of();
  private static final ScaleConverter SCALES = new ScaleConverter();

  private static final String POINTS =
      // No cache of the dependent subqueries' results: every point is asked for once, and MariaDB
      // keeps that cache in a temporary table (on disk, with these long texts) for the whole read.
      // A point's values in one column may be long: no truncation at the default 1 MB. No order
      // within a column (an ORDER BY there makes a temporary table per point): a point's targets
      // and values are told apart by their year, kind and date, its reference series by their id.
      "set statement optimizer_switch = 'subquery_cache=off', group_concat_max_len = 4294967295"
          + " for"
          + " select straight_join p.id, i.goal_id, g.plan_id, %1$s, i.title, p.indicator_id,"
          + " p.label, p.group_label, p.value_type, p.unit, p.scale, p.direction,"
          // Targets and values from the indexes that hold every column read here (V29), in
          // index order: no lookup into the tables themselves, larger than a default buffer pool.
          + " (select group_concat(concat_ws(',', t.year, t.comparator, ifnull(t.value_number, ''),"
          + " ifnull(concat('x', hex(t.value_level)), ''), ifnull(t.value_boolean, ''),"
          + " ifnull(t.reference_year, ''), t.previous_year, ifnull(concat('x', hex(t.written)),"
          + " '')) separator ';')"
          + " from target t force index (target_export) where t.point_id = p.id),"
          + " (select group_concat(concat_ws(',', e.id, e.year, e.kind, e.as_of,"
          + " ifnull(e.value_number, ''), ifnull(concat('x', hex(e.value_level)), ''),"
          + " ifnull(e.value_boolean, ''), e.state = 'APPROVED') separator ';')"
          + " from evaluation e force index (evaluation_export) where e.point_id = p.id),"
          + " (select group_concat(concat_ws(',', s.id, s.level, v.year, ifnull(v.value_number,"
          + " '')) separator ';') from reference_series s"
          + " straight_join reference_value v on v.series_id = s.id"
          + " where s.point_id = p.id and s.level in ('NATIONAL', 'COUNTY'))"
          // By primary key: the points arrive in id order without a sort of the whole table; each
          // point's goal by its key, not by scanning the plan's goals.
          + " from measurement_point p force index (primary)"
          + " join indicator i on i.id = p.indicator_id"
          + " join goal g force index (primary) on g.id = i.goal_id"
          + " join plan pl on pl.id = g.plan_id"
          + "%2$s"
          + " where pl.end_year >= ? and pl.start_year <= ?%3$s order by p.id";

  /**
   * The indicator's and the point's rank among their siblings, counted per point: cheap for the few
   * points of a JSON page.
   */
  private static final String RANKS_COUNTED =
      "(select count(*) from indicator j where j.goal_id = i.goal_id and (j.position <"
          + " i.position or (j.position = i.position and j.id <= i.id))),"
          + " (select count(*) from measurement_point q where q.indicator_id = p.indicator_id"
          + " and (q.position < p.position or (q.position = p.position and q.id <= p.id)))";

  /**
   * The same ranks numbered once for the whole read (row_number over the plans' indicators and
   * points, materialised): at 100,000 points the two counting subqueries were a fifth of the export
   * statement's time, the numbering 0.3 s of it. The plans' conditions follow in each.
   */
  private static final String RANKS_NUMBERED_JOIN =
      " join (select j.id, row_number() over (partition by j.goal_id order by j.position,"
          + " j.id) r from indicator j join goal jg on jg.id = j.goal_id where true%1$s) ir"
          + " on ir.id = i.id"
          + " join (select q.id, row_number() over (partition by q.indicator_id order by"
          + " q.position, q.id) r from measurement_point q join indicator qi on qi.id ="
          + " q.indicator_id join goal qg on qg.id = qi.goal_id where true%2$s) pr on pr.id = p.id";

  @Inject AgroalDataSource dataSource;
  @Inject EntityManager em;

  /**
   * What a facts request reads before its first row: the plans of the filter with their goal trees,
   * in one statement. Refuses a named plan that is not there or that the caller may not read (404),
   * as {@link FactsService#check} does.
   */
  static final class Prepared {
    final BiFilter filter;
    final PlanShapes shapes;

    private Prepared(BiFilter filter, PlanShapes shapes) {
      this.filter = filter;
      this.shapes = shapes;
    }
  }

  /** The plans with their goals, in the current transaction or a new one; 404 as said above. */
  Prepared prepare(BiFilter filter) {
    PlanShapes shapes = new PlanShapes();
    QuarkusTransaction.joiningExisting().run(() -> shapes.loadAll(em, filter));
    if (filter.planId() != null && !shapes.plans.containsKey(filter.planId())) {
      throw DomainException.notFound("plan", filter.planId());
    }
    return new Prepared(filter, shapes);
  }

  /** Hands every row to {@code sink}, a batch at a time; stops when the sink answers false. */
  void stream(BiFilter filter, Predicate<List<FactRow>> sink) {
    stream(QuarkusTransaction.requiringNew().call(() -> prepare(filter)), sink);
  }

  /** As {@link #stream(BiFilter, Predicate)}, with the plans read already. */
  void stream(Prepared prepared, Predicate<List<FactRow>> sink) {
    read(prepared, 0, 0, BATCH, sink);
  }

  /**
   * The rows after {@code after} (null: from the first), at most {@code count} of them: the rows of
   * {@link FactsService#rows}, in one statement for the points (each with its targets, follow-up
   * values and reference values) besides the one of {@link #prepare}. In the caller's transaction
   * (the points are read on its connection, so both statements see one snapshot).
   */
  List<FactRow> page(Prepared prepared, Cursors.FactKey after, int count) {
    List<FactRow> rows = new ArrayList<>(count);
    long from = after == null ? 0 : after.pointId();
    while (rows.size() < count) {
      // Every point read has a row in the years asked for (its plan's years meet them), so
      // count + 1 points are enough: the first may have none left after the cursor.
      int wanted = count - rows.size() + 1;
      Read read =
          read(
              prepared,
              from,
              wanted,
              Integer.MAX_VALUE,
              batch -> {
                for (FactRow row : batch) {
                  if (rows.size() < count && isAfter(row, after)) {
                    rows.add(row);
                  }
                }
                return true;
              });
      if (read.points() < wanted) {
        break;
      }
      from = read.lastPointId() + 1;
    }
    return rows;
  }

  private static boolean isAfter(FactRow row, Cursors.FactKey after) {
    return after == null
        || row.pointId() > after.pointId()
        || (row.pointId() == after.pointId() && row.year() > after.year());
  }

  /** How far a read went: the last point's id and the number of points. */
  private record Read(long lastPointId, int points) {}

  /**
   * Reads the points with id ≥ {@code fromPointId}, at most {@code maxPoints} of them (0: every
   * one), and hands their rows to {@code sink} {@code batchSize} at a time.
   */
  private Read read(
      Prepared prepared,
      long fromPointId,
      int maxPoints,
      int batchSize,
      Predicate<List<FactRow>> sink) {
    BiFilter filter = prepared.filter;
    PlanShapes shapes = prepared.shapes;
    if (shapes.plans.isEmpty()) {
      return new Read(fromPointId, 0);
    }
    List<Long> plans = new ArrayList<>();
    if (filter.planId() != null) {
      plans.add(filter.planId());
    }
    String readable = "";
    if (filter.readablePlanIds().isPresent()) {
      Set<Long> ids = filter.readablePlanIds().get();
      readable = ids.isEmpty() ? "-1" : "?,".repeat(ids.size() - 1) + "?";
      plans.addAll(ids);
    }
    // A page numbers its few points' ranks by counting; a whole read numbers every point once.
    boolean counted = maxPoints > 0;
    String sql =
        POINTS.formatted(
                counted ? RANKS_COUNTED : "ir.r, pr.r",
                counted
                    ? ""
                    : RANKS_NUMBERED_JOIN.formatted(
                        plans(filter, "jg.plan_id", readable),
                        plans(filter, "qg.plan_id", readable)),
                (fromPointId > 0 ? " and p.id >= ?" : "") + plans(filter, "g.plan_id", readable))
            + (counted ? " limit " + maxPoints : "");
    long lastPointId = fromPointId;
    int points = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      SqlStatements.count();
      statement.setFetchSize(FETCH_SIZE);
      int index = 1;
      for (int i = 0; i < (counted ? 0 : 2); i++) {
        for (long plan : plans) {
          statement.setLong(index++, plan);
        }
      }
      statement.setInt(index++, filter.firstYear());
      statement.setInt(index++, filter.lastYear());
      if (fromPointId > 0) {
        statement.setLong(index++, fromPointId);
      }
      for (long plan : plans) {
        statement.setLong(index++, plan);
      }
      try (ResultSet row = statement.executeQuery()) {
        Points rows = new Points(shapes, filter);
        List<FactRow> batch = new ArrayList<>(Math.min(batchSize, BATCH) + 16);
        while (row.next()) {
          lastPointId = row.getLong(1);
          points++;
          rows.rows(row, batch);
          if (batch.size() >= batchSize) {
            if (!sink.test(batch)) {
              // Reading on would fetch every remaining row only to drop it.
              statement.cancel();
              return new Read(lastPointId, points);
            }
            batch = new ArrayList<>(BATCH + 16);
          }
        }
        if (!batch.isEmpty()) {
          sink.test(batch);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The facts export failed: " + e.getMessage(), e);
    }
    return new Read(lastPointId, points);
  }

  /** The conditions on a plan id column: the filter's plan, the plans the caller may read. */
  private static String plans(BiFilter filter, String column, String readable) {
    return (filter.planId() == null ? "" : " and " + column + " = ?")
        + (filter.readablePlanIds().isPresent() ? " and " + column + " in (" + readable + ")" : "");
  }

  /** Turns a point's row into its fact rows; keeps only what points share (plans, scales). */
  private static final class Points {
    private final PlanShapes shapes;
    private final BiFilter filter;
    private final Map<Long, PlanContext> contexts = new HashMap<>();
    private final Map<String, List<String>> scales = new HashMap<>();

    Points(PlanShapes shapes, BiFilter filter) {
      this.shapes = shapes;
      this.filter = filter;
    }

    void rows(ResultSet row, List<FactRow> out) throws SQLException {
      long pointId = row.getLong(1);
      long planId = row.getLong(3);
      Plan plan = shapes.plans.get(planId);
      int from = Math.max(filter.firstYear(), plan.startYear);
      int to = Math.min(filter.lastYear(), plan.endYear);
      if (from > to) {
        return;
      }
      long indicatorId = row.getLong(7);
      FactsService.Place place =
          shapes.place(
              planId, row.getLong(2), indicatorId, row.getInt(4), row.getInt(5), row.getString(6));
      ValueType valueType = ValueType.valueOf(row.getString(10));
      FactRows.PointColumns point =
          new FactRows.PointColumns(
              pointId, row.getString(8), row.getString(9), valueType.name(), row.getString(11));
      String scale = row.getString(12);
      String direction = row.getString(13);
      List<TargetSpec> targets = new ArrayList<>();
      Map<Integer, String> written = new HashMap<>();
      Fields f = new Fields(row.getString(14));
      while (f.more()) {
        int year = f.next().integer();
        Comparator comparator = Comparator.valueOf(f.next().text());
        Value literal = value(f);
        Integer referenceYear = f.next().empty() ? null : f.integer();
        boolean previousYear = f.next().one();
        targets.add(new TargetSpec(year, comparator, literal, referenceYear, previousYear));
        written.put(year, f.next().hexText());
      }
      List<Observation> observations = new ArrayList<>();
      f = new Fields(row.getString(15));
      while (f.more()) {
        long id = f.next().number();
        int year = f.next().integer();
        EvaluationKind kind = EvaluationKind.valueOf(f.next().text());
        LocalDate asOf = f.next().date();
        Value value = value(f);
        observations.add(new Observation(id, year, kind, asOf, value, f.next().one()));
      }
      PointInput input =
          new PointInput(
              pointId,
              valueType,
              scale == null
                  ? List.of()
                  : scales.computeIfAbsent(scale, SCALES::convertToEntityAttribute),
              direction == null ? null : Direction.valueOf(direction),
              targets,
              observations);
      Map<Integer, ReferenceValues> references = references(row.getString(16));
      PlanContext context = contexts.computeIfAbsent(planId, id -> FulfilmentSeries.context(plan));
      for (FulfilmentSeries.YearFulfilment year :
          FulfilmentSeries.years(input, context, written, from, to)) {
        out.add(
            FactRows.of(
                place,
                point,
                year,
                references.getOrDefault(year.result().year(), ReferenceValues.NONE)));
      }
    }

    /**
     * The national and county values by year; of several series of a level the first (lowest id)
     * counts, as in {@link FactsService}.
     */
    private static Map<Integer, ReferenceValues> references(String column) {
      if (column == null) {
        return Map.of();
      }
      List<String[]> values = new ArrayList<>();
      for (String reference : records(column)) {
        values.add(reference.split(",", -1));
      }
      // Newest series first, so that the first of its level is put last.
      values.sort((a, b) -> Long.compare(Long.parseLong(b[0]), Long.parseLong(a[0])));
      Map<Integer, ReferenceValues> byYear = new HashMap<>();
      for (String[] f : values) {
        ReferenceValues.put(
            byYear, f[1], Integer.parseInt(f[2]), f[3].isEmpty() ? null : new BigDecimal(f[3]));
      }
      return byYear;
    }

    private static String[] records(String column) {
      return column == null ? new String[0] : column.split(";");
    }

    /**
     * A stored value from its next three fields as written: number, hex level, 0/1 (or empty); the
     * first that is not empty counts.
     */
    private static Value value(Fields f) {
      Value value = f.next().empty() ? null : Value.numeric(new BigDecimal(f.text()));
      if (!f.next().empty() && value == null) {
        value = Value.level(f.hexText());
      }
      if (!f.next().empty() && value == null) {
        value = Value.bool(f.one());
      }
      return value;
    }
  }

  /**
   * The fields of a GROUP_CONCAT column, read in place rather than split into strings (a
   * million-row export has 3 million records): records end at ';', fields at ','; neither occurs in
   * a field (text comes as hex). {@link #next} moves to the next field, the others read it.
   */
  static final class Fields {
    private final String column;
    private int start;
    private int end = -1;

    Fields(String column) {
      this.column = column;
    }

    /** Whether a field follows; none in a null column. */
    boolean more() {
      return column != null && end < column.length();
    }

    Fields next() {
      start = end + 1;
      int i = start;
      int length = column.length();
      while (i < length) {
        char c = column.charAt(i);
        if (c == ',' || c == ';') {
          break;
        }
        i++;
      }
      end = i;
      return this;
    }

    boolean empty() {
      return start == end;
    }

    String text() {
      return column.substring(start, end);
    }

    int integer() {
      return Integer.parseInt(column, start, end, 10);
    }

    long number() {
      return Long.parseLong(column, start, end, 10);
    }

    /** Whether the field is 1 (a true boolean or comparison). */
    boolean one() {
      return end - start == 1 && column.charAt(start) == '1';
    }

    /** Text written as 'x' and its UTF-8 bytes in hex; null for an empty field. */
    String hexText() {
      return empty()
          ? null
          : new String(HEX.parseHex(column, start + 1, end), StandardCharsets.UTF_8);
    }

    /**
     * A date as MariaDB writes it (2024-12-31), without the formatter LocalDate.parse goes through:
     * two million of them in a million-row export.
     */
    LocalDate date() {
      if (end - start != 10 || column.charAt(start + 4) != '-' || column.charAt(start + 7) != '-') {
        return LocalDate.parse(text());
      }
      return LocalDate.of(
          Integer.parseInt(column, start, start + 4, 10),
          Integer.parseInt(column, start + 5, start + 7, 10),
          Integer.parseInt(column, start + 8, end, 10));
    }
  }
}
