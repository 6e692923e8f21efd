package se.styrkort.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import se.styrkort.common.DomainException;

/**
 * A place in the feed, opaque to clients: inside it is the sequence of the last change the client
 * has seen. Only the service makes cursors; clients send them back unchanged.
 */
record ChangeCursor(long after) {

  private static final String PREFIX = "s:";

  static ChangeCursor parse(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(PREFIX)) {
        long after = Long.parseLong(raw.substring(PREFIX.length()));
        if (after >= 0) {
          return new ChangeCursor(after);
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal below
    }
    throw DomainException.invalid("cursor", "is not a change feed cursor this service issued");
  }

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + after).getBytes(StandardCharsets.UTF_8));
  }
}
