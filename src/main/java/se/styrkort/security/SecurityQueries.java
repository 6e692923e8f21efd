package se.styrkort.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import se.styrkort.common.SqlStatements;

/**
 * The SQL that access decisions need, whatever the plan's size: one statement per request for the
 * key, the plan the path names and the versions its plan-wide documents are tagged under ({@link
 * #read}), read afresh on every request so that a revoked key or a write on another replica counts
 * at once. Plain JDBC, before the request's own persistence context; counted in {@link
 * SqlStatements}.
 */
@ApplicationScoped
class SecurityQueries {

  /** lastUsedAt is written at most this often per key, not on every request. */
  static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  /** The plan's columns as a {@link PlanRef} reads them, with its content version. */
  private static final String PLAN_COLUMNS =
      "p.id, p.status, p.public_read, coalesce((select v.version from plan_content_version v"
          + " where v.plan_id = p.id), 0)";

  private static final String POINT_PLAN =
      "select g.plan_id from measurement_point m join indicator i on i.id = m.indicator_id"
          + " join goal g on g.id = i.goal_id where m.id = ";

  private static String recorded(String entityType) {
    return "(select max(c.plan_id) from change_record c where c.entity_type = '"
        + entityType
        + "' and c.entity_id = ?)";
  }

  /**
   * For each path parameter that names something in a plan: the expression that finds that plan's
   * id, also for something deleted whose history is still read.
   */
  private static final Map<String, String> PLAN_OF =
      Map.of(
          "planId",
          "?",
          "actionId",
          "coalesce((select a.plan_id from plan_action a where a.id = ?), "
              + recorded("ACTION")
              + ")",
          "goalId",
          "coalesce((select g.plan_id from goal g where g.id = ?), " + recorded("GOAL") + ")",
          "indicatorId",
          "coalesce((select g.plan_id from indicator i join goal g on g.id = i.goal_id"
              + " where i.id = ?), "
              + recorded("INDICATOR")
              + ")",
          "pointId",
          "coalesce((" + POINT_PLAN + "?), " + recorded("MEASUREMENT_POINT") + ")",
          "seriesId",
          "(select g.plan_id from reference_series s join measurement_point m on m.id ="
              + " s.point_id join indicator i on i.id = m.indicator_id join goal g on g.id ="
              + " i.goal_id where s.id = ?)",
          "periodId",
          "(select r.plan_id from reporting_period r where r.id = ?)",
          "assessmentId",
          "coalesce((select a.plan_id from assessment a where a.id = ?), (select"
              + " max(r.plan_id) from assessment_revision r where r.assessment_id = ?))",
          "evaluationId",
          "coalesce((select g.plan_id from evaluation e join measurement_point m on m.id ="
              + " e.point_id join indicator i on i.id = m.indicator_id join goal g on g.id ="
              + " i.goal_id where e.id = ?), (select max(g.plan_id) from evaluation_revision r"
              + " join measurement_point m on m.id = r.point_id join indicator i on i.id ="
              + " m.indicator_id join goal g on g.id = i.goal_id where r.evaluation_id = ?))");

  /** A key's columns as {@link #key} reads them, from the row of {@code k}. */
  private static final String KEY_COLUMNS =
      // A key limited to organisation units reaches the plans of those units and of every unit
      // beneath them (by path), as they are at this request: a plan added later is included.
      "k.id, k.name, k.role, k.secret_hash, k.expires_at, k.revoked_at, k.last_used_at,"
          + " (select group_concat(kp.plan_id) from api_key_plan kp where kp.api_key_id = k.id),"
          + " (select count(*) from api_key_unit u where u.api_key_id = k.id),"
          + " (select group_concat(pl.id) from api_key_unit u"
          + " join organisation_unit ou on ou.id = u.unit_id"
          + " join organisation_unit d on d.path like concat(ou.path, '%')"
          + " join plan pl on pl.organisation_unit_id = d.id where u.api_key_id = k.id),"
          + " k.person";

  private static final int KEY_COLUMN_COUNT = 11;

