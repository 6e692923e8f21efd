package se.styrkort.common;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Names in the contract that say what a thing is, not which Java type made it: a page of plans is
 * {@code PlanPage} (not the generic {@code PagePlanView}), and a time or a date is a string with
 * its format where it is used (not a {@code Instant} or {@code LocalDate} schema). Renaming a
 * schema changes no byte on the wire; generated clients get the readable names.
 */
final class SchemaNames {

  private static final String PREFIX = "#/components/schemas/";
  private static final Map<String, String> FORMATS =
      Map.of("Instant", "date-time", "LocalDate", "date");

  private SchemaNames() {}

  static void apply(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Map<String, String> renamed = new HashMap<>();
    schemas.forEach(
        (name, schema) -> {
          String item = itemName(schema);
          if (name.startsWith("Page") && item != null && !schemas.containsKey(item + "Page")) {
            renamed.put(name, item + "Page");
          }
        });
    Consumer<Schema> fix = schema -> rewrite(schema, renamed);
    schemas.values().forEach(schema -> walk(schema, fix));
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      for (PathItem path : openAPI.getPaths().getPathItems().values()) {
        for (Operation op : path.getOperations().values()) {
          if (op.getParameters() != null) {
            op.getParameters().forEach(p -> walk(p.getSchema(), fix));
          }
          if (op.getRequestBody() != null) {
            walk(op.getRequestBody().getContent(), fix);
          }
          if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> walk(r.getContent(), fix));
          }
        }
      }
    }
    Map<String, Schema> result = new LinkedHashMap<>();
    schemas.forEach(
        (name, schema) -> {
          if (!FORMATS.containsKey(name)) {
            result.put(renamed.getOrDefault(name, name), schema);
          }
        });
    reuseNamedEnums(result);
    openAPI.getComponents().setSchemas(result);
  }

  /**
   * One name for one set of values: a property that repeats a named enum inline (the BI rows'
   * status, value type, kind and state; every problem's code) refers to the named schema, so a
   * generated client has one type for it. Only where the property is not nullable: OpenAPI 3.0
   * cannot say "this named enum or null" without allOf, which openapi-diff reads as a change of v1.
   * The property's own description, which a reference cannot carry, moves to its object's.
   */
  private static void reuseNamedEnums(Map<String, Schema> schemas) {
    Schema problem = schemas.get("Problem");
    Schema code = problem == null ? null : problem.getProperties().get("code");
    if (code != null && code.getEnumeration() != null && !schemas.containsKey("ProblemCode")) {
      schemas.put(
          "ProblemCode",
          OASFactory.createSchema()
              .type(List.of(Schema.SchemaType.STRING))
              .description(code.getDescription())
              .enumeration(code.getEnumeration()));
    }
    Map<List<Object>, String> named = new HashMap<>();
    schemas.forEach(
        (name, schema) -> {
          if (schema.getEnumeration() != null && schema.getProperties() == null) {
            named.putIfAbsent(schema.getEnumeration(), name);
          }
        });
    for (Schema owner : schemas.values()) {
      if (owner.getProperties() == null || owner.getEnumeration() != null) {
        continue;
      }
      Map<String, Schema> properties = new LinkedHashMap<>(owner.getProperties());
      properties.replaceAll(
          (property, schema) -> {
            String name =
                schema.getEnumeration() == null ? null : named.get(schema.getEnumeration());
            if (name == null || !List.of(Schema.SchemaType.STRING).equals(schema.getType())) {
              return schema;
            }
            if (schema.getDescription() != null && !"ProblemCode".equals(name)) {
              String before = owner.getDescription() == null ? "" : owner.getDescription() + " ";
              owner.setDescription(before + property + ": " + schema.getDescription());
            }
            return OASFactory.createSchema().ref(PREFIX + name);
          });
      owner.setProperties(properties);
    }
  }

  /** The schema name of a page's items, or null when {@code schema} is no page. */
  private static String itemName(Schema schema) {
    if (schema.getProperties() == null || !schema.getProperties().containsKey("items")) {
      return null;
    }
    Schema items = schema.getProperties().get("items").getItems();
    String ref = items == null ? null : items.getRef();
    return ref != null && ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : null;
  }

  private static void rewrite(Schema schema, Map<String, String> renamed) {
    inlineNullable(schema);
    String ref = schema.getRef();
    if (ref != null && ref.startsWith(PREFIX)) {
      String name = ref.substring(PREFIX.length());
      if (FORMATS.containsKey(name)) {
        schema.setRef(null);
        schema.setType(List.of(Schema.SchemaType.STRING));
        schema.setFormat(FORMATS.get(name));
      } else if (renamed.containsKey(name)) {
        schema.setRef(PREFIX + renamed.get(name));
      }
    }
    // A property written as {type: string, allOf: [$ref Instant]} becomes {type: string, format}.
    List<Schema> allOf = schema.getAllOf();
    if (allOf != null && allOf.size() == 1 && allOf.get(0).getRef() != null) {
      String name = allOf.get(0).getRef().substring(PREFIX.length());
      if (FORMATS.containsKey(name)) {
        schema.setAllOf(null);
        schema.setType(List.of(Schema.SchemaType.STRING));
        schema.setFormat(FORMATS.get(name));
      }
    }
  }

  /**
   * A nullable time, {anyOf: [$ref Instant, {enum: [null]}]} in the model (written out as
   * nullable), becomes {type: [string, null], format}.
   */
  private static void inlineNullable(Schema schema) {
    List<Schema> anyOf = schema.getAnyOf();
    if (anyOf == null || anyOf.size() != 2) {
      return;
    }
    String format = null;
    boolean nullable = false;
    for (Schema option : anyOf) {
      String ref = option.getRef();
      if (ref != null
          && ref.startsWith(PREFIX)
          && FORMATS.containsKey(ref.substring(PREFIX.length()))) {
        format = FORMATS.get(ref.substring(PREFIX.length()));
      } else if (option.getType() != null
          && option.getType().equals(List.of(Schema.SchemaType.NULL))) {
        nullable = true;
      }
    }
    if (format != null && nullable) {
      schema.setAnyOf(null);
      schema.setType(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL));
      schema.setFormat(format);
    }
  }

  private static void walk(Content content, Consumer<Schema> fix) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(media -> walk(media.getSchema(), fix));
    }
  }

  private static void walk(Schema schema, Consumer<Schema> fix) {
    if (schema == null) {
      return;
    }
    fix.accept(schema);
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(s -> walk(s, fix));
    }
    walk(schema.getItems(), fix);
    for (List<Schema> list :
        java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (list != null) {
        list.forEach(s -> walk(s, fix));
      }
    }
    walk(schema.getNot(), fix);
    if (schema.getAdditionalPropertiesSchema() != null) {
      walk(schema.getAdditionalPropertiesSchema(), fix);
    }
  }
}
