package se.styrkort.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import se.styrkort.common.PageRequest;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

  List<Indicator> listByGoal(long goalId, PageRequest page) {
    return find("goalId = ?1 order by position, id", goalId)
        .range(page.offset(), page.offset() + page.fetchSize() - 1)
        .list();
  }

  /** The indicators of many goals in one query (for whole-tree reads), by goal and position. */
  public List<Indicator> listByGoals(Collection<Long> goalIds) {
    if (goalIds.isEmpty()) {
      return List.of();
    }
    return list("goalId in ?1 order by goalId, position, id", goalIds);
  }

  int nextPosition(long goalId) {
    Integer last =
        getEntityManager()
            .createQuery(
                "select max(i.position) from Indicator i where i.goalId = :goal", Integer.class)
            .setParameter("goal", goalId)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }
}
