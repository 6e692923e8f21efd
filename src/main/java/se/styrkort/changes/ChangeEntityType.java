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
  ASSESSMENT,
  ACTION,
  ACTION_STATUS_REPORT;

  /** The kinds v1 of GET /api/v1/changes published; actions have their own feed. */
  public static final java.util.Set<ChangeEntityType> PUBLISHED_IN_V1 =
      java.util.EnumSet.range(PLAN, ASSESSMENT);

  /** The kinds of GET /api/v1/changes/actions. */
  public static final java.util.Set<ChangeEntityType> OF_ACTIONS =
      java.util.EnumSet.of(ACTION, ACTION_STATUS_REPORT);

  /**
   * Where a client reads the entity's current state. A target has no resource of its own: its
   * measurement point shows it, under its year; an action's status report is read among its
   * action's status reports (by period).
   */
  String path(long entityId, Long pointId, Long actionId) {
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
      case ACTION -> "/api/v1/actions/" + entityId;
      case ACTION_STATUS_REPORT -> "/api/v1/actions/" + actionId + "/status-reports";
    };
  }
}
