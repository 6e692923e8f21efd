package se.styrkort.point;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.styrkort.common.StoredValue;
import se.styrkort.common.VersionedEntity;
import se.styrkort.fulfilment.Comparator;

/**
 * A measurement point's target for one year: a comparator and exactly one reference (a literal,
 * another year's outcome, or the previous year's outcome), and the target as the plan document
 * wrote it.
 */
@Entity
@Table(name = "target")
public class Target extends VersionedEntity {

  @Column(name = "point_id", nullable = false, updatable = false)
  public long pointId;

  @Column(nullable = false, updatable = false)
  public int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4)
  public Comparator comparator;

  @Embedded public StoredValue literal = new StoredValue();

  @Column(name = "reference_year")
  public Integer referenceYear;

  @Column(name = "previous_year", nullable = false)
  public boolean previousYear;

  @Column(length = 200)
  public String written;
}
