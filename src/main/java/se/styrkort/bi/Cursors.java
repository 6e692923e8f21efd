package se.styrkort.bi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import se.styrkort.common.DomainException;

/**
 * Opaque keyset cursors: the key of the last row a page held. A keyset, unlike an offset, costs the
 * same on the thousandth page as on the first and never skips a row when rows are added.
 */
final class Cursors {

  private Cursors() {}

  /** The last fact of a page: a measurement point and a year. */
  record FactKey(long pointId, int year) {}

  static String fact(FactKey key) {
    return encode("f:" + key.pointId() + ":" + key.year());
  }

  static FactKey fact(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    String[] parts = decode(cursor).split(":");
    try {
      if (parts.length == 3 && parts[0].equals("f")) {
        return new FactKey(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw refused();
  }

  /** The last node row of a page: its plan, year, kind and id (the table's order). */
  record NodeKey(long planId, int year, int kind, long nodeId) {}

  static String node(NodeKey key) {
    return encode("n:" + key.planId() + ":" + key.year() + ":" + key.kind() + ":" + key.nodeId());
  }

  static NodeKey node(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    String[] parts = decode(cursor).split(":");
    try {
      if (parts.length == 5 && parts[0].equals("n")) {
        return new NodeKey(
            Long.parseLong(parts[1]),
            Integer.parseInt(parts[2]),
            Integer.parseInt(parts[3]),
            Long.parseLong(parts[4]));
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw refused();
  }

  static String evaluation(long evaluationId) {
    return encode("e:" + evaluationId);
  }

  static long evaluation(String cursor) {
    return id("e:", cursor);
  }

  /** The last action of a page. */
  static String action(long actionId) {
    return encode("a:" + actionId);
  }

  static long action(String cursor) {
    return id("a:", cursor);
  }

  /** The id after {@code prefix} in a cursor of a table ordered by id; 0 without a cursor. */
  private static long id(String prefix, String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    String raw = decode(cursor);
    try {
      if (raw.startsWith(prefix)) {
        return Long.parseLong(raw.substring(prefix.length()));
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw refused();
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw refused();
    }
  }

  private static DomainException refused() {
    return DomainException.invalid("cursor", "is not a cursor this service issued");
  }
}
