package se.styrkort.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import se.styrkort.action.ActionStatus;
import se.styrkort.action.ActionStatusReport;
import se.styrkort.action.PlanAction;
import se.styrkort.assessment.Assessment;
import se.styrkort.common.DomainException;
import se.styrkort.common.StoredValue;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.goal.Goal;
import se.styrkort.indicator.Indicator;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.plan.FulfilmentRuleView;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.Target;
import se.styrkort.reference.ReferenceSeriesService;
import se.styrkort.reference.ReferenceSeriesView;
import se.styrkort.transfer.PlanDocument.ActionEntry;
import se.styrkort.transfer.PlanDocument.ActionReportEntry;
import se.styrkort.transfer.PlanDocument.AssessmentEntry;
import se.styrkort.transfer.PlanDocument.EvaluationEntry;
import se.styrkort.transfer.PlanDocument.ExportedFrom;
import se.styrkort.transfer.PlanDocument.GoalEntry;
import se.styrkort.transfer.PlanDocument.IndicatorEntry;
import se.styrkort.transfer.PlanDocument.PeriodEntry;
import se.styrkort.transfer.PlanDocument.PointEntry;
import se.styrkort.transfer.PlanDocument.TargetEntry;

/**
 * Reads a whole plan into a {@link PlanDocument} in thirteen statements, one per table, whatever
 * the plan's size: each table is reached from the plan id through a subquery (the reference series
 * through the plan's point ids), never row by row.
 */
@ApplicationScoped
@Transactional
public class PlanExporter {

  private static final String GOALS = "select g.id from Goal g where g.planId = :plan";
  private static final String INDICATORS =
      "select i.id from Indicator i, Goal g where i.goalId = g.id and g.planId = :plan";
  private static final String POINTS =
      "select p.id from MeasurementPoint p, Indicator i, Goal g"
          + " where p.indicatorId = i.id and i.goalId = g.id and g.planId = :plan";

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject ReferenceSeriesService references;

  public PlanDocument export(long planId) {
    return export(planId, true);
  }

  /**
   * The plan's fields and structure down to the targets, with the reference series and the actions
   * still open, without follow-up values, periods, assessments or status reports: what a revision
   * copies. An action is still open unless its report in the latest period that has one says
   * COMPLETED or CANCELLED; finished work stays with the original.
   */
  public PlanDocument exportStructure(long planId) {
    return export(planId, false);
  }

  private PlanDocument export(long planId, boolean withValues) {
    List<Plan> found = rows("from Plan p where p.id = :plan", Plan.class, planId);
    if (found.isEmpty()) {
      throw DomainException.notFound("plan", planId);
    }
    Plan plan = found.get(0);
    List<MeasurementPoint> points =
        rows(
            "from MeasurementPoint p where p.indicatorId in ("
                + INDICATORS
                + ")"
                + " order by p.position, p.id",
            MeasurementPoint.class,
            planId);
    Rows rows =
        new Rows(
            byParent(
                rows(
                    "from Goal g where g.planId = :plan order by g.position, g.id",
                    Goal.class,
                    planId),
                g -> g.parentId == null ? 0L : g.parentId),
            byParent(
                rows(
                    "from Indicator i where i.goalId in (" + GOALS + ") order by i.position, i.id",
                    Indicator.class,
                    planId),
                i -> i.goalId),
            byParent(points, p -> p.indicatorId),
            byParent(
                rows(
                    "from Target t where t.pointId in (" + POINTS + ") order by t.year, t.id",
                    Target.class,
                    planId),
                t -> t.pointId),
            !withValues
                ? Map.of()
                : byParent(
                    rows(
                        "from Evaluation e where e.pointId in ("
                            + POINTS
                            + ")"
                            + " order by e.year, e.asOf, e.kind, e.id",
                        Evaluation.class,
                        planId),
                    e -> e.pointId),
            references.ofPoints(points.stream().map(p -> p.id).toList()));
    Assessed assessed = withValues ? assessed(planId) : Assessed.NONE;
    Map<Long, String> goalPlaces = new HashMap<>();
    List<GoalEntry> focusAreas = goals(rows, assessed, 0L, "focusAreas", goalPlaces);
    return new PlanDocument(
        PlanDocument.FORMAT_VERSION,
        new ExportedFrom(plan.id, Instant.now()),
        plan.name,
        plan.organisation,
        plan.organisationCode,
        plan.startYear,
        plan.endYear,
        plan.baselineYear,
        plan.status,
        plan.description,
        FulfilmentRuleView.from(plan),
        null,
        focusAreas,
        withValues ? assessed.periods() : null,
        assessed.of(NodeKind.PLAN, planId),
        actions(planId, goalPlaces, withValues));
  }

