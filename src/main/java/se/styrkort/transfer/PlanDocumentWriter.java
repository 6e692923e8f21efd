package se.styrkort.transfer;

import static se.styrkort.transfer.PlanDocument.orEmpty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.styrkort.common.DomainException;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.common.StoredValue;
import se.styrkort.evaluation.ChangeType;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.evaluation.EvaluationRevision;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.goal.Goal;
import se.styrkort.goal.GoalKind;
import se.styrkort.goal.GoalView;
import se.styrkort.history.ChangeLog;
import se.styrkort.history.ChangeLog.Creation;
import se.styrkort.history.EntityType;
import se.styrkort.indicator.Indicator;
import se.styrkort.indicator.IndicatorView;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.MeasurementPointView;
import se.styrkort.point.PointValues;
import se.styrkort.point.Target;
import se.styrkort.point.TargetRules;
import se.styrkort.point.TargetView;
import se.styrkort.reference.ReferenceSeriesRequest;
import se.styrkort.reference.ReferenceSeriesService;
import se.styrkort.transfer.PlanDocument.EvaluationEntry;
import se.styrkort.transfer.PlanDocument.GoalEntry;
import se.styrkort.transfer.PlanDocument.IndicatorEntry;
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
   * Writes the document as a new plan; every problem in it is a field of one refusal. Each goal,
   * indicator, point and target gets a CREATED record in the history, by {@code createdBy}.
   */
  public PlanImportResult write(PlanDocument document, String createdBy) {
    List<FieldError> problems = PlanDocumentCheck.problems(document, validator);
    if (!problems.isEmpty()) {
      throw DomainException.invalid(problems);
    }
    Run run = new Run(document, references);
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

    Run(PlanDocument document, ReferenceSeriesService references) {
      this.document = document;
      this.references = references;
      this.recordedBy = document.recordedBy() == null ? IMPORTED_BY : document.recordedBy();
    }

    PlanImportResult write() {
      Plan plan = DocumentEntities.planOf(document);
      plan.persist();
      planId = plan.id;
      List<GoalEntry> areas = orEmpty(document.focusAreas());
      for (int a = 0; a < areas.size(); a++) {
        writeGoal(plan.id, null, areas.get(a), a + 1);
      }
      return new PlanImportResult(
          plan.id, plan.version, focusAreas, goals, indicators, points, targets, evaluations);
    }

    private void writeGoal(long planId, Long parentId, GoalEntry entry, int position) {
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
      created.add(
          new Creation(EntityType.GOAL, goal.id, planId, null, goal.version, GoalView.from(goal)));
      if (parentId == null) {
        focusAreas++;
      } else {
        goals++;
      }
      List<IndicatorEntry> served = orEmpty(entry.indicators());
      for (int i = 0; i < served.size(); i++) {
        writeIndicator(goal.id, served.get(i), i + 1);
      }
      List<GoalEntry> children = orEmpty(entry.goals());
      for (int g = 0; g < children.size(); g++) {
        writeGoal(planId, goal.id, children.get(g), g + 1);
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
      evaluation.recordedBy = entry.recordedBy() == null ? recordedBy : entry.recordedBy();
      evaluation.recordedAt = entry.recordedAt() == null ? now : entry.recordedAt();
      evaluation.state = entry.state() == null ? EvaluationState.DRAFT : entry.state();
      evaluation.persist();
      // The history holds every version, the first one included.
      revisions.add(EvaluationRevision.of(evaluation, ChangeType.CREATED, evaluation.recordedBy));
    }
  }
}
