package se.styrkort.point;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class TargetRepository implements PanacheRepository<Target> {

  Optional<Target> find(long pointId, int year) {
    return find("pointId = ?1 and year = ?2", pointId, year).firstResultOptional();
  }

  List<Target> ofPoint(long pointId) {
    return list("pointId = ?1 order by year", pointId);
  }

  /** The targets of many points in one query, keyed by point id. */
  public Map<Long, List<Target>> ofPoints(Collection<Long> pointIds) {
    if (pointIds.isEmpty()) {
      return Map.of();
    }
    return list("pointId in ?1 order by pointId, year", pointIds).stream()
        .collect(Collectors.groupingBy(t -> t.pointId));
  }

  /** How many targets of the point use each of these levels, for the levels that are used. */
  Map<String, Long> levelUse(long pointId, Collection<String> levels) {
    if (levels.isEmpty()) {
      return Map.of();
    }
    return getEntityManager()
        .createQuery(
            "select t.literal.level, count(t) from Target t"
                + " where t.pointId = :point and t.literal.level in :levels"
                + " group by t.literal.level",
            Object[].class)
        .setParameter("point", pointId)
        .setParameter("levels", levels)
        .getResultStream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
  }
}