  /**
   * The plan's actions in id order, each naming its goals by their place in the document, with
   * their status reports in period order (3 queries). Without values: the open actions only, and no
   * reports (see {@link #exportStructure}).
   */
  private List<ActionEntry> actions(long planId, Map<Long, String> goalPlaces, boolean withValues) {
    List<PlanAction> actions =
        rows(
            "select distinct a from PlanAction a left join fetch a.goalIds"
                + " where a.planId = :plan order by a.id",
            PlanAction.class,
            planId);
    Map<Long, String> unitCodes = new HashMap<>();
    for (Object[] row :
        rows(
            "select a.id, u.code from PlanAction a, OrganisationUnit u"
                + " where u.id = a.responsibleUnitId and a.planId = :plan",
            Object[].class,
            planId)) {
      unitCodes.put((Long) row[0], (String) row[1]);
    }
    Map<Long, List<ActionReportEntry>> reports = new HashMap<>();
    Map<Long, ActionStatus> latest = new HashMap<>();
    for (Object[] row :
        rows(
            "select r, p.code from ActionStatusReport r, ReportingPeriod p"
                + " where p.id = r.periodId and r.planId = :plan order by p.asOf, p.id",
            Object[].class,
            planId)) {
      ActionStatusReport r = (ActionStatusReport) row[0];
      latest.put(r.actionId, r.status);
      reports
          .computeIfAbsent(r.actionId, k -> new ArrayList<>())
          .add(
              new ActionReportEntry(
                  (String) row[1], r.status, r.comment, r.recordedBy, r.recordedAt));
    }
    return actions.stream()
        .filter(a -> withValues || !FINISHED.contains(latest.get(a.id)))
        .map(
            a ->
                new ActionEntry(
                    a.kind,
                    a.title,
                    a.description,
                    new java.util.TreeSet<>(a.goalIds).stream().map(goalPlaces::get).toList(),
                    unitCodes.get(a.id),
                    a.responsiblePerson,
                    a.startDate,
                    a.endDate,
                    a.decisionReference,
                    withValues ? reports.get(a.id) : null))
        .toList();
  }

  /** What a revision leaves with the original: work that is done or given up. */
  private static final Set<ActionStatus> FINISHED =
      EnumSet.of(ActionStatus.COMPLETED, ActionStatus.CANCELLED);

  /** The plan's calendar and its assessments by node, in period order (2 queries). */
  private record Assessed(
      List<PeriodEntry> periods, Map<NodeKind, Map<Long, List<AssessmentEntry>>> byNode) {

    static final Assessed NONE = new Assessed(List.of(), Map.of());

    /** The node's assessments; null where it has none, so that the document leaves them out. */
    List<AssessmentEntry> of(NodeKind kind, long id) {
      return byNode.getOrDefault(kind, Map.of()).get(id);
    }
  }

  private Assessed assessed(long planId) {
    List<ReportingPeriod> periods =
        rows(
            "from ReportingPeriod p where p.planId = :plan order by p.asOf, p.id",
            ReportingPeriod.class,
            planId);
    Map<Long, Integer> order = new java.util.HashMap<>();
    Map<Long, String> codes = new java.util.HashMap<>();
    for (ReportingPeriod p : periods) {
      order.put(p.id, order.size());
      codes.put(p.id, p.code);
    }
    Map<NodeKind, Map<Long, List<AssessmentEntry>>> byNode =
        new java.util.EnumMap<>(NodeKind.class);
    rows("from Assessment a where a.planId = :plan", Assessment.class, planId).stream()
        .sorted(
            java.util.Comparator.comparing((Assessment a) -> order.get(a.periodId))
                .thenComparing(a -> a.id))
        .forEach(
            a ->
                byNode
                    .computeIfAbsent(a.nodeKind, k -> new java.util.HashMap<>())
                    .computeIfAbsent(a.nodeId, k -> new java.util.ArrayList<>())
                    .add(
                        new AssessmentEntry(
                            codes.get(a.periodId),
                            a.status,
                            a.outlook,
                            a.motivation,
                            a.analysis,
                            a.state,
                            a.recordedBy,
                            a.recordedAt)));
    return new Assessed(
        periods.stream()
            .map(
                p ->
                    new PeriodEntry(
                        p.year,
                        p.code,
                        p.label,
                        p.asOf,
                        p.deadline,
                        p.expectedKind,
                        p.expectsAssessments,
                        p.expectsAnalyses,
                        p.state))
            .toList(),
        byNode);
  }

