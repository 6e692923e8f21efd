package se.styrkort.odata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Key predicates: {@code (1)} for a single key, {@code (pointId=3,year=2025)} for several. */
final class Keys {

  private Keys() {}

  static Map<String, Object> parse(EntitySet set, String text) {
    if (text.length() > 100) {
      throw refused(set, "is longer than 100 characters");
    }
    Map<String, Object> key = new LinkedHashMap<>();
    String[] parts = text.split(",", -1);
    if (parts.length != set.keys().size()) {
      throw refused(set, "names " + set.keys().size() + " key value(s): " + set.keys());
    }
    for (String part : parts) {
      int equals = part.indexOf('=');
      String name = equals < 0 ? set.keys().get(0) : part.substring(0, equals).trim();
      String value = (equals < 0 ? part : part.substring(equals + 1)).trim();
      if ((equals < 0 && parts.length > 1) || !set.keys().contains(name) || key.containsKey(name)) {
        throw refused(set, "names the key properties " + set.keys());
      }
      EntitySet.Property property = set.byName().get(name);
      if (property.type() == EdmType.STRING) {
        if (value.length() < 2 || !value.startsWith("'") || !value.endsWith("'")) {
          throw refused(set, "'" + name + "' must be a quoted string ('GOAL')");
        }
        key.put(name, value.substring(1, value.length() - 1).replace("''", "'"));
        continue;
      }
      try {
        key.put(
            name,
            property.type() == EdmType.INT32
                ? (Object) Integer.parseInt(value)
                : (Object) Long.parseLong(value));
      } catch (NumberFormatException e) {
        throw refused(set, "'" + name + "' must be a whole number");
      }
    }
    return key;
  }

  static String describe(Map<String, Object> key) {
    return key.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private static ODataException refused(EntitySet set, String reason) {
    return ODataException.badRequest("key", "the key of " + set.name() + " " + reason);
  }
}
