package se.styrkort.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import se.styrkort.common.DomainException;
import se.styrkort.common.MultiRowInsert;
import se.styrkort.common.PageRequest;
import se.styrkort.security.CallerAccess;

/**
 * Keeps the history of the plan's definition. The services of goals, indicators, points and targets
 * call {@link #record} on every write, inside their transaction, with the views a client sees, so
 * the history shows the same JSON the API served before and after the change.
 */
@ApplicationScoped
@Transactional
public class ChangeLog {

  @Inject ObjectMapper json;
  @Inject EntityManager entities;
  @Inject CallerAccess caller;

  /**
   * Records one change. {@code version} is the entity's version after the change (flush first); a
   * deletion records the last version plus one, as the history of follow-up values does.
   */
  public void record(
      EntityType type,
      long entityId,
      long planId,
      Long pointId,
      long version,
      Change change,
      Object before,
      Object after) {
    ChangeRecord record = new ChangeRecord();
    record.entityType = type;
    record.entityId = entityId;
    record.planId = planId;
    record.pointId = pointId;
    record.version = version;
    record.changeType = change;
    record.content = write(change == Change.DELETED ? before : after);
    record.previousContent = change == Change.CREATED ? null : write(before);
    record.changedBy = caller.identity();
    record.changedAt = Instant.now();
    record.persist();
  }

  /** The creation of one entity, for {@link #recordCreated}. */
  public record Creation(
      EntityType type, long entityId, long planId, Long pointId, long version, Object view) {}

  /**
   * Records that many entities were created (an import, a revision, the demo plan), by a named
   * writer such as "import" or "system:demo", in a fixed number of statements rather than one per
   * entity.
   */
  public void recordCreated(List<Creation> creations, String changedBy) {
    Instant now = Instant.now();
    MultiRowInsert insert =
        new MultiRowInsert("change_record")
            .column("entity_type", String.class)
            .column("entity_id", Long.class)
            .column("plan_id", Long.class)
            .column("point_id", Long.class)
            .column("version", Long.class)
            .column("change_type", String.class)
            .column("content", String.class)
            .column("changed_by", String.class)
            .column("changed_at", Instant.class);
    for (Creation c : creations) {
      insert.row(
          c.type(),
          c.entityId(),
          c.planId(),
          c.pointId(),
          c.version(),
          Change.CREATED,
          write(c.view()),
          changedBy,
          now);
    }
    insert.execute(entities);
  }

  /** A goal's or indicator's changes, newest first. */
  List<ChangeRecordView> of(EntityType type, long id, PageRequest page) {
    List<ChangeRecord> records =
        ChangeRecord.find("entityType = ?1 and entityId = ?2 order by id desc", type, id)
            .range(page.offset(), page.offset() + page.fetchSize() - 1)
            .list();
    if (records.isEmpty()
        && ChangeRecord.count("entityType = ?1 and entityId = ?2", type, id) == 0) {
      requireExists(type, id);
    }
    return views(records);
  }

  /** A point's definition changes and its targets' changes, newest first. */
  List<ChangeRecordView> ofPoint(long pointId, PageRequest page) {
    List<ChangeRecord> records =
        ChangeRecord.find("pointId = ?1 order by id desc", pointId)
            .range(page.offset(), page.offset() + page.fetchSize() - 1)
            .list();
    if (records.isEmpty() && ChangeRecord.count("pointId", pointId) == 0) {
      requireExists(EntityType.MEASUREMENT_POINT, pointId);
    }
    return views(records);
  }

  /**
   * Unknown only when nothing was ever recorded and the entity does not exist: one created before
   * the history existed answers with an empty history, a deleted one with its past.
   */
  private void requireExists(EntityType type, long id) {
    long found =
        entities
            .createQuery(
                "select count(e) from " + type.entityName + " e where e.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (found == 0) {
      throw DomainException.notFound(type.name().toLowerCase(Locale.ROOT).replace('_', ' '), id);
    }
  }

  private List<ChangeRecordView> views(List<ChangeRecord> records) {
    return records.stream().map(record -> ChangeRecordView.from(record, json)).toList();
  }

  private String write(Object view) {
    try {
      return json.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      // The views are the API's own response records: failing to write one is a bug, not input.
      throw new IllegalStateException("cannot record " + view, e);
    }
  }
}
