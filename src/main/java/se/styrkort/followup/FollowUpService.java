package se.styrkort.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.styrkort.common.DomainException;
import se.styrkort.common.PageRequest;
import se.styrkort.followup.FollowUpRows.GoalRow;
import se.styrkort.followup.FollowUpRows.IndicatorRow;
import se.styrkort.followup.FollowUpRows.PointRow;
import se.styrkort.followup.FollowUpRows.ValueRow;
import se.styrkort.followup.FollowUpViews.Counts;
import se.styrkort.followup.FollowUpViews.PointStatus;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.goal.GoalKind;

/**
 * Works out, for a reporting date, which measurement points still lack a forecast or an outcome.
 * Everything is computed in memory from rows loaded in a fixed number of statements; the status
 * filter and paging apply after that, since the status is not a column.
 */
@ApplicationScoped
@Transactional
public class FollowUpService {

  @Inject FollowUpLoader loader;

  /** The report's counts and all points in plan order; the caller pages the list. */
  record Result(String planName, int year, Counts counts, List<PointStatus> points) {}

  /**
   * The report for a reporting date; with {@code approvedOnly} a value counts only once it is
   * APPROVED, so a point with a draft outcome is still missing it.
   */
  Result report(
      long planId, LocalDate asOf, Integer year, FollowUpStatus only, boolean approvedOnly) {
    if (asOf == null) {
      throw DomainException.invalid("asOf", "is required: the reporting date, e.g. 2024-08-31");
    }
    int reportYear = year == null ? asOf.getYear() : year;
    FollowUpRows rows = loader.load(planId, reportYear);
    List<PointStatus> all = new Builder(rows, asOf, approvedOnly).points();
    Map<FollowUpStatus, Long> byStatus = new EnumMap<>(FollowUpStatus.class);
    all.forEach(p -> byStatus.merge(p.status(), 1L, Long::sum));
    Counts counts =
        new Counts(
            all.size(),
            byStatus.getOrDefault(FollowUpStatus.MISSING, 0L).intValue(),
            byStatus.getOrDefault(FollowUpStatus.FORECAST_ONLY, 0L).intValue(),
            byStatus.getOrDefault(FollowUpStatus.COMPLETE, 0L).intValue());
    List<PointStatus> selected =
        only == null ? all : all.stream().filter(p -> p.status() == only).toList();
    return new Result(rows.plan().name, reportYear, counts, selected);
  }

  /** The rows of one page, plus one more to tell whether another page follows. */
  static <T> List<T> slice(List<T> all, PageRequest page) {
    int from = Math.min(page.offset(), all.size());
    return all.subList(from, Math.min(all.size(), from + page.fetchSize()));
  }

  /** Walks the goal tree in document order and judges each targeted point on the way. */
  private static final class Builder {
    private final FollowUpRows rows;
    private final LocalDate asOf;
    private final Map<Long, GoalRow> goals;
    private final Map<Long, List<GoalRow>> goalsByParent;
    private final Map<Long, List<IndicatorRow>> indicatorsByGoal;
    private final Map<Long, List<PointRow>> pointsByIndicator;
    private final Map<Long, List<ValueRow>> valuesByPoint;
    private final List<PointStatus> out = new ArrayList<>();

    Builder(FollowUpRows rows, LocalDate asOf, boolean approvedOnly) {
      this.rows = rows;
      this.asOf = asOf;
      this.goals =
          rows.goals().stream().collect(Collectors.toMap(GoalRow::id, Function.identity()));
      this.goalsByParent =
          rows.goals().stream()
              .filter(g -> g.parentId() != null)
              .collect(Collectors.groupingBy(GoalRow::parentId));
      this.indicatorsByGoal =
          rows.indicators().stream().collect(Collectors.groupingBy(IndicatorRow::goalId));
      this.pointsByIndicator =
          rows.points().stream().collect(Collectors.groupingBy(PointRow::indicatorId));
      this.valuesByPoint =
          rows.values().stream()
              .filter(value -> !approvedOnly || value.approved())
              .collect(Collectors.groupingBy(ValueRow::pointId));
    }

    List<PointStatus> points() {
      rows.goals().stream().filter(g -> g.parentId() == null).forEach(area -> visit(area, area));
      return out;
    }

    /** A goal's own indicators come before its sub-goals, as in the plan document. */
    private void visit(GoalRow goal, GoalRow focusArea) {
      for (IndicatorRow indicator : indicatorsByGoal.getOrDefault(goal.id(), List.of())) {
        for (PointRow point : pointsByIndicator.getOrDefault(indicator.id(), List.of())) {
          if (rows.pointsWithTarget().contains(point.id())) {
            out.add(status(point, indicator, goals.get(indicator.goalId()), focusArea));
          }
        }
      }
      goalsByParent.getOrDefault(goal.id(), List.of()).forEach(sub -> visit(sub, focusArea));
    }

    private PointStatus status(
        PointRow point, IndicatorRow indicator, GoalRow goal, GoalRow focusArea) {
      List<ValueRow> values = valuesByPoint.getOrDefault(point.id(), List.of());
      // An outcome counts whenever it is dated; a forecast only if it speaks of the reporting
      // date or earlier, since a later one was not what the report was asked about.
      Optional<ValueRow> outcome = latest(values, EvaluationKind.OUTCOME, null);
      Optional<ValueRow> forecast = latest(values, EvaluationKind.FORECAST, asOf);
      Optional<ValueRow> decisive = outcome.or(() -> forecast);
      FollowUpStatus status =
          outcome.isPresent()
              ? FollowUpStatus.COMPLETE
              : forecast.isPresent() ? FollowUpStatus.FORECAST_ONLY : FollowUpStatus.MISSING;
      boolean servesGoal = goal.kind() == GoalKind.GOAL;
      return new PointStatus(
          point.id(),
          point.label(),
          indicator.id(),
          indicator.title(),
          servesGoal ? goal.id() : null,
          servesGoal ? goal.title() : null,
          focusArea.id(),
          focusArea.title(),
          status,
          forecast.isPresent(),
          outcome.isPresent(),
          decisive.map(ValueRow::id).orElse(null),
          decisive.map(ValueRow::kind).orElse(null),
          decisive.map(ValueRow::asOf).orElse(null));
    }

    private static Optional<ValueRow> latest(
        List<ValueRow> values, EvaluationKind kind, LocalDate notAfter) {
      return values.stream()
          .filter(v -> v.kind() == kind && (notAfter == null || !v.asOf().isAfter(notAfter)))
          .max(Comparator.comparing(ValueRow::asOf));
    }
  }
}
