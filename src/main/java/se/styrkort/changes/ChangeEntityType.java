package se.styrkort.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the change feed follows: everything a pulling system mirrors of a plan. */
@Schema(
    name = "ChangeEntityType",
    description = "The kind of entity a change is about; a TARGET is read through its point.")
public enum ChangeEntityType {
  PLAN,
  GOAL,
  INDICATOR,
  MEASUREMENT_POINT,
  TARGET,
  EVALUATION,
  REFERENCE_SERIES,
  REPORTING_PERIOD,
  ASSESSMENT;

  /**
   * Where a client reads the entity's current state. A target has no resource of its own: its
   * measurement point shows it, under its year.
   */
  String path(long entityId, Long pointId) {
    return switch (this) {
      case PLAN -> "/api/v1/plans/" + entityId;
      case GOAL -> "/api/v1/goals/" + entityId;
      case INDICATOR -> "/api/v1/indicators/" + entityId;
      case MEASUREMENT_POINT -> "/api/v1/measurement-points/" + entityId;
      case TARGET -> "/api/v1/measurement-points/" + pointId;
      case EVALUATION -> "/api/v1/evaluations/" + entityId;
      case REFERENCE_SERIES -> "/api/v1/reference-series/" + entityId;
      case REPORTING_PERIOD -> "/api/v1/reporting-periods/" + entityId;
      case ASSESSMENT -> "/api/v1/assessments/" + entityId;
    };
  }
}
