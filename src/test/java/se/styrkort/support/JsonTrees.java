package se.styrkort.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Searching a JSON document read as maps and lists (a plan tree, a plan document). */
public final class JsonTrees {

  private JsonTrees() {}

  /** The first object, depth first in document order, that {@code match} accepts. */
  @SuppressWarnings("unchecked")
  public static Optional<Map<String, Object>> first(
      Object node, Predicate<Map<String, Object>> match) {
    if (node instanceof Map<?, ?> map) {
      if (match.test((Map<String, Object>) map)) {
        return Optional.of((Map<String, Object>) map);
      }
      // Not List.copyOf: JSON null values are in there.
      return first(new ArrayList<>(map.values()), match);
    }
    if (node instanceof List<?> list) {
      for (Object child : list) {
        Optional<Map<String, Object>> found = first(child, match);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
