package se.styrkort.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.styrkort.common.SqlStatements;

/**
 * Gives a committing transaction's changes their sequence numbers and stores them, in plain JDBC on
 * the transaction's own connection. A fixed number of statements per transaction: up to three to
 * find the plans (one per level of the tree that the transaction did not touch itself or was told
 * of), one for the sequence, one batch of inserts, and one that moves each touched plan's content
 * version (table {@code plan_content_version}) to the last sequence of its changes: the version
 * that plan-wide documents are cached and tagged under ({@code se.styrkort.common.PlanDocuments}).
 */
final class ChangeWriter {

  private ChangeWriter() {}

  static void write(
      Connection connection,
      List<PendingChange> changes,
      Map<Long, Long> knownPointPlans,
      Instant now)
      throws SQLException {
    Map<PendingChange, Long> plans =
        new PlanResolver(connection, changes, knownPointPlans).resolve();
    long last;
    // The new last sequence comes back with the update (LAST_INSERT_ID(expr) sets the OK packet's
    // insert id), so reserving the numbers and learning them is one statement.
    try (PreparedStatement reserve =
        connection.prepareStatement(
            "UPDATE change_feed_position SET last_sequence = LAST_INSERT_ID(last_sequence + ?)"
                + " WHERE id = 1",
            Statement.RETURN_GENERATED_KEYS)) {
      reserve.setInt(1, changes.size());
      SqlStatements.count();
      reserve.executeUpdate();
      try (ResultSet row = reserve.getGeneratedKeys()) {
        if (!row.next()) {
          throw new IllegalStateException("change_feed_position has no row 1");
        }
        last = row.getLong(1);
      }
    }
    long sequence = last - changes.size();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO change_event (sequence, entity_type, entity_id, plan_id, point_id,"
                + " target_year, version, change_type, changed_at, action_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Timestamp at = Timestamp.from(now);
      for (PendingChange change : changes) {
        insert.setLong(1, ++sequence);
        insert.setString(2, change.type().name());
        insert.setLong(3, change.entityId());
        insert.setLong(4, plans.get(change));
        setNullable(insert, 5, change.pointId());
        if (change.year() == null) {
          insert.setNull(6, Types.INTEGER);
        } else {
          insert.setInt(6, change.year());
        }
        insert.setLong(7, change.version());
        insert.setString(8, change.change().name());
        insert.setTimestamp(9, at);
        setNullable(insert, 10, change.actionId());
        insert.addBatch();
      }
      SqlStatements.count();
      insert.executeBatch();
    }
    // Each plan's last sequence in this transaction: its changes were numbered in list order.
    Map<Long, Long> versions = new TreeMap<>();
    sequence = last - changes.size();
    for (PendingChange change : changes) {
      versions.put(plans.get(change), ++sequence);
    }
    String rows = versions.keySet().stream().map(id -> "(?, ?)").collect(Collectors.joining(", "));
    try (PreparedStatement move =
        connection.prepareStatement(
            "INSERT INTO plan_content_version (plan_id, version) VALUES "
                + rows
                + " ON DUPLICATE KEY UPDATE version = VALUES(version)")) {
      int index = 1;
      for (Map.Entry<Long, Long> plan : versions.entrySet()) {
        move.setLong(index++, plan.getKey());
        move.setLong(index++, plan.getValue());
      }
      SqlStatements.count();
      move.executeUpdate();
    }
  }

