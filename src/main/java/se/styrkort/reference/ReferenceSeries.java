package se.styrkort.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A series of reference values beside a measurement point's own. Not a VersionedEntity: it is not
 * (yet) part of the change feed, whose entity types are fixed.
 */
@Entity
@Table(name = "reference_series")
public class ReferenceSeries extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "point_id", nullable = false, updatable = false)
  public long pointId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public ReferenceLevel level;

  @Column(nullable = false, length = 200)
  public String label;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public ReferenceSource source;

  @Column(name = "kolada_kpi", length = 32)
  public String koladaKpi;

  @Column(name = "area_code", length = 16)
  public String areaCode;

  @Version public long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @PrePersist
  void beforeInsert() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void beforeUpdate() {
    updatedAt = Instant.now();
  }
}
