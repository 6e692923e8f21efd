package se.styrkort.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import se.styrkort.common.SqlStatements;

/**
 * The content versions that plan-wide documents are cached under. Both move in the transaction of
 * every write, with the change feed ({@code ChangeWriter}): a plan's is the sequence of its last
 * change, the feed's position is the last change of any plan. One statement each, plain JDBC.
 */
@ApplicationScoped
class ContentVersions {

  @Inject AgroalDataSource dataSource;

  /**
   * The plan's content version: 0 for a plan that has none (written past the service, or not there
   * at all, which its resource will answer).
   */
  OptionalLong ofPlan(long planId) {
    return read(
        "select coalesce(max(version), 0) from plan_content_version where plan_id = ?", planId);
  }

  /** The version of every plan at once: the feed's last sequence. */
  OptionalLong ofAll() {
    return read("select last_sequence from change_feed_position where id = ?", 1);
  }

  private OptionalLong read(String sql, long parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      SqlStatements.count();
      statement.setLong(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      // No version, no cache: the request is computed as if there were no cache at all, and
      // meets the database's trouble there, with the answer every other request gets.
      return OptionalLong.empty();
    }
  }
}
