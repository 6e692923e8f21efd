package se.styrkort.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class GoalRepository implements PanacheRepository<Goal> {

  /** Every goal of a plan in one query; {@link GoalTree} puts them in tree order. */
  public List<Goal> listByPlan(long planId) {
    return list("planId", planId);
  }

  /** The position after the last sibling under {@code parentId} (null: among focus areas). */
  int nextPosition(long planId, Long parentId) {
    Integer last =
        parentId == null
            ? getEntityManager()
                .createQuery(
                    "select max(g.position) from Goal g where g.planId = :plan"
                        + " and g.parentId is null",
                    Integer.class)
                .setParameter("plan", planId)
                .getSingleResult()
            : getEntityManager()
                .createQuery(
                    "select max(g.position) from Goal g where g.parentId = :parent", Integer.class)
                .setParameter("parent", parentId)
                .getSingleResult();
    return last == null ? 1 : last + 1;
  }
}
