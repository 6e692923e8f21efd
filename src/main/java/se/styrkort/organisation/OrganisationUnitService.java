package se.styrkort.organisation;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.PageRequest;
import se.styrkort.plan.Plan;

/** The organisation's tree of units, kept by an admin. */
@ApplicationScoped
@Transactional
public class OrganisationUnitService {

  @Inject EntityManager entities;

  public List<OrganisationUnit> list(PageRequest page) {
    return OrganisationUnit.<OrganisationUnit>findAll(Sort.by("id"))
        .range(page.offset(), page.offset() + page.fetchSize() - 1)
        .list();
  }

  public OrganisationUnit get(long id) {
    return OrganisationUnit.<OrganisationUnit>findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("organisation unit", id));
  }

  public OrganisationUnit create(OrganisationUnitRequest request) {
    OrganisationUnit parent = parentOf(request);
    requireFreeCode(request.code().strip(), null);
    OrganisationUnit unit = new OrganisationUnit();
    apply(request, unit);
    unit.path = "/";
    unit.persistAndFlush();
    unit.path = OrganisationUnit.pathOf(parent, unit.id);
    entities.flush();
    return unit;
  }

  public OrganisationUnit update(long id, String ifMatch, OrganisationUnitRequest request) {
    OrganisationUnit unit = get(id);
    EntityTags.requireCurrent(ifMatch, unit.version);
    OrganisationUnit parent = parentOf(request);
    if (parent != null && parent.path.startsWith(unit.path)) {
      throw DomainException.invalid("parentId", "must not be the unit itself or a unit beneath it");
    }
    requireFreeCode(request.code().strip(), unit.id);
    String oldPath = unit.path;
    String newPath = OrganisationUnit.pathOf(parent, unit.id);
    apply(request, unit);
    unit.path = newPath;
    entities.flush();
    if (!newPath.equals(oldPath)) {
      // Everything beneath moves with it: one statement, whatever the depth.
      entities
          .createNativeQuery(
              "update organisation_unit set path = concat(?1, substring(path, ?2))"
                  + " where path like ?3 and id <> ?4")
          .setParameter(1, newPath)
          .setParameter(2, oldPath.length() + 1)
          .setParameter(3, oldPath + "%")
          .setParameter(4, unit.id)
          .executeUpdate();
    }
    return unit;
  }

  public void delete(long id, String ifMatch) {
    OrganisationUnit unit = get(id);
    EntityTags.requireCurrent(ifMatch, unit.version);
    List<String> blockers = new ArrayList<>();
    long children = OrganisationUnit.count("parentId", id);
    long plans = Plan.count("organisationUnitId", id);
    if (children > 0) {
      blockers.add(children + (children == 1 ? " unit beneath it" : " units beneath it"));
    }
    if (plans > 0) {
      blockers.add(plans + (plans == 1 ? " plan" : " plans"));
    }
    long responsibilities =
        ((Number)
                OrganisationUnit.getEntityManager()
                    .createNativeQuery(
                        "select (select count(*) from plan_action where responsible_unit_id = ?1)"
                            + " + (select count(*) from goal where responsible_unit_id = ?1)"
                            + " + (select count(*) from indicator where responsible_unit_id = ?1)"
                            + " + (select count(*) from measurement_point"
                            + " where responsible_unit_id = ?1)")
                    .setParameter(1, id)
                    .getSingleResult())
            .longValue();
    if (responsibilities > 0) {
      blockers.add(
          responsibilities
              + (responsibilities == 1
                  ? " goal, indicator, point or action it is responsible for"
                  : " goals, indicators, points and actions it is responsible for"));
    }
    if (!blockers.isEmpty()) {
      throw DomainException.hasDependents("organisation unit", blockers);
    }
    unit.delete();
  }

  /**
   * The plans of a unit (and, with {@code beneath}, of every unit under it) that the caller may
   * read, in the order they were created.
   */
  public List<Plan> plans(
      long unitId, boolean beneath, Optional<Set<Long>> readable, PageRequest page) {
    OrganisationUnit unit = get(unitId);
    if (readable.isPresent() && readable.get().isEmpty()) {
      return List.of();
    }
    String query =
        beneath
            ? "organisationUnitId in (select u.id from OrganisationUnit u where u.path like :path)"
            : "organisationUnitId = :unit";
    Parameters parameters =
        beneath ? Parameters.with("path", unit.path + "%") : Parameters.with("unit", unit.id);
    if (readable.isPresent()) {
      query += " and id in :plans";
      parameters.and("plans", readable.get());
    }
    return Plan.<Plan>find(query, Sort.by("id"), parameters)
        .range(page.offset(), page.offset() + page.fetchSize() - 1)
        .list();
  }

  /** The unit a plan may name, checked for a plan request's {@code organisationUnitId}. */
  public static void requireExists(Long unitId, String field) {
    if (unitId != null && OrganisationUnit.findByIdOptional(unitId).isEmpty()) {
      throw DomainException.invalid(field, "names no organisation unit");
    }
  }

  private OrganisationUnit parentOf(OrganisationUnitRequest request) {
    if (request.parentId() == null) {
      return null;
    }
    return OrganisationUnit.<OrganisationUnit>findByIdOptional(request.parentId())
        .orElseThrow(() -> DomainException.invalid("parentId", "names no organisation unit"));
  }

  private static void requireFreeCode(String code, Long self) {
    Optional<OrganisationUnit> holder =
        OrganisationUnit.<OrganisationUnit>find("code", code).firstResultOptional();
    if (holder.isPresent() && !holder.get().id.equals(self)) {
      throw DomainException.conflict(
          "The code " + code + " is already used by another organisation unit.");
    }
  }

  private static void apply(OrganisationUnitRequest request, OrganisationUnit unit) {
    unit.code = request.code().strip();
    unit.name = request.name().strip();
    unit.kind = request.kind();
    unit.parentId = request.parentId();
  }
}
