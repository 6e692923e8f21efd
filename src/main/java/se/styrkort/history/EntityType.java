package se.styrkort.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of a plan's definition whose changes are kept. */
@Schema(name = "DefinitionEntityType")
public enum EntityType {
  GOAL("Goal"),
  INDICATOR("Indicator"),
  MEASUREMENT_POINT("MeasurementPoint"),
  TARGET("Target"),
  ACTION("PlanAction");

  /**
   * The JPA entity name, so the history can ask whether an entity still exists without this package
   * depending on the packages that record their changes here.
   */
  final String entityName;

  EntityType(String entityName) {
    this.entityName = entityName;
  }
}
