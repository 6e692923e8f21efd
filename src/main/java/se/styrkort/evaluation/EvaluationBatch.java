package se.styrkort.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import se.styrkort.changes.ChangeFeedListener;
import se.styrkort.common.DomainException;
import se.styrkort.common.MultiRowInsert;
import se.styrkort.common.ProblemCode;
import se.styrkort.common.StoredValue;
import se.styrkort.security.CallerAccess;

/**
 * Many follow-up values written at once (bulk entry): the fields and revisions of a single write,
 * in a fixed number of statements rather than several per value. Hibernate cannot batch inserts
 * into AUTO_INCREMENT tables, so new values go in a multi-row INSERT and are read back by key.
 */
@ApplicationScoped
@Transactional
public class EvaluationBatch {

  @Inject EvaluationRepository evaluations;
  @Inject CallerAccess caller;

  /** A new value of a point, checked by the caller (bulk entry). */
  public record NewValue(long pointId, EvaluationRequest request) {}

  /** A correction of a loaded value, checked by the caller (bulk entry). */
  public record Correction(Evaluation current, EvaluationRequest request) {}

  /**
   * Writes many values at once with the rules of {@link EvaluationService#create} and {@link
   * EvaluationService#update}, in a fixed number of statements instead of several per value: new
   * values and every revision in multi-row INSERTs, corrections in JDBC batches. The caller has
   * checked each value and ruled out duplicate keys and approved values. Returns the ids of the new
   * values, in order.
   */
  public List<Long> writeAll(List<NewValue> created, List<Correction> corrected) {
    List<EvaluationRevision> revisions = new ArrayList<>();
    List<Boolean> withdrawn = new ArrayList<>();
    for (Correction correction : corrected) {
      Evaluation evaluation = correction.current();
      withdrawn.add(evaluation.state == EvaluationState.SUBMITTED);
      evaluation.state = EvaluationState.DRAFT;
      EvaluationService.apply(correction.request(), evaluation, caller.identity());
    }
    // Flushed first, so that the revisions carry the versions the corrections produced; in one
    // JDBC batch however many there are (the bulk entry's body is bounded), not one per 50.
    org.hibernate.Session session =
        evaluations.getEntityManager().unwrap(org.hibernate.Session.class);
    Integer batchSize = session.getJdbcBatchSize();
    if (corrected.size() > (batchSize == null ? 0 : batchSize)) {
      session.setJdbcBatchSize(corrected.size());
    }
    try {
      evaluations.flush();
    } finally {
      session.setJdbcBatchSize(batchSize);
    }
    for (int i = 0; i < corrected.size(); i++) {
      EvaluationRevision revision =
          EvaluationRevision.of(corrected.get(i).current(), ChangeType.UPDATED, caller.identity());
      revision.reason = withdrawn.get(i) ? EvaluationService.CORRECTED_AFTER_SUBMISSION : null;
      revisions.add(revision);
    }
    List<Long> ids = new ArrayList<>();
    if (!created.isEmpty()) {
      List<Evaluation> written = insertAll(created);
      for (Evaluation evaluation : written) {
        ids.add(evaluation.id);
        ChangeFeedListener.createdOutsideHibernate(evaluation);
        revisions.add(EvaluationRevision.of(evaluation, ChangeType.CREATED, caller.identity()));
      }
    }
    EvaluationRevision.persistAll(revisions);
    return ids;
  }

  /** Inserts the new values together, their ids read back by the same statement. */
  private List<Evaluation> insertAll(List<NewValue> created) {
    MultiRowInsert insert =
        new MultiRowInsert("evaluation")
            .column("point_id", Long.class)
            .column("year", Integer.class)
            .column("kind", String.class)
            .column("as_of", LocalDate.class)
            .column("value_number", BigDecimal.class)
            .column("value_level", String.class)
            .column("value_boolean", Boolean.class)
            .column("note", String.class)
            .column("period_label", String.class)
            .column("recorded_by", String.class)
            .column("recorded_at", Instant.class)
            .column("state", String.class)
            .column("version", Long.class)
            .column("created_at", Instant.class)
            .column("updated_at", Instant.class);
    List<Evaluation> written = new ArrayList<>();
    for (NewValue value : created) {
      Evaluation e = new Evaluation();
      e.pointId = value.pointId();
      EvaluationService.apply(value.request(), e, caller.identity());
      StoredValue stored = e.value == null ? new StoredValue() : e.value;
      e.state = EvaluationState.DRAFT;
      e.version = 0L;
      e.createdAt = e.recordedAt;
      e.updatedAt = e.recordedAt;
      insert.row(
          e.pointId,
          e.year,
          e.kind,
          e.asOf,
          stored.number,
          stored.level,
          stored.bool,
          e.note,
          e.periodLabel,
          e.recordedBy,
          e.recordedAt,
          e.state,
          e.version,
          e.createdAt,
          e.updatedAt);
      written.add(e);
    }
    List<Object[]> ids;
    try {
      // The new ids come back from the INSERT itself (RETURNING), with each row's key: no query
      // to read the values back.
      ids =
          insert.executeReturning(
              evaluations.getEntityManager(),
              new MultiRowInsert.Returned("id", Long.class),
              new MultiRowInsert.Returned("point_id", Long.class),
              new MultiRowInsert.Returned("year", Integer.class),
              new MultiRowInsert.Returned("kind", String.class),
              new MultiRowInsert.Returned("as_of", LocalDate.class));
    } catch (ConstraintViolationException e) {
      if (e.getConstraintName() == null || !e.getConstraintName().contains("evaluation_key")) {
        throw e;
      }
      throw new DomainException(
          ProblemCode.DUPLICATE,
          "Another request recorded one of these values just now; nothing was written, send them"
              + " again to correct it.");
    }
    Map<String, Long> idByKey = new HashMap<>();
    for (Object[] row : ids) {
      idByKey.put(row[1] + "/" + row[2] + "/" + row[3] + "/" + row[4], (Long) row[0]);
    }
    for (Evaluation e : written) {
      e.id = idByKey.get(key(e));
      if (e.id == null) {
        throw new IllegalStateException("no id came back for the new value " + key(e));
      }
    }
    return written;
  }

  private static String key(Evaluation e) {
    return e.pointId + "/" + e.year + "/" + e.kind + "/" + e.asOf;
  }
}
