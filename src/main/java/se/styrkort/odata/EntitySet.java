package se.styrkort.odata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity set of the feed: its entity type's properties and keys and, for a set read from a
 * table, the SQL it is read from. Property names are fixed here, never taken from a request, so a
 * query can only name columns listed here.
 *
 * @param from the FROM clause of a table set; null for the computed Facts
 * @param planColumn the column that names the plan a row belongs to (for the readable-plans filter)
 */
record EntitySet(
    String name,
    String typeName,
    List<String> keys,
    List<Property> properties,
    String from,
    String planColumn) {

  /**
   * A property of the entity type.
   *
   * @param column the SQL expression it is read from; null for a computed set
   */
  record Property(String name, EdmType type, boolean nullable, String column) {}

  Map<String, Property> byName() {
    Map<String, Property> byName = new LinkedHashMap<>();
    properties.forEach(property -> byName.put(property.name(), property));
    return byName;
  }

  boolean computed() {
    return from == null;
  }

  /** Who recorded or changed a row: for signed-in readers only. */
  static final java.util.Set<String> AUTHORSHIP =
      java.util.Set.of("recordedBy", "latestRecordedBy", "responsiblePerson");

  /**
   * This set as an anonymous reader sees it: authorship reads as null in every row, and filtering
   * or ordering by it finds nothing to go by.
   */
  EntitySet withoutAuthorship() {
    List<Property> visible =
        properties.stream()
            .map(
                p ->
                    AUTHORSHIP.contains(p.name()) && p.column() != null
                        ? new Property(p.name(), p.type(), true, "null")
                        : p)
            .toList();
    return new EntitySet(name, typeName, keys, visible, from, planColumn);
  }
}
