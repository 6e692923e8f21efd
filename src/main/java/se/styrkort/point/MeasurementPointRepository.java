package se.styrkort.point;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import se.styrkort.common.PageRequest;
import se.styrkort.plan.Plan;

@ApplicationScoped
public class MeasurementPointRepository implements PanacheRepository<MeasurementPoint> {

  List<MeasurementPoint> listByIndicator(long indicatorId, PageRequest page) {
    return find("indicatorId = ?1 order by position, id", indicatorId)
        .range(page.offset(), page.offset() + page.fetchSize() - 1)
        .list();
  }

  /** The position after the indicator's last row, or 1 for its first. */
  int nextPosition(long indicatorId) {
    Integer last =
        getEntityManager()
            .createQuery(
                "select max(p.position) from MeasurementPoint p where p.indicatorId = :indicator",
                Integer.class)
            .setParameter("indicator", indicatorId)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  /**
   * The plan an indicator belongs to, in one query; empty when there is no such indicator. Its
   * years bound the years of targets and follow-up values.
   */
  public Optional<Plan> planOfIndicator(long indicatorId) {
    return getEntityManager()
        .createQuery(
            "select p from Plan p, Goal g, Indicator i"
                + " where i.id = :indicator and g.id = i.goalId and p.id = g.planId",
            Plan.class)
        .setParameter("indicator", indicatorId)
        .getResultStream()
        .findFirst();
  }
}
