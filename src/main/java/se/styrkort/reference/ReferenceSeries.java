package se.styrkort.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.styrkort.common.VersionedEntity;

/**
 * A series of reference values beside a measurement point's own. Its version moves on whenever its
 * values do, so the change feed and ETags follow the values too.
 */
@Entity
@Table(name = "reference_series")
public class ReferenceSeries extends VersionedEntity {

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
}
