package se.styrkort.tree;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import se.styrkort.common.VersionedEntity;

/**
 * The tree's ETag: a digest of the table, id and version of every row in it. Any insert, update
 * (versions only grow) or delete anywhere in the plan changes it, which a sum or maximum of
 * versions and timestamps cannot promise for a delete and an insert at once.
 */
final class PlanTreeTag {

  private PlanTreeTag() {}

  /** A non-negative 63-bit digest, so that it reads like any other version in an ETag. */
  static long of(PlanRows rows) {
    MessageDigest digest = sha256();
    add(digest, "plan", List.of(rows.plan()));
    add(digest, "goal", rows.goals());
    add(digest, "indicator", rows.indicators());
    add(digest, "point", rows.points());
    add(digest, "target", rows.targets());
    add(digest, "evaluation", rows.evaluations());
    return ByteBuffer.wrap(digest.digest()).getLong() & Long.MAX_VALUE;
  }

  private static void add(
      MessageDigest digest, String table, List<? extends VersionedEntity> rows) {
    digest.update(table.getBytes(StandardCharsets.US_ASCII));
    ByteBuffer row = ByteBuffer.allocate(2 * Long.BYTES);
    for (VersionedEntity entity : rows) {
      row.clear();
      row.putLong(entity.id).putLong(entity.version);
      digest.update(row.array());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
