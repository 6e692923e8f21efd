package se.styrkort.odata;

import java.util.List;
import java.util.Map;
import se.styrkort.odata.EntitySet.Property;

/**
 * The service's metadata document (CSDL 4.0 XML), written from the entity sets' definitions: the
 * types with their keys and navigation properties (with referential constraints, so Power BI finds
 * the relationships), and Capabilities annotations that tell a client what it must not fold into a
 * query because this service refuses it.
 */
final class Csdl {

  static final String NAMESPACE = "Styrkort";

  /**
   * Terms are named in full, without an edmx:Reference to the vocabulary's URL: clients that
   * resolve references (Olingo's does) would otherwise fetch it from the internet on every read of
   * $metadata, and fail where the gateway has no internet access. Power BI reads the terms by name.
   */
  private static final String CAPABILITIES = "Org.OData.Capabilities.V1";

  /** A to-one navigation property: a foreign key property of this type and the set it names. */
  record Navigation(String name, String property, String target, boolean nullable) {}

  static final Map<String, List<Navigation>> NAVIGATIONS =
      Map.of(
          "Facts",
          List.of(
              new Navigation("Plan", "planId", "Plans", false),
              new Navigation("Indicator", "indicatorId", "Indicators", false),
              new Navigation("MeasurementPoint", "pointId", "MeasurementPoints", false)),
          "Goals",
          List.of(
              new Navigation("Plan", "planId", "Plans", false),
              new Navigation("Parent", "parentId", "Goals", true)),
          "NodeFacts",
          List.of(new Navigation("Plan", "planId", "Plans", false)),
          "Actions",
          List.of(new Navigation("Plan", "planId", "Plans", false)),
          "Indicators",
          List.of(
              new Navigation("Plan", "planId", "Plans", false),
              new Navigation("Goal", "goalId", "Goals", false)),
          "MeasurementPoints",
          List.of(
              new Navigation("Plan", "planId", "Plans", false),
              new Navigation("Indicator", "indicatorId", "Indicators", false)),
          "Evaluations",
          List.of(
              new Navigation("Plan", "planId", "Plans", false),
              new Navigation("Indicator", "indicatorId", "Indicators", false),
              new Navigation("MeasurementPoint", "pointId", "MeasurementPoints", false)));

  /** The functions $filter implements (Capabilities.FilterFunctions). */
  static final List<String> FILTER_FUNCTIONS =
      List.of("contains", "startswith", "endswith", "tolower", "toupper", "year", "month", "day");

  private Csdl() {}