  /**
   * The path parameters that name something inside a plan, in the order the access filter reads
   * them: where a path names two (an action's status report of a period), the first decides, so an
   * action the caller may not reach answers as a missing one whatever period is named.
   */
  static final java.util.List<String> PLAN_PARAMETERS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("actionId"),
              PLAN_OF.keySet().stream().filter(name -> !name.equals("actionId")).sorted())
          .toList();

  /** The database could not answer an access question: the request gets 503, as any other. */
  static final class Unavailable extends RuntimeException {
    Unavailable(String message, SQLException cause) {
      super(message, cause);
    }
  }

  @Inject AgroalDataSource dataSource;
  @Inject SecurityConfig config;

  /** A key as the access filter needs it. */
  record StoredKey(
      long id,
      String name,
      Role role,
      String secretHash,
      Instant expiresAt,
      Instant revokedAt,
      Instant lastUsedAt,
      Set<Long> planIds,
      boolean limited,
      String person) {}

  /**
   * The plan a request touches.
   *
   * @param contentVersion the plan's content version; 0 for a plan written past the service (a bulk
   *     load in SQL) until its first change through it
   */
  record PlanRef(long id, String status, boolean publicRead, long contentVersion) {
    boolean readableByAnyone() {
      return publicRead && "ADOPTED".equals(status);
    }
  }

  /**
   * What a request's access decision and its plan-wide documents read from the database, in one
   * statement: the key (when one was sent), the plan that the path names with its content version,
   * the content version of a plan named in the query ({@code planId}), and the change feed's
   * position (the version of documents across plans). Nothing of it outlives the request.
   *
   * @param key the key's row; empty when no key was sent or none has that hash
   * @param plan the plan the path names; empty when it names none, or none that is there
   * @param queryPlanVersion the content version of the query's plan (0 when it has none or is not
   *     there); empty when no plan was asked for
   * @param feedPosition the change feed's last sequence; empty when it is not there
   */
  record Read(
      Optional<StoredKey> key,
      Optional<PlanRef> plan,
      OptionalLong queryPlanVersion,
      OptionalLong feedPosition) {}

  /**
   * Reads a request's access in one statement, whatever it asks for (see {@link Read}).
   *
   * @param hash the sent key's hash, or null when no key was sent
   * @param parameter the path parameter that names the plan (goalId, pointId, …), or null
   * @param id that parameter's id (ignored without a parameter)
   * @param queryPlanId the plan id of the query, or null
   */
  Read read(String hash, String parameter, long id, Long queryPlanId) {
    String planOf = parameter == null ? null : PLAN_OF.get(parameter);
    StringBuilder sql = new StringBuilder("select ");
    sql.append(hash == null ? "null" + ", null".repeat(KEY_COLUMN_COUNT - 1) : KEY_COLUMNS);
    sql.append(", ").append(planOf == null ? "null, null, null, null" : PLAN_COLUMNS);
    sql.append(
        queryPlanId == null
            ? ", null"
            : ", (select coalesce(max(qv.version), 0) from plan_content_version qv"
                + " where qv.plan_id = ?)");
    sql.append(", (select f.last_sequence from change_feed_position f where f.id = 1)");
    sql.append(" from (select 1 as one) request");
    if (hash != null) {
      sql.append(" left join api_key k on k.secret_hash = ?");
    }
    if (planOf != null) {
      sql.append(" left join plan p on p.id = ").append(planOf);
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      SqlStatements.count();
      int index = 1;
      if (queryPlanId != null) {
        statement.setLong(index++, queryPlanId);
      }
      if (hash != null) {
        statement.setString(index++, hash);
      }
      if (planOf != null) {
        int placeholders = (int) planOf.chars().filter(c -> c == '?').count();
        for (int i = 0; i < placeholders; i++) {
          statement.setLong(index++, id);
        }
      }
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        int plan = KEY_COLUMN_COUNT + 1;
        return new Read(
            hash == null || row.getObject(1) == null ? Optional.empty() : Optional.of(key(row)),
            planOf == null || row.getObject(plan) == null
                ? Optional.empty()
                : Optional.of(
                    new PlanRef(
                        row.getLong(plan),
                        row.getString(plan + 1),
                        row.getBoolean(plan + 2),
                        row.getObject(plan + 3) == null ? -1 : row.getLong(plan + 3))),
            optionalLong(row, plan + 4),
            optionalLong(row, plan + 5));
      }
    } catch (SQLException e) {
      throw new Unavailable("Could not read the access of a request", e);
    }
  }

  private static OptionalLong optionalLong(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
  }

  private static StoredKey key(ResultSet row) throws SQLException {
    Set<Long> plans = ids(row.getString(8));
    boolean unitLimited = row.getLong(9) > 0;
    Set<Long> reachable = new java.util.HashSet<>(plans);
    reachable.addAll(ids(row.getString(10)));
    return new StoredKey(
        row.getLong(1),
        row.getString(2),
        Role.valueOf(row.getString(3)),
        row.getString(4),
        instant(row.getTimestamp(5)),
        instant(row.getTimestamp(6)),
        instant(row.getTimestamp(7)),
        Set.copyOf(reachable),
        unitLimited || !plans.isEmpty(),
        row.getString(11));
  }

  private static Set<Long> ids(String concatenated) {
    return concatenated == null
        ? Set.of()
        : Arrays.stream(concatenated.split(",")).map(Long::valueOf).collect(Collectors.toSet());
  }

  /** Every plan of the units with these codes and of every unit beneath them. */
  Set<Long> plansOfUnits(Set<String> codes) {
    if (codes.isEmpty()) {
      return Set.of();
    }
    String sql =
        "select pl.id from organisation_unit ou join organisation_unit d on d.path like"
            + " concat(ou.path, '%') join plan pl on pl.organisation_unit_id = d.id where ou.code"
            + " in ("
            + String.join(",", java.util.Collections.nCopies(codes.size(), "?"))
            + ")";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      SqlStatements.count();
      int index = 1;
      for (String code : codes) {
        statement.setString(index++, code);
      }
      Set<Long> plans = new java.util.HashSet<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          plans.add(row.getLong(1));
        }
      }
      return Set.copyOf(plans);
    } catch (SQLException e) {
      throw new Unavailable("Could not read the plans of organisation units", e);
    }
  }

  /** Records that a key was used, unless that was recorded less than a minute ago. */
  void touch(StoredKey key, Instant now) {
    if (key.lastUsedAt() != null && key.lastUsedAt().isAfter(now.minus(LAST_USED_PRECISION))) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("update api_key set last_used_at = ? where id = ?")) {
      SqlStatements.count();
      statement.setTimestamp(1, Timestamp.from(now));
      statement.setLong(2, key.id());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new Unavailable("Could not record the use of an API key", e);
    }
  }

  /** The plans anyone may read: public and adopted, none when anonymous reading is off. */
  Set<Long> publicPlanIds() {
    if (!config.anonymousRead()) {
      return Set.of();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select id from plan where public_read = true and status = 'ADOPTED'");
        ResultSet rows = statement.executeQuery()) {
      SqlStatements.count();
      Set<Long> ids = new HashSet<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      return Set.copyOf(ids);
    } catch (SQLException e) {
      throw new Unavailable("Could not read the public plans", e);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
