package se.styrkort.changes;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import se.styrkort.history.Change;

/**
 * The one hook of the change feed: a JPA listener on every versioned entity, so each write path
 * (the services, plan import and revision, the demo loader, bulk entry, approval) is followed
 * without having to remember it. The callbacks run when Hibernate writes the row, inside the
 * writing transaction; {@link ChangeRecorder} gives the changes their place in the feed when that
 * transaction commits.
 */
public class ChangeFeedListener {

  @PostPersist
  void created(Object entity) {
    capture(entity, Change.CREATED);
  }

  @PostUpdate
  void updated(Object entity) {
    capture(entity, Change.UPDATED);
  }

  @PostRemove
  void deleted(Object entity) {
    capture(entity, Change.DELETED);
  }

  /**
   * For rows written past Hibernate (the multi-row INSERT of bulk entry), which no callback sees:
   * the writer names each entity it created, read back with its id, in the same transaction.
   */
  public static void createdOutsideHibernate(Object entity) {
    capture(entity, Change.CREATED);
  }

  private static void capture(Object entity, Change change) {
    PendingChange pending = PendingChange.of(entity, change);
    if (pending != null) {
      Arc.container().instance(ChangeRecorder.class).get().add(pending);
    }
  }
}
