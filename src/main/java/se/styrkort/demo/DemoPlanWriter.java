package se.styrkort.demo;

import static se.styrkort.demo.DemoPlanDocument.orEmpty;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.styrkort.common.StoredValue;
import se.styrkort.demo.DemoPlanDocument.EvaluationEntry;
import se.styrkort.demo.DemoPlanDocument.FocusAreaEntry;
import se.styrkort.demo.DemoPlanDocument.GoalEntry;
import se.styrkort.demo.DemoPlanDocument.IndicatorEntry;
import se.styrkort.demo.DemoPlanDocument.PointEntry;
import se.styrkort.demo.DemoPlanDocument.TargetEntry;
import se.styrkort.evaluation.ChangeType;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.evaluation.EvaluationRevision;
import se.styrkort.fulfilment.PointRuleKind;
import se.styrkort.fulfilment.RollUpRuleKind;
import se.styrkort.fulfilment.Value;
import se.styrkort.goal.Goal;
import se.styrkort.goal.GoalKind;
import se.styrkort.indicator.Indicator;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.Target;

/**
 * Writes a demo plan document into the database in one transaction: a mistake anywhere in the file
 * (a value that does not fit its point, a target without a reference) rolls back every row, so a
 * half-loaded demo plan never exists and the next start tries again.
 */
@ApplicationScoped
@Transactional
public class DemoPlanWriter {

  /** What a load wrote, for the log. */
  public record Loaded(
      long planId,
      int focusAreas,
      int goals,
      int indicators,
      int measurementPoints,
      int targets,
      int evaluations) {}

  /** Writes the plan unless one with its name and organisation is there already. */
  public Optional<Loaded> writeIfAbsent(DemoPlanDocument document) {
    long existing =
        Plan.count("name = ?1 and organisation = ?2", document.name(), document.organisation());
    if (existing > 0) {
      return Optional.empty();
    }
    return Optional.of(new Run(document).write());
  }

  /** One load: the document, who recorded it, and the counts so far. */
  private static final class Run {
    private final DemoPlanDocument document;
    private final String recordedBy;
    private final Instant recordedAt = Instant.now();
    private int focusAreas;
    private int goals;
    private int indicators;
    private int points;
    private int targets;
    private int evaluations;

    Run(DemoPlanDocument document) {
      this.document = document;
      this.recordedBy = document.recordedBy() == null ? "demo" : document.recordedBy();
    }

    Loaded write() {
      Plan plan = new Plan();
      plan.name = document.name();
      plan.organisation = document.organisation();
      plan.organisationCode = document.organisationCode();
      plan.startYear = document.startYear();
      plan.endYear = document.endYear();
      plan.baselineYear = document.baselineYear();
      plan.status = document.status();
      plan.description = document.description();
      plan.pointRule = PointRuleKind.PROGRESS;
      plan.rollUpRule = RollUpRuleKind.UNANIMOUS;
      plan.persist();
      List<FocusAreaEntry> areas = orEmpty(document.focusAreas());
      for (int a = 0; a < areas.size(); a++) {
        FocusAreaEntry entry = areas.get(a);
        Goal area =
            goal(plan.id, null, GoalKind.FOCUS_AREA, entry.title(), entry.description(), a + 1);
        focusAreas++;
        List<GoalEntry> children = orEmpty(entry.goals());
        for (int g = 0; g < children.size(); g++) {
          writeGoal(
              plan.id, area.id, children.get(g), g + 1, "focusAreas[" + a + "].goals[" + g + "]");
        }
      }
      return new Loaded(plan.id, focusAreas, goals, indicators, points, targets, evaluations);
    }

    private void writeGoal(long planId, long parentId, GoalEntry entry, int position, String at) {
      Goal goal =
          goal(planId, parentId, GoalKind.GOAL, entry.title(), entry.description(), position);
      goals++;
      List<IndicatorEntry> entries = orEmpty(entry.indicators());
      for (int i = 0; i < entries.size(); i++) {
        IndicatorEntry source = entries.get(i);
        Indicator indicator = new Indicator();
        indicator.goalId = goal.id;
        indicator.title = source.title();
        indicator.description = source.description();
        indicator.position = i + 1;
        indicator.comparisons.addAll(orEmpty(source.comparisons()));
        indicator.owner = source.owner();
        indicator.source = source.source();
        indicator.persist();
        indicators++;
        List<PointEntry> rows = orEmpty(source.measurementPoints());
        for (int p = 0; p < rows.size(); p++) {
          writePoint(
              indicator.id,
              rows.get(p),
              p + 1,
              at + ".indicators[" + i + "].measurementPoints[" + p + "]");
        }
      }
    }

