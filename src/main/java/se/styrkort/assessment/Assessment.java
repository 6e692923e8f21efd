package se.styrkort.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import se.styrkort.common.VersionedEntity;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;

/**
 * A person's judgement of one node of the goal tree in one reporting period, with its motivation
 * and analysis (bedömning och analys).
 */
@Entity
@Table(name = "assessment")
public class Assessment extends VersionedEntity {

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  @Column(name = "period_id", nullable = false, updatable = false)
  public long periodId;

  @Enumerated(EnumType.STRING)
  @Column(name = "node_kind", nullable = false, length = 16, updatable = false)
  public NodeKind nodeKind;

  /** The plan's id for PLAN, a goal's for FOCUS_AREA and GOAL, an indicator's for INDICATOR. */
  @Column(name = "node_id", nullable = false, updatable = false)
  public long nodeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  public AssessedStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  public Outlook outlook;

  @Column(nullable = false, columnDefinition = "TEXT")
  public String motivation;

  @Column(columnDefinition = "TEXT")
  public String analysis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public EvaluationState state = EvaluationState.DRAFT;

  @Column(name = "recorded_by", nullable = false, length = 200)
  public String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;
}