  /** The plan's rows, each list keyed by the id of its parent (0 for the focus areas). */
  private record Rows(
      Map<Long, List<Goal>> goals,
      Map<Long, List<Indicator>> indicators,
      Map<Long, List<MeasurementPoint>> points,
      Map<Long, List<Target>> targets,
      Map<Long, List<Evaluation>> evaluations,
      Map<Long, List<ReferenceSeriesView>> references) {}

  /**
   * The goals beneath {@code parentId}, in order; each goal's place in the document ({@code
   * focusAreas[0].goals[1]}) goes into {@code places}, as the actions name them.
   */
  private List<GoalEntry> goals(
      Rows rows, Assessed assessed, long parentId, String list, Map<Long, String> places) {
    List<Goal> children = rows.goals().getOrDefault(parentId, List.of());
    List<GoalEntry> entries = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      Goal g = children.get(i);
      String place = list + "[" + i + "]";
      places.put(g.id, place);
      entries.add(
          new GoalEntry(
              g.title,
              g.description,
              rows.indicators().getOrDefault(g.id, List.of()).stream()
                  .map(ind -> indicator(rows, assessed, ind))
                  .toList(),
              goals(rows, assessed, g.id, place + ".goals", places),
              g.goalClass,
              g.goodFinancialManagement ? Boolean.TRUE : null,
              assessed.of(NodeKind.valueOf(g.kind.name()), g.id)));
    }
    return entries;
  }

  private IndicatorEntry indicator(Rows rows, Assessed assessed, Indicator indicator) {
    return new IndicatorEntry(
        indicator.title,
        indicator.description,
        List.copyOf(indicator.comparisons),
        indicator.owner,
        indicator.source,
        rows.points().getOrDefault(indicator.id, List.of()).stream()
            .map(p -> point(rows, p))
            .toList(),
        assessed.of(NodeKind.INDICATOR, indicator.id));
  }

  private PointEntry point(Rows rows, MeasurementPoint point) {
    return new PointEntry(
        point.label,
        point.group,
        point.valueType,
        point.unit,
        List.copyOf(point.scale),
        point.direction,
        point.measuredAsOf,
        rows.targets().getOrDefault(point.id, List.of()).stream()
            .map(
                t ->
                    new TargetEntry(
                        t.year,
                        t.comparator,
                        value(t.literal),
                        t.referenceYear,
                        t.previousYear,
                        t.written))
            .toList(),
        rows.evaluations().getOrDefault(point.id, List.of()).stream()
            .map(
                e ->
                    new EvaluationEntry(
                        e.year,
                        e.kind,
                        e.asOf,
                        value(e.value),
                        e.note,
                        e.periodLabel,
                        e.state,
                        e.recordedBy,
                        e.recordedAt))
            .toList(),
        rows.references().getOrDefault(point.id, List.of()).stream()
            .map(ReferenceSeriesService::asRequest)
            .toList());
  }

  private JsonNode value(StoredValue stored) {
    return json.valueToTree(stored == null ? null : stored.toJson());
  }

  private <T> List<T> rows(String hql, Class<T> type, long planId) {
    return em.createQuery(hql, type)
        .setParameter("plan", planId)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList();
  }

  private static <T> Map<Long, List<T>> byParent(List<T> rows, Function<T, Long> parent) {
    return rows.stream().collect(Collectors.groupingBy(parent, Collectors.toList()));
  }
}
