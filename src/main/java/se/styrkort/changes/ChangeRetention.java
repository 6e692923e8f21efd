package se.styrkort.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Removes changes older than {@code styrkort.changes.retention}. Readers trigger it (at most every
 * ten minutes per instance, in a transaction of its own), so no scheduler is needed and a writing
 * request never pays for it. It removes a prefix of the feed, by sequence, so the feed never has a
 * hole: what remains starts right after the last removed change, and a cursor before that is
 * expired (410).
 */
@ApplicationScoped
public class ChangeRetention {

  private static final Duration EVERY = Duration.ofMinutes(10);

  @Inject ChangeFeedConfig config;
  @Inject EntityManager entities;

  private final AtomicReference<Instant> lastRun = new AtomicReference<>(Instant.EPOCH);

  @Transactional(TxType.REQUIRES_NEW)
  void purgeIfDue() {
    Instant now = Instant.now();
    Instant last = lastRun.get();
    if (now.isAfter(last.plus(EVERY)) && lastRun.compareAndSet(last, now)) {
      purgeBefore(now.minus(config.retention()));
    }
  }

  /** Removes every change up to the last one committed before {@code cutoff}; how many went. */
  @Transactional(TxType.REQUIRES_NEW)
  public int purgeBefore(Instant cutoff) {
    Long last =
        entities
            .createQuery(
                "select max(e.sequence) from ChangeEvent e where e.changedAt < :cutoff", Long.class)
            .setParameter("cutoff", cutoff)
            .getSingleResult();
    if (last == null) {
      return 0;
    }
    return entities
        .createQuery("delete from ChangeEvent e where e.sequence <= :last")
        .setParameter("last", last)
        .executeUpdate();
  }
}
