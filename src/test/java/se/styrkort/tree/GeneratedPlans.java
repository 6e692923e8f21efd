package se.styrkort.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.styrkort.common.StoredValue;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.PointRuleKind;
import se.styrkort.fulfilment.RollUpRuleKind;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.goal.Goal;
import se.styrkort.goal.GoalKind;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanStatus;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.Target;

/**
 * Plans of any size, written straight into the database: far quicker than thousands of API calls,
 * and the tree endpoint only reads. Every focus area has goals, every goal one sub-goal, and the
 * indicators hang under the sub-goals, so that the tree is three goal levels deep.
 */
@ApplicationScoped
@Transactional
public class GeneratedPlans {

  static final int FOCUS_AREAS = 4;
  static final int GOALS_PER_AREA = 5;

  /** What was generated, for the assertions. */
  public record Generated(long planId, List<Long> pointIds) {}

  /**
   * A plan with {@code indicators} indicators of {@code pointsPerIndicator} percent points each.
   * Each point has targets for 2024 (GE 100) and 2025 (≥ 2024), an outcome for 2023 (the baseline,
   * 50) and a forecast for 2024 (60).
   */
  public Generated plan(int indicators, int pointsPerIndicator) {
    Plan plan = new Plan();
    plan.name = "Genererad plan";
    plan.organisation = "Testkommun " + UUID.randomUUID();
    plan.startYear = 2024;
    plan.endYear = 2026;
    plan.baselineYear = 2023;
    plan.status = PlanStatus.DRAFT;
    plan.pointRule = PointRuleKind.PROGRESS;
    plan.rollUpRule = RollUpRuleKind.UNANIMOUS;
    plan.persist();
    List<Goal> leaves = new ArrayList<>();
    for (int a = 1; a <= FOCUS_AREAS; a++) {
      Goal area = goal(plan.id, null, GoalKind.FOCUS_AREA, "Utvecklingsområde " + a, a);
      for (int g = 1; g <= GOALS_PER_AREA; g++) {
        Goal goal = goal(plan.id, area.id, GoalKind.GOAL, "Mål " + a + "." + g, g);
        leaves.add(goal(plan.id, goal.id, GoalKind.GOAL, "Delmål " + a + "." + g + ".1", 1));
      }
    }
    List<Long> pointIds = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      Indicator indicator = new Indicator();
      indicator.goalId = leaves.get(i % leaves.size()).id;
      indicator.title = "Indikator " + (i + 1);
      indicator.position = i / leaves.size() + 1;
      indicator.persist();
      for (int p = 1; p <= pointsPerIndicator; p++) {
        MeasurementPoint point = new MeasurementPoint();
        point.indicatorId = indicator.id;
        point.label = "Mätpunkt " + (i + 1) + "." + p;
        point.position = p;
        point.valueType = ValueType.PERCENT;
        point.unit = "%";
        point.persist();
        pointIds.add(point.id);
        target(point.id, 2024, Comparator.GE, new BigDecimal("100"), null, "100 %");
        target(point.id, 2025, Comparator.GE, null, 2024, "≥ 2024");
        evaluation(point.id, 2023, EvaluationKind.OUTCOME, LocalDate.of(2023, 12, 31), "50");
        evaluation(point.id, 2024, EvaluationKind.FORECAST, LocalDate.of(2024, 8, 31), "60");
      }
    }
    return new Generated(plan.id, pointIds);
  }

  public void evaluation(
      long pointId, int year, EvaluationKind kind, LocalDate asOf, String value) {
    Evaluation evaluation = new Evaluation();
    evaluation.pointId = pointId;
    evaluation.year = year;
    evaluation.kind = kind;
    evaluation.asOf = asOf;
    evaluation.value.number = new BigDecimal(value);
    evaluation.recordedBy = "test";
    evaluation.recordedAt = Instant.now();
    evaluation.persist();
  }

  private static void target(
      long pointId,
      int year,
      Comparator comparator,
      BigDecimal literal,
      Integer referenceYear,
      String written) {
    Target target = new Target();
    target.pointId = pointId;
    target.year = year;
    target.comparator = comparator;
    target.literal = new StoredValue();
    target.literal.number = literal;
    target.referenceYear = referenceYear;
    target.written = written;
    target.persist();
  }

  private static Goal goal(long planId, Long parentId, GoalKind kind, String title, int position) {
    Goal goal = new Goal();
    goal.planId = planId;
    goal.parentId = parentId;
    goal.kind = kind;
    goal.title = title;
    goal.position = position;
    goal.persist();
    return goal;
  }
}
