package se.styrkort.changes;

import se.styrkort.action.ActionStatusReport;
import se.styrkort.action.PlanAction;
import se.styrkort.assessment.Assessment;
import se.styrkort.common.VersionedEntity;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.goal.Goal;
import se.styrkort.history.Change;
import se.styrkort.indicator.Indicator;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.Target;
import se.styrkort.reference.ReferenceSeries;

/**
 * A change seen during the transaction, before it has its place in the feed. {@code parentId} is
 * the entity one level up (a goal's plan, an indicator's goal, a point's indicator, a target's or
 * follow-up value's point): the plan is resolved from it when the transaction commits.
 */
record PendingChange(
    ChangeEntityType type,
    long entityId,
    Long parentId,
    Long pointId,
    Integer year,
    long version,
    Change change,
    Long actionId) {

  /** The change of a followed entity, or null for anything the feed does not follow. */
  static PendingChange of(Object entity, Change change) {
    if (entity instanceof Plan plan) {
      return under(ChangeEntityType.PLAN, plan, null, change);
    }
    if (entity instanceof Goal goal) {
      return under(ChangeEntityType.GOAL, goal, goal.planId, change);
    }
    if (entity instanceof Indicator indicator) {
      return under(ChangeEntityType.INDICATOR, indicator, indicator.goalId, change);
    }
    if (entity instanceof MeasurementPoint point) {
      return new PendingChange(
          ChangeEntityType.MEASUREMENT_POINT,
          point.id,
          point.indicatorId,
          point.id,
          null,
          version(point, change),
          change,
          null);
    }
    if (entity instanceof Target target) {
      return ofPoint(ChangeEntityType.TARGET, target, target.pointId, target.year, change);
    }
    if (entity instanceof ReferenceSeries series) {
      return ofPoint(ChangeEntityType.REFERENCE_SERIES, series, series.pointId, null, change);
    }
    if (entity instanceof Evaluation evaluation) {
      return ofPoint(ChangeEntityType.EVALUATION, evaluation, evaluation.pointId, null, change);
    }
    if (entity instanceof ReportingPeriod period) {
      return under(ChangeEntityType.REPORTING_PERIOD, period, period.planId, change);
    }
    if (entity instanceof Assessment assessment) {
      return under(ChangeEntityType.ASSESSMENT, assessment, assessment.planId, change);
    }
    if (entity instanceof PlanAction action) {
      return ofAction(ChangeEntityType.ACTION, action, action.planId, action.id, change);
    }
    if (entity instanceof ActionStatusReport report) {
      return ofAction(
          ChangeEntityType.ACTION_STATUS_REPORT, report, report.planId, report.actionId, change);
    }
    return null;
  }

  /** A plan (no parent), or what hangs from a plan or a goal: no point, no year. */
  private static PendingChange under(
      ChangeEntityType type, VersionedEntity entity, Long parentId, Change change) {
    return new PendingChange(
        type, entity.id, parentId, null, null, version(entity, change), change, null);
  }

  /** A target, reference series or follow-up value: its parent is its measurement point. */
  private static PendingChange ofPoint(
      ChangeEntityType type, VersionedEntity entity, long pointId, Integer year, Change change) {
    return new PendingChange(
        type, entity.id, pointId, pointId, year, version(entity, change), change, null);
  }

  /** An action or one of its status reports: the plan is its parent. */
  private static PendingChange ofAction(
      ChangeEntityType type, VersionedEntity entity, long planId, long actionId, Change change) {
    return new PendingChange(
        type, entity.id, planId, null, null, version(entity, change), change, actionId);
  }

  /** A deletion is one version past the last, as in the histories of the definition and values. */
  private static long version(VersionedEntity entity, Change change) {
    return change == Change.DELETED ? entity.version + 1 : entity.version;
  }
}
