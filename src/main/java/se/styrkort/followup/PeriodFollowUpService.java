package se.styrkort.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.styrkort.common.DomainException;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.followup.FollowUpRows.GoalRow;
import se.styrkort.followup.FollowUpRows.IndicatorRow;
import se.styrkort.followup.FollowUpRows.PointRow;
import se.styrkort.followup.FollowUpRows.ValueRow;
import se.styrkort.followup.PeriodFollowUpViews.Counts;
import se.styrkort.followup.PeriodFollowUpViews.Item;
import se.styrkort.followup.PeriodFollowUpViews.ItemKind;
import se.styrkort.followup.PeriodFollowUpViews.Report;
import se.styrkort.followup.PeriodFollowUpViews.Subject;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.goal.GoalKind;
import se.styrkort.period.PeriodCalendar;
import se.styrkort.period.PeriodFollowUpStatus;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.vocabulary.RequestLanguage;

/**
 * A reporting period's follow-up: for each measurement point with a target in the year, the value
 * the period expects; for each goal and indicator, its assessment (and analysis) where the period
 * expects them. Loaded in a fixed number of statements, computed in memory.
 */
@ApplicationScoped
@Transactional
public class PeriodFollowUpService {

  @Inject FollowUpLoader loader;
  @Inject EntityManager em;
  @Inject PeriodCalendar calendar;
  @Inject RequestLanguage language;

  /** An assessment as the report reads it. */
  private record AssessmentRow(long id, EvaluationState state, boolean hasAnalysis) {}

  Report report(long periodId) {
    ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
    if (period == null) {
      throw DomainException.notFound("reporting period", periodId);
    }
    FollowUpRows rows = loader.load(period.planId, period.year);
    List<ReportingPeriod> periods = calendar.ofPlan(period.planId);
    Map<String, AssessmentRow> assessments = assessments(periodId);
    LocalDate today = LocalDate.now();
    boolean late = today.isAfter(period.deadline);

    Map<Long, List<ValueRow>> valuesByPoint = new HashMap<>();
    for (ValueRow value : rows.values()) {
      boolean ofThisPeriod =
          value.kind() == period.expectedKind
              && PeriodCalendar.periodOf(periods, value.year(), value.asOf())
                  .map(p -> p.id.equals(period.id))
                  .orElse(false);
      if (ofThisPeriod) {
        valuesByPoint.computeIfAbsent(value.pointId(), id -> new ArrayList<>()).add(value);
      }
    }
    List<Item> items = new ArrayList<>();
    Walk walk = new Walk(rows, period, valuesByPoint, assessments, late, items);
    rows.goals().stream().filter(g -> g.parentId() == null).forEach(walk::visit);

    Map<PeriodFollowUpStatus, Integer> byStatus = new EnumMap<>(PeriodFollowUpStatus.class);
    items.forEach(item -> byStatus.merge(item.status(), 1, Integer::sum));
    Counts counts =
        new Counts(
            items.size(),
            byStatus.getOrDefault(PeriodFollowUpStatus.MISSING, 0),
            byStatus.getOrDefault(PeriodFollowUpStatus.DRAFT, 0),
            byStatus.getOrDefault(PeriodFollowUpStatus.SUBMITTED, 0),
            byStatus.getOrDefault(PeriodFollowUpStatus.APPROVED, 0),
            (int) items.stream().filter(Item::overdue).count());
    return new Report(
        period.planId,
        period.id,
        period.code,
        period.label,
        period.asOf,
        period.deadline,
        period.state,
        today,
        counts,
        items);
  }

  /** An action's status report as a period owes it: the report's id, or null when missing. */
  record ActionItem(long actionId, String title, Long reportId, boolean overdue) {}

