package se.styrkort.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.styrkort.common.Numbers;

/**
 * The values of reference series, and their earlier values, in plain SQL (the tables have a
 * composite key and no entity of their own).
 */
@ApplicationScoped
public class ReferenceValues {

  @Inject EntityManager em;

  /** The series' values by year, ascending. */
  public Map<Integer, ReferenceSeriesView.Value> of(long seriesId) {
    return ofSeries(List.of(seriesId)).getOrDefault(seriesId, Map.of());
  }

  /** The values of many series in one query, keyed by series id then year. */
  @SuppressWarnings("unchecked")
  public Map<Long, Map<Integer, ReferenceSeriesView.Value>> ofSeries(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return new LinkedHashMap<>();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select series_id, year, value_number, preliminary, fetched_at from reference_value"
                    + " where series_id in (:ids) order by series_id, year")
            .setParameter("ids", ids)
            .getResultList();
    return bySeries(rows);
  }

  /**
   * The values of every series of the points, in one query that runs whether or not they have
   * series (so a request's statement count does not depend on it), keyed by series id then year.
   */
  @SuppressWarnings("unchecked")
  public Map<Long, Map<Integer, ReferenceSeriesView.Value>> ofPoints(Collection<Long> pointIds) {
    if (pointIds.isEmpty()) {
      return new LinkedHashMap<>();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select v.series_id, v.year, v.value_number, v.preliminary, v.fetched_at"
                    + " from reference_value v join reference_series s on s.id = v.series_id"
                    + " where s.point_id in (:ids) order by v.series_id, v.year")
            .setParameter("ids", pointIds)
            .getResultList();
    return bySeries(rows);
  }

  /** Rows of (series_id, year, value_number, preliminary, fetched_at) by series, then year. */
  private static Map<Long, Map<Integer, ReferenceSeriesView.Value>> bySeries(List<Object[]> rows) {
    Map<Long, Map<Integer, ReferenceSeriesView.Value>> result = new LinkedHashMap<>();
    for (Object[] row : rows) {
      int year = ((Number) row[1]).intValue();
      result
          .computeIfAbsent(((Number) row[0]).longValue(), s -> new LinkedHashMap<>())
          .put(
              year,
              new ReferenceSeriesView.Value(year, number(row[2]), bool(row[3]), instant(row[4])));
    }
    return result;
  }

  /**
   * Makes the series' values exactly {@code values}: a year whose value changes keeps the value it
   * had in reference_value_revision. Returns whether anything changed.
   */
  public boolean replace(long seriesId, Collection<ReferenceSeriesView.Value> values, Instant now) {
    return replace(seriesId, of(seriesId), values, now);
  }

  /**
   * As {@link #replace(long, Collection, Instant)}, for a caller that has read the series' values
   * already ({@code current}; empty for a series just created).
   */
  public boolean replace(
      long seriesId,
      Map<Integer, ReferenceSeriesView.Value> current,
      Collection<ReferenceSeriesView.Value> values,
      Instant now) {
    Map<Integer, ReferenceSeriesView.Value> wanted = new LinkedHashMap<>();
    values.forEach(v -> wanted.put(v.year(), v));
    boolean changed = false;
    for (ReferenceSeriesView.Value old : current.values()) {
      ReferenceSeriesView.Value next = wanted.get(old.year());
      if (next != null && same(old, next)) {
        continue;
      }
      keep(seriesId, old, now);
      em.createNativeQuery("delete from reference_value where series_id = ?1 and year = ?2")
          .setParameter(1, seriesId)
          .setParameter(2, old.year())
          .executeUpdate();
      changed = true;
    }
    for (ReferenceSeriesView.Value next : wanted.values()) {
      ReferenceSeriesView.Value old = current.get(next.year());
      if (old != null && same(old, next)) {
        continue;
      }
      em.createNativeQuery(
              "insert into reference_value (series_id, year, value_number, preliminary,"
                  + " fetched_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, seriesId)
          .setParameter(2, next.year())
          .setParameter(3, next.value())
          .setParameter(4, next.preliminary())
          .setParameter(5, next.fetchedAt() == null ? null : Timestamp.from(next.fetchedAt()))
          .setParameter(6, Timestamp.from(now))
          .executeUpdate();
      changed = true;
    }
    return changed;
  }

  /** Records that every value of the series was fetched (again) at {@code at}: one statement. */
  public void fetched(Collection<Long> seriesIds, Instant at) {
    if (seriesIds.isEmpty()) {
      return;
    }
    em.createNativeQuery("update reference_value set fetched_at = :at where series_id in (:ids)")
        .setParameter("at", Timestamp.from(at))
        .setParameter("ids", seriesIds)
        .executeUpdate();
  }

  /** The earlier values of the series, newest replacement first. */
  @SuppressWarnings("unchecked")
  public List<ReferenceRevisionView> history(long seriesId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select year, value_number, preliminary, fetched_at, replaced_at"
                    + " from reference_value_revision where series_id = ?1"
                    + " order by replaced_at desc, id desc")
            .setParameter(1, seriesId)
            .getResultList();
    List<ReferenceRevisionView> result = new ArrayList<>();
    for (Object[] row : rows) {
      result.add(
          new ReferenceRevisionView(
              ((Number) row[0]).intValue(),
              number(row[1]),
              bool(row[2]),
              instant(row[3]),
              instant(row[4])));
    }
    return result;
  }

  /** Removes the series' values and their history (before the series itself is deleted). */
  public void deleteAll(long seriesId) {
    em.createNativeQuery("delete from reference_value_revision where series_id = ?1")
        .setParameter(1, seriesId)
        .executeUpdate();
    em.createNativeQuery("delete from reference_value where series_id = ?1")
        .setParameter(1, seriesId)
        .executeUpdate();
  }

  private void keep(long seriesId, ReferenceSeriesView.Value old, Instant now) {
    em.createNativeQuery(
            "insert into reference_value_revision (series_id, year, value_number, preliminary,"
                + " fetched_at, replaced_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, seriesId)
        .setParameter(2, old.year())
        .setParameter(3, old.value())
        .setParameter(4, old.preliminary())
        .setParameter(5, old.fetchedAt() == null ? null : Timestamp.from(old.fetchedAt()))
        .setParameter(6, Timestamp.from(now))
        .executeUpdate();
  }

  /** The same figure and flag; a new fetch of an unchanged value is not a revision. */
  public static boolean same(ReferenceSeriesView.Value a, ReferenceSeriesView.Value b) {
    boolean sameNumber =
        a.value() == null
            ? b.value() == null
            : b.value() != null && a.value().compareTo(b.value()) == 0;
    return sameNumber && a.preliminary() == b.preliminary();
  }

  /** A value from columns (year, value_number, preliminary, fetched_at) of a native row. */
  static ReferenceSeriesView.Value value(
      Object year, Object number, Object preliminary, Object at) {
    int y = ((Number) year).intValue();
    return new ReferenceSeriesView.Value(y, number(number), bool(preliminary), instant(at));
  }

  private static BigDecimal number(Object value) {
    return value == null ? null : Numbers.plain(new BigDecimal(value.toString()));
  }

  private static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.LocalDateTime l) {
      return Timestamp.valueOf(l).toInstant();
    }
    return Objects.requireNonNull(Timestamp.valueOf(value.toString())).toInstant();
  }
}
