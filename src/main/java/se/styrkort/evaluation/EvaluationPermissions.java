package se.styrkort.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.period.PeriodCalendar;
import se.styrkort.period.PeriodState;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.point.MeasurementPointService;
import se.styrkort.security.CallerAccess;
import se.styrkort.security.Role;

/**
 * What this caller may do to a follow-up value now: what its state allows, narrowed to the caller's
 * role (a reporter edits, deletes and submits; an approver approves and reopens) and to nothing at
 * all while its reporting period is closed. A front end shows exactly these buttons.
 */
@RequestScoped
public class EvaluationPermissions {

  @Inject CallerAccess caller;
  @Inject PeriodCalendar calendar;
  @Inject MeasurementPointService points;

  /** The periods of each plan seen in this request, read once. */
  private final Map<Long, List<ReportingPeriod>> periodsOfPlan = new HashMap<>();

  private final Map<Long, Long> planOfPoint = new HashMap<>();

  public List<EvaluationAction> allowed(Evaluation evaluation) {
    long planId =
        planOfPoint.computeIfAbsent(
            evaluation.pointId, point -> points.planOf(points.get(point)).id);
    List<ReportingPeriod> periods = periodsOfPlan.computeIfAbsent(planId, calendar::ofPlan);
    boolean closed =
        PeriodCalendar.periodOf(periods, evaluation.year, evaluation.asOf)
            .map(p -> p.state == PeriodState.CLOSED)
            .orElse(false);
    if (closed) {
      return List.of();
    }
    return evaluation.state.allowed().stream().filter(this::mayDo).toList();
  }

  EvaluationView view(Evaluation evaluation) {
    return EvaluationView.from(evaluation, allowed(evaluation));
  }

  private boolean mayDo(EvaluationAction action) {
    return switch (action) {
      case SUBMIT, EDIT, DELETE -> caller.may(Role.REPORTER);
      case APPROVE, REOPEN -> caller.may(Role.APPROVER);
    };
  }
}
