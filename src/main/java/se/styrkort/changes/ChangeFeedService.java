package se.styrkort.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.styrkort.common.DomainException;
import se.styrkort.common.ProblemCode;

/**
 * Reads the change feed. Each read takes the feed's end first and serves only changes up to it;
 * every change up to the end is committed (see {@link ChangeRecorder}), so a page never has a gap
 * that a later commit could fill. Two statements per request, whatever the page size (and two more
 * when the retention clean-up is due).
 */
@ApplicationScoped
@Transactional
public class ChangeFeedService {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 500;

  @Inject EntityManager entities;
  @Inject ChangeRetention retention;

  /** The changes of one page, and the cursor to continue after them. */
  public record Slice(List<ChangeEvent> changes, ChangeCursor next, boolean hasMore) {}

  /**
   * The changes after {@code cursor} (from the oldest kept when null), of one plan or of all, and
   * only of the plans in {@code planIds} when that is present (empty: every plan).
   */
  public Slice read(
      String cursor,
      Integer limit,
      Long planId,
      Optional<Set<Long>> planIds,
      Set<ChangeEntityType> kinds) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
    }
    retention.purgeIfDue();
    Object[] bounds =
        (Object[])
            entities
                .createNativeQuery(
                    "SELECT last_sequence, (SELECT MIN(sequence) FROM change_event)"
                        + " FROM change_feed_position WHERE id = 1")
                .getSingleResult();
    long end = ((Number) bounds[0]).longValue();
    long kept = bounds[1] == null ? end : ((Number) bounds[1]).longValue() - 1;
    long after = cursor == null || cursor.isEmpty() ? kept : ChangeCursor.parse(cursor).after();
    if (after < kept) {
      throw new DomainException(
          ProblemCode.CURSOR_EXPIRED,
          "The cursor is older than the feed keeps changes (styrkort.changes.retention): some"
              + " changes after it are gone. Load everything again, then follow the feed from"
              + " GET /api/v1/changes/latest.");
    }
    if (after > end) {
      throw DomainException.invalid("cursor", "is ahead of the feed: it was not issued here");
    }
    StringBuilder where =
        new StringBuilder("e.sequence > :after and e.sequence <= :end and e.entityType in :kinds");
    if (planId != null) {
      where.append(" and e.planId = :plan");
    }
    if (planIds.isPresent()) {
      if (planIds.get().isEmpty()) {
        return new Slice(List.of(), new ChangeCursor(end), false);
      }
      where.append(" and e.planId in :plans");
    }
    TypedQuery<ChangeEvent> query =
        entities
            .createQuery(
                "from ChangeEvent e where " + where + " order by e.sequence", ChangeEvent.class)
            .setParameter("after", after)
            .setParameter("end", end)
            .setParameter("kinds", kinds)
            .setMaxResults(size + 1);
    if (planId != null) {
      query.setParameter("plan", planId);
    }
    planIds.ifPresent(plans -> query.setParameter("plans", plans));
    List<ChangeEvent> found = query.getResultList();
    if (found.size() > size) {
      List<ChangeEvent> page = found.subList(0, size);
      return new Slice(page, new ChangeCursor(page.get(size - 1).sequence), true);
    }
    // Everything up to the end matched or not: the next read starts after the end.
    return new Slice(found, new ChangeCursor(end), false);
  }

  /** A cursor after the latest committed change. */
  public ChangeCursor latest() {
    Number end =
        (Number)
            entities
                .createNativeQuery("SELECT last_sequence FROM change_feed_position WHERE id = 1")
                .getSingleResult();
    return new ChangeCursor(end.longValue());
  }
}
