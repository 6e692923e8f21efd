package se.styrkort.changes;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * Collects a transaction's changes and writes them to the feed as the last step before commit.
 *
 * <p>The feed's order is its sequence, and the sequence is taken at that last step under the row
 * lock of {@code change_feed_position}, which InnoDB holds until the commit. A second transaction
 * waits for that lock, so it gets its numbers only after the first has committed: a reader that
 * sees sequence N has every change before N visible too. (An AUTO_INCREMENT id would not do: it is
 * handed out at insert time, and an earlier id can commit later.) The lock is held only for the few
 * statements at the end of a writing transaction, never while a request does its work, and it is
 * the last lock any transaction takes, so it cannot be part of a deadlock.
 *
 * <p>Hibernate runs the callback after its own flush before completion, so changes flushed at
 * commit are in the list too.
 */
@ApplicationScoped
@Unremovable
public class ChangeRecorder {

  @Inject TransactionSynchronizationRegistry transactions;
  @Inject EntityManager entities;

  void add(PendingChange change) {
    batch().changes.add(change);
  }

  /**
   * Tells the feed which plan these measurement points are in, when the transaction has read it
   * anyway (a bulk entry does), so that their changes need no statement to find it.
   */
  public void pointsOfPlan(Collection<Long> pointIds, long planId) {
    Map<Long, Long> known = batch().pointPlans;
    pointIds.forEach(point -> known.put(point, planId));
  }

  private Batch batch() {
    Batch batch = (Batch) transactions.getResource(Batch.class);
    if (batch == null) {
      batch = new Batch();
      transactions.putResource(Batch.class, batch);
      entities
          .unwrap(SharedSessionContractImplementor.class)
          .getTransactionCompletionCallbacks()
          .registerCallback(batch);
    }
    return batch;
  }

  /** One transaction's changes, written by the session that made them, on its connection. */
  private static final class Batch implements BeforeCompletionCallback {

    private final List<PendingChange> changes = new ArrayList<>();
    private final Map<Long, Long> pointPlans = new HashMap<>();

    @Override
    public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
      if (!changes.isEmpty()) {
        session.doWork(
            connection -> ChangeWriter.write(connection, changes, pointPlans, Instant.now()));
      }
    }
  }
}
