package se.styrkort.odata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page starts (a keyset token): the values of the page's last entity in the order of
 * the query (its order keys, then its key), how many entities were sent before, and the count taken
 * on the first page. A page then starts strictly after that entity, so rows written or deleted
 * elsewhere while a client pages never shift a row into a page twice or out of every page, and
 * $count=true is computed once per read rather than once per page.
 */
record PageToken(List<Object> after, long consumed, Long count) {

  private static final String VERSION = "k1";

  String encode(List<EdmType> types) {
    StringBuilder text = new StringBuilder(VERSION);
    text.append('\u0001').append(consumed).append('\u0001').append(count == null ? "" : count);
    for (int i = 0; i < after.size(); i++) {
      Object value = after.get(i);
      text.append('\u0001').append(value == null ? "\u0002" : write(types.get(i), value));
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static PageToken decode(String token, List<EdmType> types) {
    if (token == null) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = text.split("\u0001", -1);
      if (parts.length != 3 + types.size() || !parts[0].equals(VERSION)) {
        throw refused();
      }
      long consumed = Long.parseLong(parts[1]);
      Long count = parts[2].isEmpty() ? null : Long.parseLong(parts[2]);
      if (consumed < 0 || consumed > ODataQuery.MAX_NUMBER || (count != null && count < 0)) {
        throw refused();
      }
      List<Object> after = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        String part = parts[3 + i];
        after.add(part.equals("\u0002") ? null : read(types.get(i), part));
      }
      return new PageToken(after, consumed, count);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw refused();
    }
  }

  private static String write(EdmType type, Object value) {
    return switch (type) {
      case DATE_TIME_OFFSET -> ((Instant) value).toString();
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      default -> value.toString();
    };
  }

  private static Object read(EdmType type, String text) {
    return switch (type) {
      case INT64 -> Long.parseLong(text);
      case INT32 -> Integer.parseInt(text);
      case DECIMAL -> {
        if (text.length() > 80 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
          throw refused();
        }
        yield new BigDecimal(text);
      }
      case DOUBLE -> Double.parseDouble(text);
      case BOOLEAN -> Boolean.parseBoolean(text);
      case DATE -> LocalDate.parse(text);
      case DATE_TIME_OFFSET -> Instant.parse(text);
      case STRING -> text;
    };
  }

  static ODataException refused() {
    return ODataException.badRequest(
        "$skiptoken", "is not a token this service issued for this query");
  }
}
