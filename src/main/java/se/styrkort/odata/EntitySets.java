package se.styrkort.odata;

import static se.styrkort.odata.EdmType.BOOLEAN;
import static se.styrkort.odata.EdmType.DATE;
import static se.styrkort.odata.EdmType.DATE_TIME_OFFSET;
import static se.styrkort.odata.EdmType.DECIMAL;
import static se.styrkort.odata.EdmType.INT32;
import static se.styrkort.odata.EdmType.INT64;
import static se.styrkort.odata.EdmType.STRING;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.styrkort.bi.ActionRow;
import se.styrkort.bi.ActionsService;
import se.styrkort.bi.FactRow;
import se.styrkort.bi.NodeFactRow;
import se.styrkort.odata.EntitySet.Property;

/** The feed's entity sets, in the order the service document lists them. */
final class EntitySets {

  private EntitySets() {}

  private static final String POINT_JOINS =
      " join indicator i on i.id = p.indicator_id join goal g on g.id = i.goal_id";

  static final EntitySet FACTS =
      new EntitySet(
          "Facts", "Fact", List.of("pointId", "year"), properties(FactRow.class), null, null);

  /** The BI node table: one entity per node of a goal tree and year, computed as Facts are. */
  static final EntitySet NODE_FACTS =
      new EntitySet(
          "NodeFacts",
          "NodeFact",
          List.of("kind", "nodeId", "year"),
          properties(NodeFactRow.class),
          null,
          null);

  static final EntitySet PLANS =
      new EntitySet(
          "Plans",
          "Plan",
          List.of("id"),
          List.of(
              key("id", "pl.id"),
              required("name", STRING, "pl.name"),
              required("organisation", STRING, "pl.organisation"),
              optional("organisationCode", STRING, "pl.organisation_code"),
              required("startYear", INT32, "pl.start_year"),
              required("endYear", INT32, "pl.end_year"),
              optional("baselineYear", INT32, "pl.baseline_year"),
              required("status", STRING, "pl.status"),
              optional("description", STRING, "pl.description"),
              required("version", INT64, "pl.version"),
              required("createdAt", DATE_TIME_OFFSET, "pl.created_at"),
              required("updatedAt", DATE_TIME_OFFSET, "pl.updated_at")),
          "plan pl",
          "pl.id");

  static final EntitySet GOALS =
      new EntitySet(
          "Goals",
          "Goal",
          List.of("id"),
          List.of(
              key("id", "g.id"),
              required("planId", INT64, "g.plan_id"),
              optional("parentId", INT64, "g.parent_id"),
              required("kind", STRING, "g.kind"),
              required("title", STRING, "g.title"),
              optional("description", STRING, "g.description"),
              required("position", INT32, "g.position"),
              required("version", INT64, "g.version")),
          "goal g",
          "g.plan_id");

  static final EntitySet INDICATORS =
      new EntitySet(
          "Indicators",
          "Indicator",
          List.of("id"),
          List.of(
              key("id", "i.id"),
              required("goalId", INT64, "i.goal_id"),
              required("planId", INT64, "g.plan_id"),
              required("title", STRING, "i.title"),
              optional("description", STRING, "i.description"),
              required("position", INT32, "i.position"),
              optional("owner", STRING, "i.owner"),
              optional("source", STRING, "i.source"),
              required("version", INT64, "i.version")),
          "indicator i join goal g on g.id = i.goal_id",
          "g.plan_id");

  static final EntitySet MEASUREMENT_POINTS =
      new EntitySet(
          "MeasurementPoints",
          "MeasurementPoint",
          List.of("id"),
          List.of(
              key("id", "p.id"),
              required("indicatorId", INT64, "p.indicator_id"),
              required("planId", INT64, "g.plan_id"),
              required("label", STRING, "p.label"),
              optional("group", STRING, "p.group_label"),
              required("position", INT32, "p.position"),
              required("valueType", STRING, "p.value_type"),
              optional("unit", STRING, "p.unit"),
              optional("direction", STRING, "p.direction"),
              optional("measuredAsOf", STRING, "p.measured_as_of"),
              required("version", INT64, "p.version")),
          "measurement_point p" + POINT_JOINS,
          "g.plan_id");

  static final EntitySet EVALUATIONS =
      new EntitySet(
          "Evaluations",
          "Evaluation",
          List.of("id"),
          List.of(
              key("id", "e.id"),
              required("planId", INT64, "g.plan_id"),
              required("indicatorId", INT64, "i.id"),
              required("pointId", INT64, "e.point_id"),
              required("year", INT32, "e.year"),
              required("kind", STRING, "e.kind"),
              required("asOf", DATE, "e.as_of"),
              optional("value", DECIMAL, "e.value_number"),
              optional("valueLevel", STRING, "e.value_level"),
              optional("valueBoolean", BOOLEAN, "e.value_boolean"),
              optional("note", STRING, "e.note"),
              optional("periodLabel", STRING, "e.period_label"),
              required("state", STRING, "e.state"),
              // Null for anonymous readers (EntitySet.withoutAuthorship).
              optional("recordedBy", STRING, "e.recorded_by"),
              required("recordedAt", DATE_TIME_OFFSET, "e.recorded_at"),
              required("version", INT64, "e.version")),
          "evaluation e join measurement_point p on p.id = e.point_id" + POINT_JOINS,
          "g.plan_id");

  /**
   * Actions and assignments, read by the SQL of GET /api/v1/bi/actions: the same columns, one
   * definition.
   */
  static final EntitySet ACTIONS =
      new EntitySet(
          "Actions",
          "Action",
          List.of("actionId"),
          columns(ActionRow.class, ActionsService.COLUMNS),
          ActionsService.FROM,
          ActionsService.PLAN_COLUMN);

  static final List<EntitySet> ALL =
      List.of(
          FACTS, PLANS, GOALS, INDICATORS, MEASUREMENT_POINTS, EVALUATIONS, NODE_FACTS, ACTIONS);

  static Optional<EntitySet> named(String name) {
    return ALL.stream().filter(set -> set.name().equals(name)).findFirst();
  }

  /**
   * A computed set's properties are the BI row's columns: one definition for JSON, CSV and OData.
   * An enum is a string of its names.
   */
  private static List<Property> properties(Class<? extends Record> row) {
    List<Property> properties = new ArrayList<>();
    for (RecordComponent component : row.getRecordComponents()) {
      properties.add(
          new Property(
              component.getName(),
              EdmType.of(component.getType()),
              !component.getType().isPrimitive(),
              null));
    }
    return properties;
  }

  /** A table set whose properties are a BI row's columns, each read by its SQL expression. */
  private static List<Property> columns(Class<? extends Record> row, List<String> sql) {
    List<Property> computed = properties(row);
    List<Property> read = new ArrayList<>();
    for (int i = 0; i < computed.size(); i++) {
      Property p = computed.get(i);
      read.add(new Property(p.name(), p.type(), p.nullable(), sql.get(i)));
    }
    return read;
  }

  private static Property key(String name, String column) {
    return new Property(name, INT64, false, column);
  }

  private static Property required(String name, EdmType type, String column) {
    return new Property(name, type, false, column);
  }

  private static Property optional(String name, EdmType type, String column) {
    return new Property(name, type, true, column);
  }

  static List<String> names() {
    return Arrays.asList(ALL.stream().map(EntitySet::name).toArray(String[]::new));
  }
}
