package se.styrkort.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.styrkort.common.PageRequest;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

  List<Plan> list(
      PlanStatus status,
      String organisation,
      String organisationCode,
      Optional<Set<Long>> planIds,
      PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (planIds.isPresent()) {
      if (planIds.get().isEmpty()) {
        return List.of();
      }
      where.append(" and id in :planIds");
      params.and("planIds", planIds.get());
    }
    if (status != null) {
      where.append(" and status = :status");
      params.and("status", status);
    }
    if (organisation != null) {
      where.append(" and organisation = :organisation");
      params.and("organisation", organisation);
    }
    if (organisationCode != null) {
      where.append(" and organisationCode = :organisationCode");
      params.and("organisationCode", organisationCode);
    }
    return find(where + " order by id", params)
        .range(page.offset(), page.offset() + page.fetchSize() - 1)
        .list();
  }
}
