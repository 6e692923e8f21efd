package se.styrkort.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.goal.GoalKind;
import se.styrkort.plan.Plan;

/** The plain rows a follow-up status report is built from, as the loader read them. */
record FollowUpRows(
    Plan plan,
    List<GoalRow> goals,
    List<IndicatorRow> indicators,
    List<PointRow> points,
    Set<Long> pointsWithTarget,
    List<ValueRow> values) {

  record GoalRow(long id, Long parentId, GoalKind kind, String title) {}

  record IndicatorRow(long id, long goalId, String title) {}

  record PointRow(long id, long indicatorId, String label) {}

  record ValueRow(
      long id, long pointId, int year, EvaluationKind kind, LocalDate asOf, EvaluationState state) {
    boolean approved() {
      return state == EvaluationState.APPROVED;
    }
  }
}
