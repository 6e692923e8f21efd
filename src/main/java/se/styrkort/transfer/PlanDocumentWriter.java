package se.styrkort.transfer;

import static se.styrkort.transfer.PlanDocument.orEmpty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import se.styrkort.action.ActionService;
import se.styrkort.action.PlanAction;
import se.styrkort.assessment.AssessmentService;
import se.styrkort.common.DomainException;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.StoredValue;
import se.styrkort.evaluation.ChangeType;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.evaluation.EvaluationRevision;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.goal.Goal;
import se.styrkort.goal.GoalKind;
import se.styrkort.goal.GoalView;
import se.styrkort.history.ChangeLog;
import se.styrkort.history.ChangeLog.Creation;
import se.styrkort.history.EntityType;
import se.styrkort.indicator.Indicator;
import se.styrkort.indicator.IndicatorView;
import se.styrkort.organisation.OrganisationUnit;
import se.styrkort.period.PeriodState;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.period.ReportingPeriodService;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanStatus;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.MeasurementPointView;
import se.styrkort.point.PointValues;
import se.styrkort.point.Target;
import se.styrkort.point.TargetRules;
import se.styrkort.point.TargetView;
import se.styrkort.reference.ReferenceSeriesRequest;
import se.styrkort.reference.ReferenceSeriesService;
import se.styrkort.transfer.PlanDocument.ActionEntry;
import se.styrkort.transfer.PlanDocument.ActionReportEntry;
import se.styrkort.transfer.PlanDocument.AssessmentEntry;
import se.styrkort.transfer.PlanDocument.EvaluationEntry;
import se.styrkort.transfer.PlanDocument.GoalEntry;
import se.styrkort.transfer.PlanDocument.IndicatorEntry;
import se.styrkort.transfer.PlanDocument.PeriodEntry;
import se.styrkort.transfer.PlanDocument.PointEntry;
import se.styrkort.transfer.PlanDocument.TargetEntry;

/**
 * Writes a plan document as a new plan, in one transaction. The whole document is checked first and
 * every problem is reported at once; only a document without any is written, so a half-written plan
 * never exists.
 */
@ApplicationScoped
@Transactional
public class PlanDocumentWriter {

  /**
   * Who imported a document through the API, in the history of what it created; also who recorded
   * the values when neither the value nor the document says.
   */
  public static final String IMPORTED_BY = "import";

  @Inject Validator validator;
  @Inject ChangeLog history;
  @Inject ReferenceSeriesService references;

  /**
   * Who imports a document through the API, and which approval states they could give a value by
   * the ordinary operations. An import creates nothing they could not: the plan is a DRAFT, each
   * value is recorded by them, now, and keeps its state only when they may give it (else the
   * highest state below it that they may).
   *
   * @param identity who imports: recordedBy of every value, changedBy of every history record
   * @param mayCreate whether the importer may give a value or assessment this state (DRAFT always)
   * @param closesPeriods whether the importer may close a reporting period
   */
  public record Importer(
      String identity, Predicate<EvaluationState> mayCreate, BooleanSupplier closesPeriods) {

    /** Whether the importer may close a reporting period (approver). */
    boolean mayClose() {
      return closesPeriods.getAsBoolean();
    }

    /** The state a value of the document gets: its own if allowed, else the highest below it. */
    EvaluationState allowed(EvaluationState wanted) {
      EvaluationState[] states = EvaluationState.values();
      for (int i = wanted.ordinal(); i > 0; i--) {
        if (mayCreate.test(states[i])) {
          return states[i];
        }
      }
      return EvaluationState.DRAFT;
    }
  }

  /**
   * Writes a document imported through the API as a new plan, as {@code importer} could have built
   * it by the ordinary operations: see {@link Importer}. What the document asked for and did not
   * get is said in the result's notes.
   */
  public PlanImportResult importDocument(PlanDocument document, Importer importer) {
    return write(document, importer.identity(), importer);
  }

  /**
   * Writes the document as a new plan, as it is (states, authors and times included): for the
   * service's own documents (the demo plan, a revision's copy), never for a caller's. Every problem
   * in it is a field of one refusal. Each goal, indicator, point and target gets a CREATED record
   * in the history, by {@code createdBy}.
   */
  public PlanImportResult write(PlanDocument document, String createdBy) {
    return write(document, createdBy, null);
  }

  private PlanImportResult write(PlanDocument document, String createdBy, Importer importer) {
    List<FieldError> problems = PlanDocumentCheck.problems(document, validator);
    if (!problems.isEmpty()) {
      throw DomainException.invalid(problems);
    }
    Run run = new Run(document, references, importer);
    PlanImportResult result = run.write();
    // Written last and together: a fixed number of statements, whatever the plan's size.
    history.recordCreated(run.created, createdBy);
    EvaluationRevision.persistAll(run.revisions);
    return result;
  }

