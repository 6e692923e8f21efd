package se.styrkort.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.styrkort.common.StoredValue;
import se.styrkort.common.VersionedEntity;
import se.styrkort.fulfilment.EvaluationKind;

/** A follow-up value (forecast or outcome) of a measurement point, as of a date. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends VersionedEntity {

  @Column(name = "point_id", nullable = false, updatable = false)
  public long pointId;

  @Column(nullable = false)
  public int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public EvaluationKind kind;

  @Column(name = "as_of", nullable = false)
  public LocalDate asOf;

  @Embedded public StoredValue value = new StoredValue();

  @Column(columnDefinition = "TEXT")
  public String note;

  @Column(name = "period_label", length = 100)
  public String periodLabel;

  @Column(name = "recorded_by", nullable = false, length = 200)
  public String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public EvaluationState state = EvaluationState.DRAFT;
}