  /**
   * The status report each running action (started by the period's date, not ended before its year)
   * owes the period, in the order the actions were made. Not part of the period's report (v1
   * published its kinds); "my follow-ups" lists them.
   */
  List<ActionItem> actionItems(ReportingPeriod period) {
    boolean late = LocalDate.now().isAfter(period.deadline);
    List<ActionItem> items = new ArrayList<>();
    Map<Long, Long> reports = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select r.actionId, r.id from ActionStatusReport r where r.periodId = :period",
                Object[].class)
            .setParameter("period", period.id)
            .getResultList()) {
      reports.put((Long) r[0], (Long) r[1]);
    }
    LocalDate yearStart = LocalDate.of(period.year, 1, 1);
    for (Object[] a :
        em.createQuery(
                "select a.id, a.title from PlanAction a where a.planId = :plan"
                    + " and (a.startDate is null or a.startDate <= :asOf)"
                    + " and (a.endDate is null or a.endDate >= :yearStart) order by a.id",
                Object[].class)
            .setParameter("plan", period.planId)
            .setParameter("asOf", period.asOf)
            .setParameter("yearStart", yearStart)
            .getResultList()) {
      Long report = reports.get((Long) a[0]);
      items.add(new ActionItem((Long) a[0], (String) a[1], report, late && report == null));
    }
    return items;
  }

  private Map<String, AssessmentRow> assessments(long periodId) {
    Map<String, AssessmentRow> found = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select a.nodeKind, a.nodeId, a.id, a.state, a.analysis from Assessment a"
                    + " where a.periodId = :period",
                Object[].class)
            .setParameter("period", periodId)
            .getResultList()) {
      found.put(
          r[0] + "/" + r[1],
          new AssessmentRow(
              (Long) r[2], (EvaluationState) r[3], r[4] != null && !((String) r[4]).isBlank()));
    }
    return found;
  }

  /** Walks the goal tree in document order, adding what each node owes the period. */
  private final class Walk {
    private final FollowUpRows rows;
    private final ReportingPeriod period;
    private final Map<Long, List<ValueRow>> valuesByPoint;
    private final Map<String, AssessmentRow> assessments;
    private final boolean late;
    private final List<Item> out;
    private final Map<Long, List<GoalRow>> goalsByParent;
    private final Map<Long, List<IndicatorRow>> indicatorsByGoal;
    private final Map<Long, List<PointRow>> pointsByIndicator;

    Walk(
        FollowUpRows rows,
        ReportingPeriod period,
        Map<Long, List<ValueRow>> valuesByPoint,
        Map<String, AssessmentRow> assessments,
        boolean late,
        List<Item> out) {
      this.rows = rows;
      this.period = period;
      this.valuesByPoint = valuesByPoint;
      this.assessments = assessments;
      this.late = late;
      this.out = out;
      this.goalsByParent =
          rows.goals().stream()
              .filter(g -> g.parentId() != null)
              .collect(Collectors.groupingBy(GoalRow::parentId));
      this.indicatorsByGoal =
          rows.indicators().stream().collect(Collectors.groupingBy(IndicatorRow::goalId));
      this.pointsByIndicator =
          rows.points().stream().collect(Collectors.groupingBy(PointRow::indicatorId));
    }

    void visit(GoalRow goal) {
      if (goal.kind() == GoalKind.GOAL) {
        assessed(Subject.GOAL, NodeKind.GOAL, goal.id(), goal.title());
      }
      for (IndicatorRow indicator : indicatorsByGoal.getOrDefault(goal.id(), List.of())) {
        assessed(Subject.INDICATOR, NodeKind.INDICATOR, indicator.id(), indicator.title());
        for (PointRow point : pointsByIndicator.getOrDefault(indicator.id(), List.of())) {
          if (rows.pointsWithTarget().contains(point.id())) {
            value(point);
          }
        }
      }
      goalsByParent.getOrDefault(goal.id(), List.of()).forEach(this::visit);
    }

    private void value(PointRow point) {
      Optional<ValueRow> latest =
          valuesByPoint.getOrDefault(point.id(), List.of()).stream()
              .max(java.util.Comparator.comparing(ValueRow::asOf));
      add(
          ItemKind.VALUE,
          Subject.MEASUREMENT_POINT,
          point.id(),
          point.label(),
          latest.map(v -> status(v.state())).orElse(PeriodFollowUpStatus.MISSING),
          latest.map(ValueRow::id).orElse(null));
    }

    private void assessed(Subject subject, NodeKind kind, long id, String title) {
      if (!period.expectsAssessments) {
        return;
      }
      AssessmentRow assessment = assessments.get(kind + "/" + id);
      PeriodFollowUpStatus status =
          assessment == null ? PeriodFollowUpStatus.MISSING : status(assessment.state());
      Long recordId = assessment == null ? null : assessment.id();
      add(ItemKind.ASSESSMENT, subject, id, title, status, recordId);
      if (period.expectsAnalyses) {
        boolean written = assessment != null && assessment.hasAnalysis();
        add(
            ItemKind.ANALYSIS,
            subject,
            id,
            title,
            written ? status : PeriodFollowUpStatus.MISSING,
            recordId);
      }
    }

    private void add(
        ItemKind item,
        Subject subject,
        long id,
        String title,
        PeriodFollowUpStatus status,
        Long recordId) {
      boolean overdue =
          late && (status == PeriodFollowUpStatus.MISSING || status == PeriodFollowUpStatus.DRAFT);
      out.add(new Item(item, subject, id, title, status, language.text(status), overdue, recordId));
    }
  }

  private static PeriodFollowUpStatus status(EvaluationState state) {
    return switch (state) {
      case DRAFT -> PeriodFollowUpStatus.DRAFT;
      case SUBMITTED -> PeriodFollowUpStatus.SUBMITTED;
      case APPROVED -> PeriodFollowUpStatus.APPROVED;
    };
  }
}
