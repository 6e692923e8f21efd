package se.styrkort.odata;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.styrkort.odata.EntitySet.Property;

/** A request's query options, checked against the entity set. */
record ODataQuery(
    Filter filter,
    List<Property> select,
    List<OrderItem> orderBy,
    Long top,
    long skip,
    boolean count,
    String skipToken) {

  record OrderItem(Property property, boolean descending) {}

  private static final Set<String> IMPLEMENTED =
      Set.of("$filter", "$select", "$orderby", "$top", "$skip", "$count", "$skiptoken", "$format");
  private static final Set<String> WITHOUT_DOLLAR =
      Set.of(
          "filter",
          "select",
          "orderby",
          "top",
          "skip",
          "count",
          "skiptoken",
          "format",
          "expand",
          "search",
          "apply",
          "compute");
  private static final Set<String> NOT_IMPLEMENTED =
      Set.of(
          "$expand",
          "$apply",
          "$search",
          "$compute",
          "$index",
          "$levels",
          "$schemaversion",
          "$deltatoken",
          "$id");

  /** Largest $top and $skip: beyond any table here, and no arithmetic on it can overflow. */
  static final long MAX_NUMBER = Integer.MAX_VALUE;

  /** Longest $select, $orderby or $skiptoken read. */
  static final int MAX_OPTION_LENGTH = 2_000;

  static ODataQuery parse(EntitySet set, QueryOptions options, MultivaluedMap<String, String> all) {
    for (Map.Entry<String, List<String>> parameter : all.entrySet()) {
      String name = parameter.getKey();
      if (name.startsWith("@")) {
        throw ODataException.notImplemented("parameter aliases (" + name + ")");
      }
      if (!name.startsWith("$")) {
        if (WITHOUT_DOLLAR.contains(name.toLowerCase(Locale.ROOT))) {
          // OData 4.01 lets the $ go; this is a 4.0 service, and ignoring it would be silent.
          throw ODataException.badRequest(
              name, "system query options start with $ in OData 4.0: write $" + name);
        }
        continue; // a custom query option (api_key, for one) is not the feed's to judge
      }
      if (NOT_IMPLEMENTED.contains(name.toLowerCase(Locale.ROOT))) {
        throw ODataException.notImplemented("the query option " + name);
      }
      if (!IMPLEMENTED.contains(name)) {
        throw ODataException.badRequest(name, "is not an OData system query option");
      }
      if (parameter.getValue().size() > 1) {
        throw ODataException.badRequest(name, "may be given only once");
      }
      if (!name.equals("$filter") && parameter.getValue().get(0).length() > MAX_OPTION_LENGTH) {
        throw ODataException.badRequest(
            name, "is longer than " + MAX_OPTION_LENGTH + " characters");
      }
    }
    if (options.format != null
        && !options.format.equals("json")
        && !options.format.startsWith("application/json")) {
      throw ODataException.notImplemented("$format=" + options.format + " (only json)");
    }
    Filter filter =
        options.filter == null || options.filter.isBlank()
            ? null
            : FilterParser.parse(options.filter, set);
    return new ODataQuery(
        filter,
        select(set, options.select),
        orderBy(set, options.orderby),
        options.top == null ? null : number("$top", options.top),
        options.skip == null ? 0 : number("$skip", options.skip),
        bool("$count", options.count),
        options.skiptoken);
  }

  private static List<Property> select(EntitySet set, String select) {
    if (select == null || select.isBlank() || select.trim().equals("*")) {
      return set.properties();
    }
    Map<String, Property> byName = set.byName();
    List<Property> chosen = new ArrayList<>();
    for (String item : select.split(",", -1)) {
      String name = item.trim();
      if (name.isEmpty()) {
        throw ODataException.badRequest(
            "$select", "names an empty property (',' twice or at an end)");
      }
      if (name.contains("/") || name.contains("(")) {
        throw ODataException.notImplemented("paths and functions in $select");
      }
      Property property = byName.get(name);
      if (property == null) {
        throw ODataException.badRequest("$select", "there is no property '" + name + "'");
      }
      if (!chosen.contains(property)) {
        chosen.add(property);
      }
    }
    // Properties come back in the set's order, whatever the order asked for.
    return set.properties().stream().filter(chosen::contains).toList();
  }

  private static List<OrderItem> orderBy(EntitySet set, String orderBy) {
    List<OrderItem> items = new ArrayList<>();
    if (orderBy == null || orderBy.isBlank()) {
      return items;
    }
    Map<String, Property> byName = set.byName();
    for (String item : orderBy.split(",", -1)) {
      if (item.isBlank()) {
        throw ODataException.badRequest(
            "$orderby", "names an empty property (',' twice or at an end)");
      }
      String[] words = item.trim().split("\\s+");
      if (words[0].contains("(") || words[0].contains("/")) {
        throw ODataException.notImplemented("expressions in $orderby (only properties)");
      }
      Property property = byName.get(words[0]);
      if (property == null) {
        throw ODataException.badRequest("$orderby", "there is no property '" + words[0] + "'");
      }
      if (words.length > 2 || (words.length == 2 && !Set.of("asc", "desc").contains(words[1]))) {
        throw ODataException.badRequest(
            "$orderby", "'" + item.trim() + "' is not property asc|desc");
      }
      items.add(new OrderItem(property, words.length == 2 && words[1].equals("desc")));
    }
    return items;
  }

  private static long number(String option, String value) {
    try {
      long number = Long.parseLong(value.trim());
      if (number >= 0 && number <= MAX_NUMBER) {
        return number;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw ODataException.badRequest(option, "must be a whole number from 0 to " + MAX_NUMBER);
  }

  private static boolean bool(String option, String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ODataException.badRequest(option, "must be true or false");
  }
}
