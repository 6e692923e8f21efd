package se.styrkort.common;

import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated {@code limit} and {@code cursor}. The cursor is opaque to clients; inside it is the
 * offset of the next page's first item.
 */
public record PageRequest(int limit, int offset) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;
  private static final String PREFIX = "o:";

  public static PageRequest of(Integer limit, String cursor) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return new PageRequest(size, cursor == null || cursor.isEmpty() ? 0 : decode(cursor));
  }

  private static int decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(PREFIX)) {
        int offset = Integer.parseInt(raw.substring(PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal below
    }
    throw DomainException.invalid("cursor", "is not a cursor this service issued");
  }

  /** How many rows to fetch: one more than the page, to learn whether another follows. */
  public int fetchSize() {
    return limit + 1;
  }

  /**
   * This page of a collection read whole (a short one: a plan's periods, a period's assessments),
   * with the link to the next.
   */
  public <T> Page<T> slice(List<T> all, UriInfo uri) {
    int from = Math.min(offset, all.size());
    return page(all.subList(from, Math.min(all.size(), from + fetchSize())), uri);
  }

  /**
   * Cuts the fetched rows to a page and links the next one, keeping the request's other query
   * parameters so that a filtered collection stays filtered.
   */
  public <T> Page<T> page(List<T> fetched, UriInfo uri) {
    if (fetched.size() <= limit) {
      return new Page<>(fetched, null);
    }
    String cursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString((PREFIX + (offset + limit)).getBytes(StandardCharsets.UTF_8));
    Map<String, String> replace = new LinkedHashMap<>();
    replace.put("limit", Integer.toString(limit));
    replace.put("cursor", cursor);
    String next = NextLinks.next(uri, replace);
    return new Page<>(fetched.subList(0, limit), next);
  }
}
