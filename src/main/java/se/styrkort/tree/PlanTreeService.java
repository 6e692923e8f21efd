package se.styrkort.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.styrkort.common.DomainException;

/** Reads a whole plan as one document, with the tag that changes whenever any part of it does. */
@ApplicationScoped
public class PlanTreeService {

  /** The document and its ETag value. */
  public record TaggedTree(PlanTreeView tree, long tag) {}

  @Inject PlanTreeQueries queries;

  /**
   * One transaction, so that the six reads see one consistent snapshot of the plan.
   *
   * @param year when given, only that year's follow-up values are included (targets always all)
   */
  @Transactional
  public TaggedTree get(long planId, Integer year) {
    PlanRows rows =
        queries.load(planId, year).orElseThrow(() -> DomainException.notFound("plan", planId));
    return new TaggedTree(PlanTreeAssembler.assemble(rows), rows.tag());
  }
}
