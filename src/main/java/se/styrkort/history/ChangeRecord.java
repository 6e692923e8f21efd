package se.styrkort.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.styrkort.common.RevisionEntity;

/**
 * One change of a goal, indicator, measurement point or target. Rows are only ever inserted and
 * outlive the entity, so a correction or a deletion never loses what was there.
 */
@Entity
@Table(name = "change_record")
public class ChangeRecord extends RevisionEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type", nullable = false, length = 32, updatable = false)
  public EntityType entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  public long entityId;

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  /** The point a target belongs to, or the point itself; null for goals and indicators. */
  @Column(name = "point_id", updatable = false)
  public Long pointId;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false, length = 16, updatable = false)
  public Change changeType;

  /** The entity's JSON view after the change; for a deletion the last content. */
  @Column(columnDefinition = "LONGTEXT", nullable = false, updatable = false)
  public String content;

  /** The entity's JSON view before the change; null when it was created. */
  @Column(name = "previous_content", columnDefinition = "LONGTEXT", updatable = false)
  public String previousContent;
}
