package se.styrkort.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import se.styrkort.common.RevisionEntity;
import se.styrkort.evaluation.ChangeType;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;

/** One version of an assessment as it was written; only ever inserted, outlives the assessment. */
@Entity
@Table(name = "assessment_revision")
public class AssessmentRevision extends RevisionEntity {

  @Column(name = "assessment_id", nullable = false, updatable = false)
  public long assessmentId;

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  @Column(name = "period_id", nullable = false, updatable = false)
  public long periodId;

  @Enumerated(EnumType.STRING)
  @Column(name = "node_kind", nullable = false, length = 16, updatable = false)
  public NodeKind nodeKind;

  @Column(name = "node_id", nullable = false, updatable = false)
  public long nodeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false, length = 16, updatable = false)
  public ChangeType changeType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  public AssessedStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 32, updatable = false)
  public Outlook outlook;

  @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
  public String motivation;

  @Column(columnDefinition = "TEXT", updatable = false)
  public String analysis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  public EvaluationState state;

  @Column(columnDefinition = "TEXT", updatable = false)
  public String reason;

  static AssessmentRevision of(Assessment a, ChangeType change, String reason, String by) {
    AssessmentRevision r = new AssessmentRevision();
    r.assessmentId = a.id;
    r.planId = a.planId;
    r.periodId = a.periodId;
    r.nodeKind = a.nodeKind;
    r.nodeId = a.nodeId;
    r.version = change == ChangeType.DELETED ? a.version + 1 : a.version;
    r.changeType = change;
    r.status = a.status;
    r.outlook = a.outlook;
    r.motivation = a.motivation;
    r.analysis = a.analysis;
    r.state = a.state;
    r.reason = reason;
    r.changedBy = by;
    r.changedAt = Instant.now();
    return r;
  }
}
