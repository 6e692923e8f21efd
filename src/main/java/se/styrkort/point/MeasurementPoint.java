package se.styrkort.point;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import se.styrkort.common.VersionedEntity;
import se.styrkort.fulfilment.Direction;
import se.styrkort.fulfilment.ValueType;

/** One row of an indicator: the thing that is measured and has a target per year. */
@Entity
@Table(name = "measurement_point")
public class MeasurementPoint extends VersionedEntity {

  @Column(name = "indicator_id", nullable = false)
  public long indicatorId;

  @Column(nullable = false, length = 1000)
  public String label;

  @Column(name = "group_label", length = 1000)
  public String group;

  @Column(nullable = false)
  public int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "value_type", nullable = false, length = 16)
  public ValueType valueType;

  @Column(length = 40)
  public String unit;

  /** The ordered levels of an ORDINAL point, lowest first; empty for other types. */
  @Convert(converter = ScaleConverter.class)
  @Column(columnDefinition = "TEXT")
  public List<String> scale = new ArrayList<>();

  /** Which way is better, when stated; otherwise it follows from the targets. */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  public Direction direction;

  @Column(name = "measured_as_of", length = 200)
  public String measuredAsOf;

  /** The organisation unit responsible; null when none is named (then the one above answers). */
  @Column(name = "responsible_unit_id")
  public Long responsibleUnitId;

  /** The responsible person (a token's user id or an e-mail); null when none is named. */
  @Column(name = "responsible_person", length = 200)
  public String responsiblePerson;
}
