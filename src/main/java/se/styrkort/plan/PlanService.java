package se.styrkort.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.PageRequest;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.fulfilment.PointRuleKind;
import se.styrkort.fulfilment.RollUpRuleKind;
import se.styrkort.goal.Goal;
import se.styrkort.organisation.OrganisationUnitService;

@ApplicationScoped
@Transactional
public class PlanService {

  @Inject PlanRepository plans;
  @Inject PlanGuard guard;

  /** Plans in the order they were created, of those in {@code planIds} (empty: all). */
  public List<Plan> list(
      PlanStatus status,
      String organisation,
      String organisationCode,
      Optional<Set<Long>> planIds,
      PageRequest page) {
    return plans.list(status, organisation, organisationCode, planIds, page);
  }

  /**
   * Makes a plan readable by anyone, or not. Not a change of the plan's content, so it is allowed
   * in every status; it takes effect while the plan is ADOPTED.
   */
  public Plan setVisibility(long id, String ifMatch, boolean isPublic) {
    Plan plan = get(id);
    EntityTags.requireCurrent(ifMatch, plan.version);
    plan.publicRead = isPublic;
    plans.flush();
    return plan;
  }

  /**
   * The organisation's current plan in {@code year}: ADOPTED (so not a draft, not archived), of the
   * organisation code (and unit, where named), begun (startYear ≤ year), readable by the caller; of
   * several, the latest startYear, then the latest adoption, then the highest id. A plan whose last
   * year has passed stays current until another is adopted: adopting its revision archives it. One
   * statement.
   */
  public Optional<Plan> current(
      String organisationCode, Long organisationUnitId, int year, Optional<Set<Long>> readable) {
    if (readable.isPresent() && readable.get().isEmpty()) {
      return Optional.empty();
    }
    String hql =
        "from Plan p where p.status = :adopted and p.organisationCode = :code"
            + " and p.startYear <= :year"
            + (organisationUnitId == null ? "" : " and p.organisationUnitId = :unit")
            + (readable.isPresent() ? " and p.id in :readable" : "")
            + " order by p.startYear desc, p.adoptedAt desc, p.id desc";
    var query =
        plans
            .getEntityManager()
            .createQuery(hql, Plan.class)
            .setParameter("adopted", PlanStatus.ADOPTED)
            .setParameter("code", organisationCode)
            .setParameter("year", year)
            .setMaxResults(1);
    if (organisationUnitId != null) {
      query.setParameter("unit", organisationUnitId);
    }
    readable.ifPresent(ids -> query.setParameter("readable", ids));
    return query.getResultStream().findFirst();
  }

  public Plan get(long id) {
    return plans.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("plan", id));
  }

  /**
   * A new plan is a DRAFT: a status is set only by adoption and archival, which record the decision
   * and the date, so a request naming another status is refused rather than born adopted.
   */
  public Plan create(PlanRequest request) {
    if (request.status() != null && request.status() != PlanStatus.DRAFT) {
      throw DomainException.invalid(
          "status",
          "a new plan is a DRAFT; adopt it with POST /api/v1/plans/{planId}/adoption (send DRAFT"
              + " or leave status out)");
    }
    Plan plan = new Plan();
    plan.status = PlanStatus.DRAFT;
    apply(request, plan);
    plans.persistAndFlush(plan);
    return plan;
  }

  public Plan update(long id, String ifMatch, PlanRequest request) {
    Plan plan = get(id);
    guard.requireEditable(plan);
    EntityTags.requireCurrent(ifMatch, plan.version);
    if (request.status() != null && request.status() != plan.status) {
      throw DomainException.conflict(
          "A plan's status changes only through its lifecycle: POST /api/v1/plans/"
              + id
              + "/adoption to adopt it, /archival to archive it. Send status "
              + plan.status
              + " or leave it out.");
    }
    apply(request, plan);
    plans.flush();
    return plan;
  }

  public void delete(long id, String ifMatch) {
    Plan plan = get(id);
    EntityTags.requireCurrent(ifMatch, plan.version);
    long goals = Goal.count("planId", id);
    long revisions = plans.count("predecessorId", id);
    if (revisions > 0) {
      throw DomainException.hasDependents(
          "plan", List.of(revisions + (revisions == 1 ? " revision" : " revisions")));
    }
    long periods =
        plans
            .getEntityManager()
            .createQuery(
                "select count(r) from ReportingPeriod r where r.planId = :plan", Long.class)
            .setParameter("plan", id)
            .getSingleResult();
    if (periods > 0) {
      throw DomainException.hasDependents(
          "plan", List.of(periods + (periods == 1 ? " reporting period" : " reporting periods")));
    }
    if (goals > 0) {
      throw DomainException.hasDependents(
          "plan", List.of(goals + (goals == 1 ? " goal" : " goals") + " (delete them first)"));
    }
    plans.delete(plan);
  }

  private static void apply(PlanRequest request, Plan plan) {
    validate(request);
    plan.name = request.name().strip();
    plan.organisation = request.organisation().strip();
    plan.organisationCode = request.organisationCode();
    OrganisationUnitService.requireExists(request.organisationUnitId(), "organisationUnitId");
    plan.organisationUnitId = request.organisationUnitId();
    plan.startYear = request.startYear();
    plan.endYear = request.endYear();
    plan.baselineYear = request.baselineYear();
    plan.description = request.description();
    FulfilmentRuleView rule =
        request.fulfilmentRule() == null ? FulfilmentRuleView.DEFAULT : request.fulfilmentRule();
    plan.pointRule = rule.pointRule() == null ? PointRuleKind.PROGRESS : rule.pointRule();
    plan.pointPartialShare = rule.pointPartialShare();
    plan.rollUpRule = rule.rollUpRule() == null ? RollUpRuleKind.UNANIMOUS : rule.rollUpRule();
    plan.rollUpFulfilledShare = rule.rollUpFulfilledShare();
    plan.rollUpPartialShare = rule.rollUpPartialShare();
    plan.rollUpAssessed = Boolean.TRUE.equals(rule.rollUpAssessed());
  }

  /** The checks that span fields; single-field limits are on {@link PlanRequest}. */
  private static void validate(PlanRequest request) {
    List<FieldError> errors =
        new ArrayList<>(
            yearProblems(request.startYear(), request.endYear(), request.baselineYear()));
    if (request.fulfilmentRule() != null) {
      errors.addAll(request.fulfilmentRule().problems());
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }

  /** How a plan's years must relate; shared with plan import. */
  public static List<FieldError> yearProblems(int startYear, int endYear, Integer baselineYear) {
    List<FieldError> errors = new ArrayList<>();
    if (endYear < startYear) {
      errors.add(new FieldError("endYear", "must not be before startYear"));
    }
    if (baselineYear != null && baselineYear > endYear) {
      errors.add(new FieldError("baselineYear", "must not be after endYear"));
    }
    return errors;
  }
}
