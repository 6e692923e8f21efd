package se.styrkort.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.styrkort.common.MultiRowInsert;
import se.styrkort.common.RevisionEntity;
import se.styrkort.common.StoredValue;
import se.styrkort.fulfilment.EvaluationKind;

/**
 * One version of a follow-up value as it was written. Rows are only ever inserted, and outlive the
 * value itself, so a correction or a deletion never loses what was there.
 */
@Entity
@Table(name = "evaluation_revision")
public class EvaluationRevision extends RevisionEntity {

  @Column(name = "evaluation_id", nullable = false, updatable = false)
  public long evaluationId;

  @Column(name = "point_id", nullable = false, updatable = false)
  public long pointId;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false, length = 16, updatable = false)
  public ChangeType changeType;

  @Column(nullable = false, updatable = false)
  public int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  public EvaluationKind kind;

  @Column(name = "as_of", nullable = false, updatable = false)
  public LocalDate asOf;

  @Embedded public StoredValue value = new StoredValue();

  @Column(columnDefinition = "TEXT", updatable = false)
  public String note;

  @Column(name = "period_label", length = 100, updatable = false)
  public String periodLabel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  public EvaluationState state;

  /** Why the state changed, where someone said so (a reopening always does). */
  @Column(columnDefinition = "TEXT", updatable = false)
  public String reason;

  /**
   * Inserts many revisions in a fixed number of statements (an import, a bulk entry), where one
   * {@code persist} each would cost a statement per revision.
   */
  public static void persistAll(List<EvaluationRevision> revisions) {
    MultiRowInsert insert =
        new MultiRowInsert("evaluation_revision")
            .column("evaluation_id", Long.class)
            .column("point_id", Long.class)
            .column("version", Long.class)
            .column("change_type", String.class)
            .column("year", Integer.class)
            .column("kind", String.class)
            .column("as_of", LocalDate.class)
            .column("value_number", BigDecimal.class)
            .column("value_level", String.class)
            .column("value_boolean", Boolean.class)
            .column("note", String.class)
            .column("period_label", String.class)
            .column("state", String.class)
            .column("reason", String.class)
            .column("changed_by", String.class)
            .column("changed_at", Instant.class);
    for (EvaluationRevision r : revisions) {
      insert.row(
          r.evaluationId,
          r.pointId,
          r.version,
          r.changeType,
          r.year,
          r.kind,
          r.asOf,
          r.value.number,
          r.value.level,
          r.value.bool,
          r.note,
          r.periodLabel,
          r.state,
          r.reason,
          r.changedBy,
          r.changedAt);
    }
    insert.execute(getEntityManager());
  }

  public static EvaluationRevision of(Evaluation evaluation, ChangeType change, String by) {
    EvaluationRevision revision = new EvaluationRevision();
    revision.evaluationId = evaluation.id;
    revision.pointId = evaluation.pointId;
    revision.version = evaluation.version;
    revision.changeType = change;
    revision.year = evaluation.year;
    revision.kind = evaluation.kind;
    revision.asOf = evaluation.asOf;
    // A value-less evaluation (a note only) comes back from the database with a null embeddable.
    if (evaluation.value != null) {
      revision.value.number = evaluation.value.number;
      revision.value.level = evaluation.value.level;
      revision.value.bool = evaluation.value.bool;
    }
    revision.note = evaluation.note;
    revision.periodLabel = evaluation.periodLabel;
    revision.state = evaluation.state;
    revision.changedBy = by;
    revision.changedAt = Instant.now();
    return revision;
  }
}
