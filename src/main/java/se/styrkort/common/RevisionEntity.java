package se.styrkort.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every record of one change has: an id of its own, the version of the changed entity it
 * records, and who changed it when. Such rows are only ever inserted (every column is {@code
 * updatable = false}), so they keep what was there after a correction or a deletion. What changed
 * and how (the change type, the content) is each subclass's own.
 */
@MappedSuperclass
public abstract class RevisionEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public long version;

  @Column(name = "changed_by", nullable = false, length = 200, updatable = false)
  public String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  public Instant changedAt;
}