  static String document() {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append(
            "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n")
        .append("  <edmx:DataServices>\n")
        .append("    <Schema Namespace=\"")
        .append(NAMESPACE)
        .append("\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\n");
    for (EntitySet set : EntitySets.ALL) {
      xml.append("      <EntityType Name=\"").append(set.typeName()).append("\">\n");
      xml.append("        <Key>");
      set.keys().forEach(key -> xml.append("<PropertyRef Name=\"").append(key).append("\"/>"));
      xml.append("</Key>\n");
      for (Property property : set.properties()) {
        xml.append("        <Property Name=\"")
            .append(property.name())
            .append("\" Type=\"")
            .append(property.type().edmName)
            .append("\" Nullable=\"")
            .append(property.nullable())
            .append('"');
        if (property.type() == EdmType.DECIMAL) {
          // Stored values are DECIMAL(24, 6); computed ones (differences, shares) keep their
          // fraction, so their scale is variable.
          xml.append(
              set.computed()
                  ? " Precision=\"28\" Scale=\"variable\""
                  : " Precision=\"24\" Scale=\"6\"");
        }
        if (property.type() == EdmType.DATE_TIME_OFFSET) {
          xml.append(" Precision=\"6\"");
        }
        xml.append("/>\n");
      }
      for (Navigation navigation : NAVIGATIONS.getOrDefault(set.name(), List.of())) {
        EntitySet target = EntitySets.named(navigation.target()).orElseThrow();
        xml.append("        <NavigationProperty Name=\"")
            .append(navigation.name())
            .append("\" Type=\"")
            .append(NAMESPACE)
            .append('.')
            .append(target.typeName())
            .append("\" Nullable=\"")
            .append(navigation.nullable())
            .append("\">\n")
            .append("          <ReferentialConstraint Property=\"")
            .append(navigation.property())
            .append("\" ReferencedProperty=\"")
            .append(target.keys().get(0))
            .append("\"/>\n")
            .append("        </NavigationProperty>\n");
      }
      xml.append("      </EntityType>\n");
    }
    xml.append("      <EntityContainer Name=\"Container\">\n");
    for (EntitySet set : EntitySets.ALL) {
      xml.append("        <EntitySet Name=\"")
          .append(set.name())
          .append("\" EntityType=\"")
          .append(NAMESPACE)
          .append('.')
          .append(set.typeName())
          .append("\">\n");
      for (Navigation navigation : NAVIGATIONS.getOrDefault(set.name(), List.of())) {
        xml.append("          <NavigationPropertyBinding Path=\"")
            .append(navigation.name())
            .append("\" Target=\"")
            .append(navigation.target())
            .append("\"/>\n");
      }
      capabilities(xml, set);
      xml.append("        </EntitySet>\n");
    }
    xml.append("        <Annotation Term=\"" + CAPABILITIES + ".FilterFunctions\">\n")
        .append("          <Collection>");
    FILTER_FUNCTIONS.forEach(f -> xml.append("<String>").append(f).append("</String>"));
    xml.append("</Collection>\n")
        .append("        </Annotation>\n")
        .append("      </EntityContainer>\n")
        .append("    </Schema>\n")
        .append("  </edmx:DataServices>\n")
        .append("</edmx:Edmx>\n");
    return xml.toString();
  }

  /** What a client must not fold into a query on this set. */
  private static void capabilities(StringBuilder xml, EntitySet set) {
    annotation(
        xml, "ExpandRestrictions", "<PropertyValue Property=\"Expandable\" Bool=\"false\"/>");
    annotation(
        xml,
        "NavigationRestrictions",
        "<PropertyValue Property=\"Navigability\">"
            + "<EnumMember>"
            + CAPABILITIES
            + ".NavigationType/None</EnumMember></PropertyValue>");
    annotation(
        xml, "SearchRestrictions", "<PropertyValue Property=\"Searchable\" Bool=\"false\"/>");
    annotation(
        xml, "InsertRestrictions", "<PropertyValue Property=\"Insertable\" Bool=\"false\"/>");
    annotation(xml, "UpdateRestrictions", "<PropertyValue Property=\"Updatable\" Bool=\"false\"/>");
    annotation(xml, "DeleteRestrictions", "<PropertyValue Property=\"Deletable\" Bool=\"false\"/>");
    if (set.name().equals("Facts") || set.name().equals("NodeFacts")) {
      // Facts are streamed in key order, NodeFacts a plan at a time (planId first); other orders
      // only within one plan (ODataService).
      java.util.function.Predicate<String> sortable =
          set.name().equals("Facts") ? set.keys()::contains : "planId"::equals;
      StringBuilder paths = new StringBuilder();
      set.properties().stream()
          .filter(p -> !sortable.test(p.name()))
          .forEach(p -> paths.append("<PropertyPath>").append(p.name()).append("</PropertyPath>"));
      annotation(
          xml,
          "SortRestrictions",
          "<PropertyValue Property=\"NonSortableProperties\"><Collection>"
              + paths
              + "</Collection></PropertyValue>");
    }
  }

  private static void annotation(StringBuilder xml, String term, String record) {
    xml.append("          <Annotation Term=\"" + CAPABILITIES + ".")
        .append(term)
        .append("\"><Record>")
        .append(record)
        .append("</Record></Annotation>\n");
  }
}
