package se.styrkort.changes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.styrkort.history.Change;

/**
 * One change in the feed, as stored. Written only by {@link ChangeWriter} (which assigns the
 * sequence at commit); read here, never changed; removed when older than the retention.
 */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {

  @Id
  @Column(updatable = false)
  public long sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type", nullable = false, length = 32, updatable = false)
  public ChangeEntityType entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  public long entityId;

  @Column(name = "plan_id", nullable = false, updatable = false)
  public long planId;

  @Column(name = "point_id", updatable = false)
  public Long pointId;

  @Column(name = "target_year", updatable = false)
  public Integer targetYear;

  /** The action of an action or of its status report; null for anything else. */
  @Column(name = "action_id", updatable = false)
  public Long actionId;

  @Column(nullable = false, updatable = false)
  public long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false, length = 16, updatable = false)
  public Change changeType;

  @Column(name = "changed_at", nullable = false, updatable = false)
  public Instant changedAt;
}
