package se.styrkort.changes;

import se.styrkort.action.ActionStatusReport;
import se.styrkort.action.PlanAction;
import se.styrkort.assessment.Assessment;
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

  PendingChange(
      ChangeEntityType type,
      long entityId,
      Long parentId,
      Long pointId,
      Integer year,
      long version,
      Change change) {
    this(type, entityId, parentId, pointId, year, version, change, null);
  }

  /** The change of a followed entity, or null for anything the feed does not follow. */
  static PendingChange of(Object entity, Change change) {
    if (entity instanceof Plan plan) {
      return new PendingChange(
          ChangeEntityType.PLAN, plan.id, null, null, null, version(plan.version, change), change);
    }
    if (entity instanceof Goal goal) {
      return new PendingChange(
          ChangeEntityType.GOAL,
          goal.id,
          goal.planId,
          null,
          null,
          version(goal.version, change),
          change);
    }
    if (entity instanceof Indicator indicator) {
      return new PendingChange(
          ChangeEntityType.INDICATOR,
          indicator.id,
          indicator.goalId,
          null,
          null,
          version(indicator.version, change),
          change);
    }
    if (entity instanceof MeasurementPoint point) {
      return new PendingChange(
          ChangeEntityType.MEASUREMENT_POINT,
          point.id,
          point.indicatorId,
          point.id,
          null,
          version(point.version, change),
          change);
    }
    if (entity instanceof Target target) {
      return new PendingChange(
          ChangeEntityType.TARGET,
          target.id,
          target.pointId,
          target.pointId,
          target.year,
          version(target.version, change),
          change);
    }
    if (entity instanceof ReferenceSeries series) {
      return new PendingChange(
          ChangeEntityType.REFERENCE_SERIES,
          series.id,
          series.pointId,
          series.pointId,
          null,
          version(series.version, change),
          change);
    }
    if (entity instanceof Evaluation evaluation) {
      return new PendingChange(
          ChangeEntityType.EVALUATION,
          evaluation.id,
          evaluation.pointId,
          evaluation.pointId,
          null,
          version(evaluation.version, change),
          change);
    }
    if (entity instanceof ReportingPeriod period) {
      return new PendingChange(
          ChangeEntityType.REPORTING_PERIOD,
          period.id,
          period.planId,
          null,
          null,
          version(period.version, change),
          change);
    }
    if (entity instanceof Assessment assessment) {
      return new PendingChange(
          ChangeEntityType.ASSESSMENT,
          assessment.id,
          assessment.planId,
          null,
          null,
          version(assessment.version, change),
          change);
    }
    if (entity instanceof PlanAction action) {
      return new PendingChange(
          ChangeEntityType.ACTION,
          action.id,
          action.planId,
          null,
          null,
          version(action.version, change),
          change,
          action.id);
    }
    if (entity instanceof ActionStatusReport report) {
      return new PendingChange(
          ChangeEntityType.ACTION_STATUS_REPORT,
          report.id,
          report.planId,
          null,
          null,
          version(report.version, change),
          change,
          report.actionId);
    }
    return null;
  }

  /** A deletion is one version past the last, as in the histories of the definition and values. */
  private static long version(long current, Change change) {
    return change == Change.DELETED ? current + 1 : current;
  }
}