  /** Writes the plan unless one with its name and organisation is there already (demo data). */
  public Optional<PlanImportResult> writeIfAbsent(PlanDocument document, String createdBy) {
    long existing =
        Plan.count("name = ?1 and organisation = ?2", document.name(), document.organisation());
    return existing > 0 ? Optional.empty() : Optional.of(write(document, createdBy));
  }

  /** One write: the document, its defaults and the counts so far. */
  private static final class Run {
    private final PlanDocument document;
    private final ReferenceSeriesService references;
    private final String recordedBy;
    private final Importer importer;

    /** "APPROVED, kept as SUBMITTED" → how many values. */
    private final Map<String, Integer> downgraded = new LinkedHashMap<>();

    /** The same for assessments. */
    private final Map<String, Integer> downgradedAssessments = new LinkedHashMap<>();

    /** The plan's periods by code, as written (open until the assessments are in). */
    private final Map<String, ReportingPeriod> periods = new LinkedHashMap<>();

    private int assessments;

    /** Each goal's id by its place in the document (focusAreas[0].goals[1]), as actions name it. */
    private final Map<String, Long> goalsByPlace = new HashMap<>();

    private int actions;
    private int actionReports;

    private final Instant now = Instant.now();
    private final List<Creation> created = new ArrayList<>();
    private final List<EvaluationRevision> revisions = new ArrayList<>();
    private long planId;
    private int focusAreas;
    private int goals;
    private int indicators;
    private int points;
    private int targets;
    private int evaluations;

    Run(PlanDocument document, ReferenceSeriesService references, Importer importer) {
      this.document = document;
      this.references = references;
      this.importer = importer;
      this.recordedBy =
          importer != null
              ? importer.identity()
              : document.recordedBy() == null ? IMPORTED_BY : document.recordedBy();
    }

    PlanImportResult write() {
      Plan plan = DocumentEntities.planOf(document);
      List<String> notes = new ArrayList<>();
      if (importer != null && plan.status != PlanStatus.DRAFT) {
        notes.add(
            "The document's status "
                + plan.status
                + " was not kept: an imported plan is a DRAFT; adopt it with POST"
                + " /api/v1/plans/{planId}/adoption.");
        plan.status = PlanStatus.DRAFT;
      }
      plan.persist();
      planId = plan.id;
      for (PeriodEntry entry : orEmpty(document.reportingPeriods())) {
        periods.put(
            entry.code().strip(),
            ReportingPeriodService.writeImported(plan.id, entry.request(), recordedBy));
      }
      writeAssessments(NodeKind.PLAN, plan.id, document.assessments());
      List<GoalEntry> areas = orEmpty(document.focusAreas());
      for (int a = 0; a < areas.size(); a++) {
        writeGoal(plan.id, null, areas.get(a), a + 1, "focusAreas[" + a + "]");
      }
      writeActions(notes);
      closePeriods(notes);
      downgraded.forEach(
          (change, count) ->
              notes.add(
                  count
                      + (count == 1 ? " follow-up value was " : " follow-up values were ")
                      + change
                      + ": the importer does not hold the role that gives the first state."));
      downgradedAssessments.forEach(
          (change, count) ->
              notes.add(
                  count
                      + (count == 1 ? " assessment was " : " assessments were ")
                      + change
                      + ": the importer does not hold the role that gives the first state."));
      if (importer != null && assessments > 0) {
        notes.add(
            "Every assessment is recorded by "
                + importer.identity()
                + " at the time of the import; the document's recordedBy and recordedAt were not"
                + " kept.");
      }
      if (importer != null && actionReports > 0) {
        notes.add(
            "Every action status report is recorded by "
                + importer.identity()
                + " at the time of the import; the document's recordedBy and recordedAt were not"
                + " kept.");
      }
      if (importer != null && evaluations > 0) {
        notes.add(
            "Every follow-up value is recorded by "
                + importer.identity()
                + " at the time of the import; the document's recordedBy and recordedAt were not"
                + " kept.");
      }
      int downgradedCount = downgraded.values().stream().mapToInt(Integer::intValue).sum();
      return new PlanImportResult(
          plan.id,
          plan.version,
          plan.status,
          focusAreas,
          goals,
          indicators,
          points,
          targets,
          evaluations,
          downgradedCount,
          periods.size(),
          assessments,
          downgradedAssessments.values().stream().mapToInt(Integer::intValue).sum(),
          actions,
          actionReports,
          notes);
    }

