package se.styrkort.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import se.styrkort.common.VersionedEntity;

/** An action's status in one reporting period, with its comment. */
@Entity
@Table(name = "action_status_report")
public class ActionStatusReport extends VersionedEntity {

  @Column(name = "action_id", nullable = false, updatable = false)
  public long actionId;

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  @Column(name = "period_id", nullable = false, updatable = false)
  public long periodId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public ActionStatus status;

  @Column(columnDefinition = "TEXT")
  public String comment;

  @Column(name = "recorded_by", nullable = false, length = 200)
  public String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;
}
