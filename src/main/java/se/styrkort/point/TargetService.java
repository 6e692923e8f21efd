package se.styrkort.point;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.ProblemCode;
import se.styrkort.history.Change;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanGuard;

/** One year's target of a point: created or replaced by PUT, removed by DELETE. */
@ApplicationScoped
@Transactional
public class TargetService {

  @Inject MeasurementPointService points;
  @Inject TargetRepository targets;
  @Inject PlanGuard guard;

  /** The stored target, and whether this request created it. */
  public record Outcome(Target target, boolean created) {}

  /**
   * Creates the year's target, or replaces it when {@code ifMatch} names its current version. Both
   * change the point's representation, so the point's version moves on too.
   */
  public Outcome put(long pointId, int year, String ifMatch, TargetRequest request) {
    MeasurementPoint point = points.get(pointId);
    Plan plan = points.planOf(point);
    guard.requireEditable(plan);
    Target existing = targets.find(pointId, year).orElse(null);
    if (existing != null) {
      EntityTags.requireCurrent(ifMatch, existing.version);
    } else if (ifMatch != null && !ifMatch.isBlank()) {
      // RFC 9110: If-Match fails when there is no current representation to match.
      throw new DomainException(
          ProblemCode.PRECONDITION_FAILED,
          "There is no target for "
              + year
              + " yet, so If-Match cannot match; send no If-Match"
              + " to create it.");
    }
    List<FieldError> errors = TargetRules.check("", year, request, point, plan);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    TargetView before = existing == null ? null : TargetView.from(existing);
    Target target = existing != null ? existing : new Target();
    target.pointId = pointId;
    target.year = year;
    TargetRules.apply(request, target);
    if (existing == null) {
      targets.persist(target);
    }
    touch(point);
    targets.flush();
    TargetView after = TargetView.from(target);
    if (!after.equals(before)) {
      Change change = existing == null ? Change.CREATED : Change.UPDATED;
      points.recordTarget(target, plan.id, target.version, change, before, after);
    }
    return new Outcome(target, existing == null);
  }

  public void delete(long pointId, int year, String ifMatch) {
    MeasurementPoint point = points.get(pointId);
    Plan plan = points.planOf(point);
    guard.requireEditable(plan);
    Target target =
        targets
            .find(pointId, year)
            .orElseThrow(
                () ->
                    new DomainException(
                        ProblemCode.NOT_FOUND,
                        "Measurement point " + pointId + " has no target for " + year + "."));
    EntityTags.requireCurrent(ifMatch, target.version);
    points.recordTarget(
        target, plan.id, target.version + 1, Change.DELETED, TargetView.from(target), null);
    targets.delete(target);
    touch(point);
    targets.flush();
  }

  /** A point's view includes its targets: changing one is a change of the point (new ETag). */
  private static void touch(MeasurementPoint point) {
    point.updatedAt = Instant.now();
  }
}
