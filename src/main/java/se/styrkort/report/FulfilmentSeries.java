package se.styrkort.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.fulfilment.Basis;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.Fulfilment;
import se.styrkort.fulfilment.Observation;
import se.styrkort.fulfilment.PlanContext;
import se.styrkort.fulfilment.PointInput;
import se.styrkort.fulfilment.PointResult;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.report.FulfilmentLoader.LoadedTarget;

/**
 * Fulfilment of many measurement points year by year, for flat reports such as the BI facts: the
 * targets and follow-up values of a chunk of points are read in two statements and judged by the
 * pure core exactly as the fulfilment endpoints judge them (basis LATEST, every value counts).
 */
@ApplicationScoped
public class FulfilmentSeries {

  @Inject FulfilmentLoader loader;

  /** A measurement point and the plan it belongs to. */
  public record PlanPoint(Plan plan, MeasurementPoint point) {}

  /**
   * One year of one point: the judgement, the target as the plan wrote it, and the outcome and the
   * latest forecast of the year, whichever of them the judgement read.
   */
  public record YearFulfilment(
      PointResult result, String writtenTarget, Observation outcome, Observation latestForecast) {}

  /**
   * For each point, every year from fromYear to toYear that lies within its plan's years, in year
   * order (an empty list where none does).
   */
  public Map<Long, List<YearFulfilment>> judge(List<PlanPoint> points, int fromYear, int toYear) {
    List<Long> ids = points.stream().map(planPoint -> planPoint.point().id).toList();
    Map<Long, List<LoadedTarget>> targets = loader.targetsOfPoints(ids);
    Map<Long, List<Observation>> observations = loader.observationsOfPoints(ids);
    Map<Long, PlanContext> contexts = new HashMap<>();
    Map<Long, List<YearFulfilment>> judged = new HashMap<>();
    for (PlanPoint planPoint : points) {
      Plan plan = planPoint.plan();
      MeasurementPoint point = planPoint.point();
      int from = Math.max(fromYear, plan.startYear);
      int to = Math.min(toYear, plan.endYear);
      if (from > to) {
        judged.put(point.id, List.of());
        continue;
      }
      List<LoadedTarget> pointTargets = targets.getOrDefault(point.id, List.of());
      PointInput input =
          FulfilmentService.input(
              point, pointTargets, observations.getOrDefault(point.id, List.of()));
      PlanContext context =
          contexts.computeIfAbsent(plan.id, id -> FulfilmentService.context(plan));
      Map<Integer, String> written = new HashMap<>();
      pointTargets.forEach(target -> written.put(target.spec().year(), target.written()));
      List<YearFulfilment> years = years(input, context, written, from, to);
      judged.put(point.id, years);
    }
    return judged;
  }

  /** What a plan's points are judged by: its baseline year and its fulfilment rule. */
  public static PlanContext context(Plan plan) {
    return FulfilmentService.context(plan);
  }

  /**
   * One point's years {@code from}–{@code to} (within its plan's), in year order.
   *
   * @param written the target of each year as the plan wrote it
   */
  public static List<YearFulfilment> years(
      PointInput input, PlanContext context, Map<Integer, String> written, int from, int to) {
    List<YearFulfilment> years = new ArrayList<>(Math.max(0, to - from + 1));
    for (PointResult result : Fulfilment.series(input, context, from, to, Basis.LATEST, false)) {
      years.add(
          new YearFulfilment(
              result,
              written.get(result.year()),
              Fulfilment.latest(input, result.year(), EvaluationKind.OUTCOME),
              Fulfilment.latest(input, result.year(), EvaluationKind.FORECAST)));
    }
    return years;
  }
}
