package se.styrkort.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.styrkort.common.PageRequest;
import se.styrkort.fulfilment.EvaluationKind;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation> {

  List<Evaluation> listForPoint(long pointId, Integer year, EvaluationKind kind, PageRequest page) {
    StringBuilder where = new StringBuilder("pointId = :point");
    Parameters params = Parameters.with("point", pointId);
    if (year != null) {
      where.append(" and year = :year");
      params.and("year", year);
    }
    if (kind != null) {
      where.append(" and kind = :kind");
      params.and("kind", kind);
    }
    return find(where + " order by year, asOf, kind, id", params)
        .range(page.offset(), page.offset() + page.fetchSize() - 1)
        .list();
  }

  /** The follow-up value that already holds this key, if any. */
  Optional<Evaluation> withKey(long pointId, int year, EvaluationKind kind, LocalDate asOf) {
    return find("pointId = ?1 and year = ?2 and kind = ?3 and asOf = ?4", pointId, year, kind, asOf)
        .firstResultOptional();
  }

  public long countOfPoint(long pointId) {
    return count("pointId", pointId);
  }

  /** How many follow-up values of the point hold each of these levels, for the levels used. */
  public Map<String, Long> levelUse(long pointId, Collection<String> levels) {
    if (levels.isEmpty()) {
      return Map.of();
    }
    return getEntityManager()
        .createQuery(
            "select e.value.level, count(e) from Evaluation e"
                + " where e.pointId = :point and e.value.level in :levels"
                + " group by e.value.level",
            Object[].class)
        .setParameter("point", pointId)
        .setParameter("levels", levels)
        .getResultStream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
  }
}
