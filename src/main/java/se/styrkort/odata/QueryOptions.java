package se.styrkort.odata;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The system query options the feed implements; every other one is refused (501 or 400). */
public class QueryOptions {

  @Parameter(
      name = "$filter",
      description =
          "eq ne gt ge lt le in, and or not, parentheses, contains startswith endswith tolower"
              + " toupper year month day, over the set's primitive properties; literals: 'text'"
              + " (quote doubled inside), numbers, true, false, null, 2024-12-31,"
              + " 2024-12-31T12:00:00Z. Text compares exactly. Other functions and arithmetic"
              + " answer 501.",
      example = "year ge 2024 and (status eq 'FULFILLED' or status eq 'PARTIALLY_FULFILLED')")
  @RestQuery("$filter")
  public String filter;

  @Parameter(
      name = "$select",
      description = "Properties to return, comma-separated.",
      example = "pointId,year,status")
  @RestQuery("$select")
  public String select;

  @Parameter(
      name = "$orderby",
      description =
          "Properties with asc or desc, comma-separated; the key breaks ties. Facts in other"
              + " orders than pointId,year, and NodeFacts in orders that do not begin with"
              + " planId, need planId eq N in $filter.",
      example = "year desc,id")
  @RestQuery("$orderby")
  public String orderby;

  @Parameter(name = "$top", description = "At most this many entities in all.", example = "100")
  @RestQuery("$top")
  public String top;

  @Parameter(name = "$skip", description = "Skip this many entities first.", example = "0")
  @RestQuery("$skip")
  public String skip;

  @Parameter(
      name = "$count",
      description = "true adds @odata.count: all matching entities, ignoring $top and $skip.",
      example = "true")
  @RestQuery("$count")
  public String count;

  @Parameter(
      name = "$skiptoken",
      description = "Opaque; from @odata.nextLink (server-driven paging, 500 entities a page).")
  @RestQuery("$skiptoken")
  public String skiptoken;

  @Parameter(name = "$format", description = "Only json.", example = "json")
  @RestQuery("$format")
  public String format;
}
