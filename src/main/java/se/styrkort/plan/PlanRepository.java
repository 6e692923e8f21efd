package se.styrkort.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.styrkort.common.PageRequest;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

  List<Plan> list(PlanStatus status, String organisation, PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (status != null) {
      where.append(" and status = :status");
      params.and("status", status);
    }
    if (organisation != null) {
      where.append(" and organisation = :organisation");
      params.and("organisation", organisation);
    }
    return find(where + " order by id", params)
        .range(page.offset(), page.offset() + page.fetchSize() - 1)
        .list();
  }
}