    /**
     * Closes the periods the document says are closed, once their assessments are in: as the
     * importer, now, and only when the importer may close a period (approver); else they stay open.
     */
    private void closePeriods(List<String> notes) {
      List<String> leftOpen = new ArrayList<>();
      for (PeriodEntry entry : orEmpty(document.reportingPeriods())) {
        if (entry.state() != PeriodState.CLOSED) {
          continue;
        }
        if (importer == null || importer.mayClose()) {
          ReportingPeriodService.closeImported(periods.get(entry.code().strip()), recordedBy);
        } else {
          leftOpen.add(entry.code().strip());
        }
      }
      if (!leftOpen.isEmpty()) {
        notes.add(
            "The reporting periods "
                + String.join(", ", leftOpen)
                + " were CLOSED in the document and are OPEN here: closing a period takes the"
                + " approver role.");
      }
    }

    /** The node's assessments, as the importer could have written them (see {@link Importer}). */
    private void writeAssessments(NodeKind kind, long nodeId, List<AssessmentEntry> entries) {
      for (AssessmentEntry entry : orEmpty(entries)) {
        EvaluationState wanted = entry.state() == null ? EvaluationState.DRAFT : entry.state();
        EvaluationState state = wanted;
        String by = recordedBy;
        Instant at = now;
        if (importer == null) {
          by = entry.recordedBy() == null ? recordedBy : entry.recordedBy();
          at = entry.recordedAt() == null ? now : entry.recordedAt();
        } else {
          state = importer.allowed(wanted);
          if (state != wanted) {
            downgradedAssessments.merge(wanted + ", kept as " + state, 1, Integer::sum);
          }
        }
        AssessmentService.writeImported(
            periods.get(entry.period().strip()), kind, nodeId, entry.fields(), state, by, at);
        assessments++;
      }
    }

    /**
     * The actions, after the goals they name: each with its goals, and the responsible unit when
     * its code names a unit here; its status reports as the importer could have written them (by
     * the importer, now), before the periods close.
     */
    private void writeActions(List<String> notes) {
      List<ActionEntry> entries = orEmpty(document.actions());
      Map<String, Long> units = unitsByCode(entries);
      java.util.Set<String> unknownUnits = new java.util.TreeSet<>();
      for (ActionEntry entry : entries) {
        PlanAction action = new PlanAction();
        action.planId = planId;
        action.kind = entry.kind();
        action.title = DocumentEntities.strip(entry.title());
        action.description = blank(entry.description()) ? null : entry.description();
        entry.goals().forEach(place -> action.goalIds.add(goalsByPlace.get(place.strip())));
        String code = DocumentEntities.strip(entry.responsibleUnitCode());
        if (!blank(code)) {
          action.responsibleUnitId = units.get(code);
          if (action.responsibleUnitId == null) {
            unknownUnits.add(code);
          }
        }
        action.responsiblePerson =
            blank(entry.responsiblePerson()) ? null : entry.responsiblePerson().strip();
        action.startDate = entry.startDate();
        action.endDate = entry.endDate();
        action.decisionReference =
            blank(entry.decisionReference()) ? null : entry.decisionReference();
        action.persist();
        created.add(
            new Creation(
                EntityType.ACTION,
                action.id,
                planId,
                null,
                action.version,
                ActionService.recordedView(action)));
        actions++;
        for (ActionReportEntry report : orEmpty(entry.statusReports())) {
          boolean asWritten = importer == null;
          ActionService.writeImported(
              periods.get(report.period().strip()),
              action.id,
              report.status(),
              report.comment(),
              asWritten && report.recordedBy() != null ? report.recordedBy() : recordedBy,
              asWritten && report.recordedAt() != null ? report.recordedAt() : now);
          actionReports++;
        }
      }
      if (!unknownUnits.isEmpty()) {
        notes.add(
            "No organisation unit here has the code "
                + String.join(", ", unknownUnits)
                + ": the actions naming it were written without a responsible unit.");
      }
    }

    /** The units the actions name, by code (one statement, none without codes). */
    private static Map<String, Long> unitsByCode(List<ActionEntry> entries) {
      List<String> codes =
          entries.stream()
              .map(e -> DocumentEntities.strip(e.responsibleUnitCode()))
              .filter(c -> !blank(c))
              .distinct()
              .toList();
      Map<String, Long> units = new HashMap<>();
      if (!codes.isEmpty()) {
        OrganisationUnit.<OrganisationUnit>list("code in ?1", codes)
            .forEach(u -> units.put(u.code, u.id));
      }
      return units;
    }

    private static boolean blank(String text) {
      return text == null || text.isBlank();
    }