    private void writePoint(long indicatorId, PointEntry entry, int position, String at) {
      MeasurementPoint point = new MeasurementPoint();
      point.indicatorId = indicatorId;
      point.label = entry.label();
      point.group = entry.group();
      point.position = position;
      point.valueType = entry.valueType();
      point.unit = entry.unit();
      point.scale.addAll(orEmpty(entry.scale()));
      point.direction = entry.direction();
      point.measuredAsOf = entry.measuredAsOf();
      point.persist();
      points++;
      List<TargetEntry> yearTargets = orEmpty(entry.targets());
      for (int t = 0; t < yearTargets.size(); t++) {
        writeTarget(point, yearTargets.get(t), at + ".targets[" + t + "]");
      }
      List<EvaluationEntry> values = orEmpty(entry.evaluations());
      for (int e = 0; e < values.size(); e++) {
        writeEvaluation(point, values.get(e), at + ".evaluations[" + e + "]");
      }
    }

    private void writeTarget(MeasurementPoint point, TargetEntry entry, String at) {
      StoredValue literal = valueFor(point, entry.value(), at);
      int references =
          (literal.isEmpty() ? 0 : 1)
              + (entry.referenceYear() == null ? 0 : 1)
              + (entry.comparesWithPreviousYear() ? 1 : 0);
      if (references != 1) {
        throw invalid(at, "needs exactly one of value, referenceYear and previousYear");
      }
      if (entry.comparator() == null || !point.valueType.supports(entry.comparator())) {
        throw invalid(at, "comparator " + entry.comparator() + " does not suit " + point.valueType);
      }
      Target target = new Target();
      target.pointId = point.id;
      target.year = entry.year();
      target.comparator = entry.comparator();
      target.literal = literal;
      target.referenceYear = entry.referenceYear();
      target.previousYear = entry.comparesWithPreviousYear();
      target.written = entry.written();
      target.persist();
      targets++;
    }

    private void writeEvaluation(MeasurementPoint point, EvaluationEntry entry, String at) {
      StoredValue value = valueFor(point, entry.value(), at);
      if (value.isEmpty() && (entry.note() == null || entry.note().isBlank())) {
        throw invalid(at, "a follow-up value without a value needs a note");
      }
      if (entry.kind() == null || entry.asOf() == null) {
        throw invalid(at, "kind and asOf are required");
      }
      Evaluation evaluation = new Evaluation();
      evaluation.pointId = point.id;
      evaluation.year = entry.year();
      evaluation.kind = entry.kind();
      evaluation.asOf = entry.asOf();
      evaluation.value = value;
      evaluation.note = entry.note();
      evaluation.periodLabel = entry.periodLabel();
      evaluation.recordedBy = recordedBy;
      evaluation.recordedAt = recordedAt;
      evaluation.persist();
      // The history holds every version, the first one included.
      EvaluationRevision.of(evaluation, ChangeType.CREATED, recordedBy).persist();
      evaluations++;
    }

    private Goal goal(
        long planId, Long parentId, GoalKind kind, String title, String description, int position) {
      Goal goal = new Goal();
      goal.planId = planId;
      goal.parentId = parentId;
      goal.kind = kind;
      goal.title = title;
      goal.description = description;
      goal.position = position;
      goal.persist();
      return goal;
    }

    /** The stored form of a JSON value, refused where it does not fit the point's type. */
    private static StoredValue valueFor(MeasurementPoint point, JsonNode json, String at) {
      if (json == null || json.isNull()) {
        return new StoredValue();
      }
      Value value;
      if (json.isNumber()) {
        value = Value.numeric(json.decimalValue());
      } else if (json.isTextual()) {
        value = Value.level(json.textValue());
      } else if (json.isBoolean()) {
        value = Value.bool(json.booleanValue());
      } else {
        throw invalid(at, "value must be a number, a scale level or a boolean");
      }
      if (!value.fits(point.valueType, point.scale)) {
        throw invalid(at, "value " + value + " does not fit a " + point.valueType + " point");
      }
      return StoredValue.of(value);
    }

    private static IllegalStateException invalid(String at, String reason) {
      return new IllegalStateException("The demo plan file is invalid at " + at + ": " + reason);
    }
  }
}
