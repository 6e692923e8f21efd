package se.styrkort.tree;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import se.styrkort.common.VersionedEntity;

/**
 * The tree's ETag: a digest of the table, id and version of every row in it. Any insert, update
 * (versions only grow) or delete anywhere in the plan changes it, which a sum or maximum of
 * versions and timestamps cannot promise for a delete and an insert at once. Rows are added as they
 * are read, table by table, so that they need not be kept for it.
 */
final class PlanTreeTag {

  private final MessageDigest digest = sha256();
  private final ByteBuffer row = ByteBuffer.allocate(2 * Long.BYTES);

  /** Starts the rows of another table. */
  void table(String name) {
    digest.update(name.getBytes(StandardCharsets.US_ASCII));
  }

  private Instant lastModified = Instant.EPOCH;

  void row(VersionedEntity entity) {
    row(entity.id, entity.version);
    if (entity.updatedAt != null && entity.updatedAt.isAfter(lastModified)) {
      lastModified = entity.updatedAt;
    }
  }

  /** The latest change time of the rows read (a deletion shows in the digest, not here). */
  Instant lastModified() {
    return lastModified;
  }

  void row(long id, long version) {
    row.clear();
    row.putLong(id).putLong(version);
    digest.update(row.array());
  }

  /** A non-negative 63-bit digest, so that it reads like any other version in an ETag. */
  long value() {
    return ByteBuffer.wrap(digest.digest()).getLong() & Long.MAX_VALUE;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
