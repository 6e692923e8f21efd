package se.styrkort.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Generates a plan of any size straight into the database with batched JDBC inserts, for
 * statement-count tests and benchmarks: focus areas → goals → indicators → measurement points of
 * every value type, a target per year of every kind (literal, reference year, previous year), and
 * an outcome and a forecast per point and year. Values are random but seeded, so a given size
 * always produces the same plan.
 */
public final class LargePlan {

  public record Shape(
      int focusAreas,
      int goalsPerArea,
      int indicatorsPerGoal,
      int pointsPerIndicator,
      int firstYear,
      int years) {
    public int points() {
      return focusAreas * goalsPerArea * indicatorsPerGoal * pointsPerIndicator;
    }
  }

  /** 5 × 4 × 10 × 25 = 5,000 points over ten years (2021–2030), baseline 2020. */
  public static final Shape BENCHMARK = new Shape(5, 4, 10, 25, 2021, 10);

  /** 3 × 3 × 10 × 25 = 2,250 points over three years: large enough to beat batch fetching. */
  public static final Shape LARGE = new Shape(3, 3, 10, 25, 2022, 3);

  private static final List<String> SCALE = List.of("saknas", "delvis", "implementerat");
  private final DataSource dataSource;
  private final Timestamp now = Timestamp.from(Instant.now());
  private final Random random = new Random(1864);

