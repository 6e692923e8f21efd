package se.styrkort.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import se.styrkort.common.RevisionEntity;
import se.styrkort.evaluation.ChangeType;

/** One version of a status report as it was written; only ever inserted. */
@Entity
@Table(name = "action_status_report_revision")
public class ActionStatusReportRevision extends RevisionEntity {

  @Column(name = "report_id", nullable = false, updatable = false)
  public long reportId;

  @Column(name = "action_id", nullable = false, updatable = false)
  public long actionId;

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  @Column(name = "period_id", nullable = false, updatable = false)
  public long periodId;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false, length = 16, updatable = false)
  public ChangeType changeType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  public ActionStatus status;

  @Column(columnDefinition = "TEXT", updatable = false)
  public String comment;

  static ActionStatusReportRevision of(ActionStatusReport r, ChangeType change, String by) {
    ActionStatusReportRevision revision = new ActionStatusReportRevision();
    revision.reportId = r.id;
    revision.actionId = r.actionId;
    revision.planId = r.planId;
    revision.periodId = r.periodId;
    revision.version = r.version;
    revision.changeType = change;
    revision.status = r.status;
    revision.comment = r.comment;
    revision.changedBy = by;
    revision.changedAt = Instant.now();
    return revision;
  }
}
