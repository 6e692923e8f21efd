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
import java.util.Set;
import java.util.stream.Collectors;
import se.styrkort.common.SqlStatements;

/**
 * The SQL that access decisions need, one statement each, whatever the plan's size. Plain JDBC: it
 * runs before the request's own persistence context and stays out of its statement counts.
 */
@ApplicationScoped
class SecurityQueries {

  /** lastUsedAt is written at most this often per key, not on every request. */
  static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  /**
   * The plan, with its content version (what plan-wide documents are cached and tagged under): in
   * the same statement, so a 304 of a plan-wide document costs no statement of its own.
   */
  private static final String PLAN =
      "select p.id, p.status, p.public_read, coalesce((select v.version from plan_content_version v"
          + " where v.plan_id = p.id), 0) from plan p where p.id = ";

  private static final String POINT_PLAN =
      "select g.plan_id from measurement_point m join indicator i on i.id = m.indicator_id"
          + " join goal g on g.id = i.goal_id where m.id = ";

  private static String recorded(String entityType) {
    return "(select max(c.plan_id) from change_record c where c.entity_type = '"
        + entityType
        + "' and c.entity_id = ?)";
  }

  /**
   * For each path parameter that names something in a plan: the statement that finds that plan,
   * also for something deleted whose history is still read.
   */
  private static final Map<String, String> PLAN_OF =
      Map.of(
          "planId",
          PLAN + "?",
          "actionId",
          PLAN
              + "coalesce((select a.plan_id from plan_action a where a.id = ?), "
              + recorded("ACTION")
              + ")",
          "goalId",
          PLAN
              + "coalesce((select g.plan_id from goal g where g.id = ?), "
              + recorded("GOAL")
              + ")",
          "indicatorId",
          PLAN
              + "coalesce((select g.plan_id from indicator i join goal g on g.id = i.goal_id"
              + " where i.id = ?), "
              + recorded("INDICATOR")
              + ")",
          "pointId",
          PLAN + "coalesce((" + POINT_PLAN + "?), " + recorded("MEASUREMENT_POINT") + ")",
          "seriesId",
          PLAN
              + "(select g.plan_id from reference_series s join measurement_point m on m.id ="
              + " s.point_id join indicator i on i.id = m.indicator_id join goal g on g.id ="
              + " i.goal_id where s.id = ?)",
          "periodId",
          PLAN + "(select r.plan_id from reporting_period r where r.id = ?)",
          "assessmentId",
          PLAN
              + "coalesce((select a.plan_id from assessment a where a.id = ?), (select"
              + " max(r.plan_id) from assessment_revision r where r.assessment_id = ?))",
          "evaluationId",
          PLAN
              + "coalesce((select g.plan_id from evaluation e join measurement_point m on m.id ="
              + " e.point_id join indicator i on i.id = m.indicator_id join goal g on g.id ="
              + " i.goal_id where e.id = ?), (select max(g.plan_id) from evaluation_revision r"
              + " join measurement_point m on m.id = r.point_id join indicator i on i.id ="
              + " m.indicator_id join goal g on g.id = i.goal_id where r.evaluation_id = ?))");

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

  Optional<StoredKey> keyByHash(String hash) {
    String sql =
        // A key limited to organisation units reaches the plans of those units and of every unit
        // beneath them (by path), as they are at this request: a plan added later is included.
        "select k.id, k.name, k.role, k.secret_hash, k.expires_at, k.revoked_at, k.last_used_at,"
            + " (select group_concat(p.plan_id) from api_key_plan p where p.api_key_id = k.id),"
            + " (select count(*) from api_key_unit u where u.api_key_id = k.id),"
            + " (select group_concat(pl.id) from api_key_unit u"
            + " join organisation_unit ou on ou.id = u.unit_id"
            + " join organisation_unit d on d.path like concat(ou.path, '%')"
            + " join plan pl on pl.organisation_unit_id = d.id where u.api_key_id = k.id),"
            + " k.person from api_key k where k.secret_hash = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      SqlStatements.count();
      statement.setString(1, hash);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Set<Long> plans = ids(row.getString(8));
        boolean unitLimited = row.getLong(9) > 0;
        Set<Long> reachable = new java.util.HashSet<>(plans);
        reachable.addAll(ids(row.getString(10)));
        return Optional.of(
            new StoredKey(
                row.getLong(1),
                row.getString(2),
                Role.valueOf(row.getString(3)),
                row.getString(4),
                instant(row.getTimestamp(5)),
                instant(row.getTimestamp(6)),
                instant(row.getTimestamp(7)),
                Set.copyOf(reachable),
                unitLimited || !plans.isEmpty(),
                row.getString(11)));
      }
    } catch (SQLException e) {
      throw new Unavailable("Could not read API keys", e);
    }
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

  /** The plan that the path parameter {@code name} (goalId, pointId, …) with {@code id} is in. */
  Optional<PlanRef> planOf(String name, long id) {
    String sql = PLAN_OF.get(name);
    if (sql == null) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      SqlStatements.count();
      int placeholders = (int) sql.chars().filter(c -> c == '?').count();
      for (int i = 1; i <= placeholders; i++) {
        statement.setLong(i, id);
      }
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(
                new PlanRef(
                    row.getLong(1),
                    row.getString(2),
                    row.getBoolean(3),
                    row.getObject(4) == null ? -1 : row.getLong(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new Unavailable("Could not find the plan of " + name, e);
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