  public LargePlan(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Writes a plan of that shape and returns its id. */
  public long create(Shape shape, String name) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      long planId = insertPlan(connection, shape, name);
      List<Long> areas =
          insertGoals(
              connection, planId, null, "FOCUS_AREA", "Utvecklingsområde", shape.focusAreas());
      List<Long> goals = new ArrayList<>();
      for (long area : areas) {
        goals.addAll(insertGoals(connection, planId, area, "GOAL", "Mål", shape.goalsPerArea()));
      }
      List<Long> indicators = new ArrayList<>();
      for (long goal : goals) {
        indicators.addAll(insertIndicators(connection, goal, shape.indicatorsPerGoal()));
      }
      List<long[]> points = insertPoints(connection, indicators, shape.pointsPerIndicator());
      insertTargetsAndValues(connection, points, shape);
      connection.commit();
      return planId;
    }
  }

  private long insertPlan(Connection connection, Shape shape, String name) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into plan (name, organisation, organisation_code, start_year, end_year, baseline_year, status,"
                + " point_rule, roll_up_rule, version, created_at, updated_at)"
                + " values (?, 'Genererad kommun', '9999', ?, ?, ?, 'ADOPTED', 'PROGRESS', 'UNANIMOUS', 0, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, name);
      insert.setInt(2, shape.firstYear());
      insert.setInt(3, shape.firstYear() + shape.years() - 1);
      insert.setInt(4, shape.firstYear() - 1);
      insert.setTimestamp(5, now);
      insert.setTimestamp(6, now);
      insert.executeUpdate();
      return firstKey(insert);
    }
  }

  private List<Long> insertGoals(
      Connection connection, long planId, Long parentId, String kind, String title, int count)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into goal (plan_id, parent_id, kind, title, position, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, 0, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < count; i++) {
        insert.setLong(1, planId);
        if (parentId == null) {
          insert.setNull(2, java.sql.Types.BIGINT);
        } else {
          insert.setLong(2, parentId);
        }
        insert.setString(3, kind);
        insert.setString(4, title + " " + (i + 1));
        insert.setInt(5, i);
        insert.setTimestamp(6, now);
        insert.setTimestamp(7, now);
        insert.executeUpdate();
        ids.add(firstKey(insert));
      }
    }
    return ids;
  }

  private List<Long> insertIndicators(Connection connection, long goalId, int count)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into indicator (goal_id, title, position, comparisons, version, created_at, updated_at)"
                + " values (?, ?, ?, 'NATIONAL', 0, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < count; i++) {
        insert.setLong(1, goalId);
        insert.setString(2, "Indikator " + goalId + "." + (i + 1));
        insert.setInt(3, i);
        insert.setTimestamp(4, now);
        insert.setTimestamp(5, now);
        insert.executeUpdate();
        ids.add(firstKey(insert));
      }
    }
    return ids;
  }

  /** Returns {pointId, kind} pairs; kind 0–2 numeric, 3 ordinal, 4 boolean. */
  private List<long[]> insertPoints(Connection connection, List<Long> indicators, int perIndicator)
      throws SQLException {
    List<long[]> points = new ArrayList<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into measurement_point (indicator_id, label, position, value_type, unit, scale, version,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (long indicator : indicators) {
        for (int i = 0; i < perIndicator; i++) {
          int kind = i % 5;
          insert.setLong(1, indicator);
          insert.setString(2, "Mätpunkt " + indicator + "." + (i + 1));
          insert.setInt(3, i);
          insert.setString(
              4,
              switch (kind) {
                case 0, 1 -> "PERCENT";
                case 2 -> "NUMBER";
                case 3 -> "ORDINAL";
                default -> "BOOLEAN";
              });
          insert.setString(5, kind <= 1 ? "%" : kind == 2 ? "kWh" : null);
          insert.setString(6, kind == 3 ? "[\"saknas\",\"delvis\",\"implementerat\"]" : null);
          insert.setTimestamp(7, now);
          insert.setTimestamp(8, now);
          insert.executeUpdate();
          points.add(new long[] {firstKey(insert), kind});
        }
      }
    }
    return points;
  }

  private void insertTargetsAndValues(Connection connection, List<long[]> points, Shape shape)
      throws SQLException {
    try (PreparedStatement target =
            connection.prepareStatement(
                "insert into target (point_id, year, comparator, value_number, value_level, value_boolean,"
                    + " reference_year, previous_year, written, version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        PreparedStatement value =
            connection.prepareStatement(
                "insert into evaluation (point_id, year, kind, as_of, value_number, value_level, value_boolean,"
                    + " recorded_by, recorded_at, version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 'generator', ?, 0, ?, ?)")) {
      int rows = 0;
      for (long[] point : points) {
        int kind = (int) point[1];
        addValue(value, point[0], kind, shape.firstYear() - 1, "OUTCOME");
        for (int year = shape.firstYear(); year < shape.firstYear() + shape.years(); year++) {
          addTarget(target, point[0], kind, year);
          addValue(value, point[0], kind, year, "FORECAST");
          addValue(value, point[0], kind, year, "OUTCOME");
          if (++rows % 2_000 == 0) {
            target.executeBatch();
            value.executeBatch();
          }
        }
      }
      target.executeBatch();
      value.executeBatch();
    }
  }

  private void addTarget(PreparedStatement target, long pointId, int kind, int year)
      throws SQLException {
    target.setLong(1, pointId);
    target.setInt(2, year);
    target.setNull(4, java.sql.Types.DECIMAL);
    target.setNull(5, java.sql.Types.VARCHAR);
    target.setNull(6, java.sql.Types.BOOLEAN);
    target.setNull(7, java.sql.Types.INTEGER);
    target.setBoolean(8, false);
    switch (kind) {
      case 0 -> {
        target.setString(3, "GE");
        target.setBigDecimal(4, BigDecimal.valueOf(80 + random.nextInt(21)));
        target.setString(9, "≥ " + 90 + " %");
      }
      case 1 -> {
        target.setString(3, "GE");
        target.setInt(7, year - 1);
        target.setString(9, "≥ " + (year - 1));
      }
      case 2 -> {
        target.setString(3, "LT");
        target.setBoolean(8, true);
        target.setString(9, "< föregående år");
      }
      case 3 -> {
        target.setString(3, "GE");
        target.setString(5, "implementerat");
        target.setString(9, "implementerat");
      }
      default -> {
        target.setString(3, "EQ");
        target.setBoolean(6, true);
        target.setString(9, "Ja");
      }
    }
    target.setTimestamp(10, now);
    target.setTimestamp(11, now);
    target.addBatch();
  }

  private void addValue(
      PreparedStatement value, long pointId, int kind, int year, String evaluationKind)
      throws SQLException {
    value.setLong(1, pointId);
    value.setInt(2, year);
    value.setString(3, evaluationKind);
    value.setDate(
        4,
        Date.valueOf(
            evaluationKind.equals("OUTCOME")
                ? LocalDate.of(year, 12, 31)
                : LocalDate.of(year, 8, 31)));
    value.setNull(5, java.sql.Types.DECIMAL);
    value.setNull(6, java.sql.Types.VARCHAR);
    value.setNull(7, java.sql.Types.BOOLEAN);
    switch (kind) {
      case 0, 1 -> value.setBigDecimal(5, BigDecimal.valueOf(60 + random.nextInt(41)));
      case 2 -> value.setBigDecimal(5, BigDecimal.valueOf(100_000 + random.nextInt(50_000)));
      case 3 -> value.setString(6, SCALE.get(random.nextInt(SCALE.size())));
      default -> value.setBoolean(7, random.nextBoolean());
    }
    value.setTimestamp(8, now);
    value.setTimestamp(9, now);
    value.setTimestamp(10, now);
    value.addBatch();
  }

  private static long firstKey(Statement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