    private void writeGoal(
        long planId, Long parentId, GoalEntry entry, int position, String place) {
      Goal goal = new Goal();
      goal.planId = planId;
      goal.parentId = parentId;
      goal.kind = parentId == null ? GoalKind.FOCUS_AREA : GoalKind.GOAL;
      goal.title = DocumentEntities.strip(entry.title());
      goal.description = entry.description();
      goal.position = position;
      goal.goalClass = entry.goalClass();
      goal.goodFinancialManagement = Boolean.TRUE.equals(entry.goodFinancialManagement());
      goal.persist();
      goalsByPlace.put(place, goal.id);
      created.add(
          new Creation(EntityType.GOAL, goal.id, planId, null, goal.version, GoalView.from(goal)));
      if (parentId == null) {
        focusAreas++;
      } else {
        goals++;
      }
      writeAssessments(NodeKind.valueOf(goal.kind.name()), goal.id, entry.assessments());
      List<IndicatorEntry> served = orEmpty(entry.indicators());
      for (int i = 0; i < served.size(); i++) {
        writeIndicator(goal.id, served.get(i), i + 1);
      }
      List<GoalEntry> children = orEmpty(entry.goals());
      for (int g = 0; g < children.size(); g++) {
        writeGoal(planId, goal.id, children.get(g), g + 1, place + ".goals[" + g + "]");
      }
    }

    private void writeIndicator(long goalId, IndicatorEntry entry, int position) {
      Indicator indicator = new Indicator();
      indicator.goalId = goalId;
      indicator.title = DocumentEntities.strip(entry.title());
      indicator.description = entry.description();
      indicator.position = position;
      // A repeated level counts once, as with PUT /indicators/{id}.
      orEmpty(entry.comparisons()).stream().distinct().forEach(indicator.comparisons::add);
      indicator.owner = entry.owner();
      indicator.source = entry.source();
      indicator.persist();
      created.add(
          new Creation(
              EntityType.INDICATOR,
              indicator.id,
              planId,
              null,
              indicator.version,
              IndicatorView.from(indicator, planId)));
      indicators++;
      writeAssessments(NodeKind.INDICATOR, indicator.id, entry.assessments());
      List<PointEntry> rows = orEmpty(entry.measurementPoints());
      for (int p = 0; p < rows.size(); p++) {
        writePoint(indicator.id, rows.get(p), p + 1);
      }
    }

    private void writePoint(long indicatorId, PointEntry entry, int position) {
      MeasurementPoint point = DocumentEntities.pointOf(entry);
      point.indicatorId = indicatorId;
      point.position = position;
      point.persist();
      points++;
      List<Target> written = new ArrayList<>();
      for (TargetEntry entryTarget : orEmpty(entry.targets())) {
        Target target = new Target();
        target.pointId = point.id;
        target.year = entryTarget.year();
        TargetRules.apply(DocumentEntities.requestOf(entryTarget), target);
        target.persist();
        written.add(target);
        targets++;
      }
      // As POST /indicators/{id}/measurement-points records them: the point with its targets,
      // then each target.
      created.add(
          new Creation(
              EntityType.MEASUREMENT_POINT,
              point.id,
              planId,
              point.id,
              point.version,
              MeasurementPointView.from(point, written)));
      for (Target target : written) {
        created.add(
            new Creation(
                EntityType.TARGET,
                target.id,
                planId,
                point.id,
                target.version,
                TargetView.from(target)));
      }
      for (EvaluationEntry entryValue : orEmpty(entry.evaluations())) {
        writeEvaluation(point.id, entryValue);
        evaluations++;
      }
      for (ReferenceSeriesRequest series : orEmpty(entry.referenceSeries())) {
        references.writeChecked(point.id, series);
      }
    }

    private void writeEvaluation(long pointId, EvaluationEntry entry) {
      Evaluation evaluation = new Evaluation();
      evaluation.pointId = pointId;
      evaluation.year = entry.year();
      evaluation.kind = entry.kind();
      evaluation.asOf = entry.asOf();
      evaluation.value = StoredValue.of(PointValues.toValue(entry.value()));
      evaluation.note = entry.note() == null || entry.note().isBlank() ? null : entry.note();
      evaluation.periodLabel =
          entry.periodLabel() == null || entry.periodLabel().isBlank()
              ? null
              : entry.periodLabel().strip();
      EvaluationState wanted = entry.state() == null ? EvaluationState.DRAFT : entry.state();
      if (importer == null) {
        evaluation.recordedBy = entry.recordedBy() == null ? recordedBy : entry.recordedBy();
        evaluation.recordedAt = entry.recordedAt() == null ? now : entry.recordedAt();
        evaluation.state = wanted;
      } else {
        evaluation.recordedBy = recordedBy;
        evaluation.recordedAt = now;
        evaluation.state = importer.allowed(wanted);
        if (evaluation.state != wanted) {
          downgraded.merge(wanted + ", kept as " + evaluation.state, 1, Integer::sum);
        }
      }
      evaluation.persist();
      // The history holds every version, the first one included.
      revisions.add(EvaluationRevision.of(evaluation, ChangeType.CREATED, evaluation.recordedBy));
    }
  }
}
