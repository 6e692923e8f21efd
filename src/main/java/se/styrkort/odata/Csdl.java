package se.styrkort.odata;

import se.styrkort.odata.EntitySet.Property;

/** The service's metadata document (CSDL 4.0 XML), written from the entity sets' definitions. */
final class Csdl {

  static final String NAMESPACE = "Styrkort";

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
          // CSDL's default scale for a decimal is 0; ours keep their fraction.
          xml.append(" Scale=\"variable\"");
        }
        if (property.type() == EdmType.DATE_TIME_OFFSET) {
          xml.append(" Precision=\"6\"");
        }
        xml.append("/>\n");
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
          .append("\"/>\n");
    }
    xml.append("      </EntityContainer>\n")
        .append("    </Schema>\n")
        .append("  </edmx:DataServices>\n")
        .append("</edmx:Edmx>\n");
    return xml.toString();
  }
}