  private static void setNullable(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  /**
   * Finds each change's plan: from what the transaction itself wrote where it can (a point deleted
   * with its targets is gone from the database by now), from the database for the rest.
   */
  private static final class PlanResolver {

    private final Connection connection;
    private final List<PendingChange> changes;
    private final Map<Long, Long> knownPointPlans;
    private final Map<Long, Long> goalPlan = new HashMap<>();
    private final Map<Long, Long> indicatorGoal = new HashMap<>();
    private final Map<Long, Long> pointIndicator = new HashMap<>();
    private Map<Long, Long> storedGoalPlan = Map.of();
    private Map<Long, Long> storedIndicatorPlan = Map.of();
    private Map<Long, Long> storedPointPlan = Map.of();

    PlanResolver(
        Connection connection, List<PendingChange> changes, Map<Long, Long> knownPointPlans) {
      this.connection = connection;
      this.changes = changes;
      this.knownPointPlans = knownPointPlans;
      for (PendingChange change : changes) {
        switch (change.type()) {
          case GOAL -> goalPlan.put(change.entityId(), change.parentId());
          case INDICATOR -> indicatorGoal.put(change.entityId(), change.parentId());
          case MEASUREMENT_POINT -> pointIndicator.put(change.entityId(), change.parentId());
          default -> {}
        }
      }
    }

    Map<PendingChange, Long> resolve() throws SQLException {
      Set<Long> points = new HashSet<>();
      Set<Long> indicators = new HashSet<>();
      Set<Long> goals = new HashSet<>();
      for (PendingChange change : changes) {
        switch (change.type()) {
          case TARGET, EVALUATION, REFERENCE_SERIES -> points.add(change.parentId());
          case MEASUREMENT_POINT -> indicators.add(change.parentId());
          case INDICATOR -> goals.add(change.parentId());
          default -> {}
        }
      }
      points.stream().map(pointIndicator::get).filter(Objects::nonNull).forEach(indicators::add);
      indicators.stream().map(indicatorGoal::get).filter(Objects::nonNull).forEach(goals::add);
      points.removeAll(pointIndicator.keySet());
      points.removeAll(knownPointPlans.keySet());
      indicators.removeAll(indicatorGoal.keySet());
      goals.removeAll(goalPlan.keySet());
      storedPointPlan =
          lookUp(
              "SELECT p.id, g.plan_id FROM measurement_point p"
                  + " JOIN indicator i ON i.id = p.indicator_id JOIN goal g ON g.id = i.goal_id"
                  + " WHERE p.id IN ",
              points);
      storedIndicatorPlan =
          lookUp(
              "SELECT i.id, g.plan_id FROM indicator i JOIN goal g ON g.id = i.goal_id"
                  + " WHERE i.id IN ",
              indicators);
      storedGoalPlan = lookUp("SELECT id, plan_id FROM goal WHERE id IN ", goals);
      Map<PendingChange, Long> plans = new HashMap<>();
      for (PendingChange change : changes) {
        plans.put(change, planOf(change));
      }
      return plans;
    }

    private long planOf(PendingChange change) {
      Long plan =
          switch (change.type()) {
            case PLAN -> change.entityId();
            case GOAL, REPORTING_PERIOD, ASSESSMENT, ACTION, ACTION_STATUS_REPORT ->
                change.parentId();
            case INDICATOR -> planOfGoal(change.parentId());
            case MEASUREMENT_POINT -> planOfIndicator(change.parentId());
            case TARGET, EVALUATION, REFERENCE_SERIES -> planOfPoint(change.parentId());
          };
      if (plan == null) {
        throw new IllegalStateException("no plan found for the change " + change);
      }
      return plan;
    }

    private Long planOfGoal(Long goal) {
      return goalPlan.containsKey(goal) ? goalPlan.get(goal) : storedGoalPlan.get(goal);
    }

    private Long planOfIndicator(Long indicator) {
      return indicatorGoal.containsKey(indicator)
          ? planOfGoal(indicatorGoal.get(indicator))
          : storedIndicatorPlan.get(indicator);
    }

    private Long planOfPoint(Long point) {
      if (pointIndicator.containsKey(point)) {
        return planOfIndicator(pointIndicator.get(point));
      }
      Long known = knownPointPlans.get(point);
      return known != null ? known : storedPointPlan.get(point);
    }

    private Map<Long, Long> lookUp(String query, Collection<Long> ids) throws SQLException {
      if (ids.isEmpty()) {
        return Map.of();
      }
      String placeholders = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
      Map<Long, Long> found = new HashMap<>();
      try (PreparedStatement statement =
          connection.prepareStatement(query + "(" + placeholders + ")")) {
        int index = 1;
        for (Long id : ids) {
          statement.setLong(index++, id);
        }
        SqlStatements.count();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            found.put(rows.getLong(1), rows.getLong(2));
          }
        }
      }
      return found;
    }
  }
}
