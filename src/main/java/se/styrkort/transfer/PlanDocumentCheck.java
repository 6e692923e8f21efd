package se.styrkort.transfer;

import static se.styrkort.transfer.PlanDocument.orEmpty;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styrkort.assessment.AssessmentService;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.evaluation.EvaluationService;
import se.styrkort.period.ReportingPeriodService;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanService;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.PointDefinition;
import se.styrkort.point.PointValues;
import se.styrkort.point.TargetRules;
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
 * Every reason a plan document cannot be written, each named by its place in the document ({@code
 * focusAreas[1].goals[0].indicators[2].measurementPoints[0].targets[0].value}), found before a
 * single row is written. The rules are the single-resource ones: the field limits of the records,
 * the point's definition ({@link PointDefinition}), targets ({@link TargetRules}) and values
 * ({@link PointValues}).
 */
final class PlanDocumentCheck {

  private final Validator validator;
  private final List<FieldError> errors = new ArrayList<>();

  /** The document's periods by code, as the assessments name them. */
  private final Map<String, PeriodEntry> periods = new HashMap<>();

  /** The places of the document's focus areas and goals (focusAreas[0].goals[1]). */
  private final Set<String> goalPlaces = new HashSet<>();

  private PlanDocumentCheck(Validator validator) {
    this.validator = validator;
  }

  /**
   * Every problem of the document: the field limits first, then the rules that span fields in
   * document order. Empty when it can be written.
   */
  static List<FieldError> problems(PlanDocument document, Validator validator) {
    PlanDocumentCheck check = new PlanDocumentCheck(validator);
    check.fieldLimits(document);
    check.plan(document);
    return check.errors;
  }

  /** The Bean Validation limits on the records, with paths as the document spells them. */
  private void fieldLimits(PlanDocument document) {
    validator.validate(document).stream()
        .map(v -> new FieldError(pathOf(v), v.getMessage()))
        .sorted(Comparator.comparing(FieldError::field))
        .forEach(errors::add);
  }

  private void plan(PlanDocument document) {
    if (document.formatVersion() != null
        && document.formatVersion() != PlanDocument.FORMAT_VERSION) {
      errors.add(
          new FieldError(
              "formatVersion",
              "must be " + PlanDocument.FORMAT_VERSION + ", the format read here"));
    }
    if (document.startYear() == null || document.endYear() == null) {
      return; // Reported by the field limits; no year can be judged without the plan's years.
    }
    errors.addAll(
        PlanService.yearProblems(
            document.startYear(), document.endYear(), document.baselineYear()));
    if (document.fulfilmentRule() != null) {
      errors.addAll(document.fulfilmentRule().problems());
    }
    Plan plan = DocumentEntities.planOf(document);
    periods(plan, orEmpty(document.reportingPeriods()));
    assessments(document.assessments(), "assessments");
    List<GoalEntry> areas = orEmpty(document.focusAreas());
    for (int a = 0; a < areas.size(); a++) {
      goal(plan, areas.get(a), "focusAreas[" + a + "]");
    }
    actions(orEmpty(document.actions()));
  }

  /**
   * The rules of POST .../actions and PUT .../status-reports/{periodId}: each goal named is a focus
   * area or goal of the document, the end not before the start, a report names a period of the
   * document, one per period.
   */
  private void actions(List<ActionEntry> entries) {
    for (int a = 0; a < entries.size(); a++) {
      ActionEntry entry = entries.get(a);
      String prefix = "actions[" + a + "].";
      if (entry == null) {
        continue;
      }
      List<String> goals = orEmpty(entry.goals());
      for (int g = 0; g < goals.size(); g++) {
        String place = goals.get(g);
        if (place != null && !place.isBlank() && !goalPlaces.contains(place.strip())) {
          errors.add(
              new FieldError(
                  prefix + "goals[" + g + "]",
                  "names no focus area or goal of the document (as focusAreas[0].goals[1])"));
        }
      }
      if (entry.startDate() != null
          && entry.endDate() != null
          && entry.endDate().isBefore(entry.startDate())) {
        errors.add(new FieldError(prefix + "endDate", "must not be before startDate"));
      }
      Set<String> seen = new HashSet<>();
      List<ActionReportEntry> reports = orEmpty(entry.statusReports());
      for (int r = 0; r < reports.size(); r++) {
        ActionReportEntry report = reports.get(r);
        if (report == null || report.period() == null || report.period().isBlank()) {
          continue; // the field limits name it
        }
        String code = report.period().strip();
        String at = prefix + "statusReports[" + r + "].period";
        if (!periods.containsKey(code)) {
          errors.add(new FieldError(at, "names no period of reportingPeriods"));
        } else if (!seen.add(code)) {
          errors.add(new FieldError(at, "repeats " + code + ": one per period"));
        }
      }
    }
  }

  /** The rules of POST .../reporting-periods: within the plan's years, code and date unique. */
  private void periods(Plan plan, List<PeriodEntry> entries) {
    Set<String> dates = new HashSet<>();
    for (int p = 0; p < entries.size(); p++) {
      PeriodEntry entry = entries.get(p);
      String prefix = "reportingPeriods[" + p + "].";
      if (entry == null
          || entry.year() == null
          || entry.code() == null
          || entry.asOf() == null
          || entry.deadline() == null) {
        continue; // the field limits name it
      }
      ReportingPeriodService.problems(entry.request(), plan)
          .forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
      if (periods.put(entry.code().strip(), entry) != null) {
        errors.add(new FieldError(prefix + "code", "repeats " + entry.code().strip()));
      }
      if (!dates.add(entry.asOf().toString())) {
        errors.add(new FieldError(prefix + "asOf", "repeats another period's " + entry.asOf()));
      }
    }
  }

  /** Each names a period of the document, one per period, an outlook only at interim ones. */
  private void assessments(List<AssessmentEntry> entries, String at) {
    Set<String> seen = new HashSet<>();
    List<AssessmentEntry> list = orEmpty(entries);
    for (int i = 0; i < list.size(); i++) {
      AssessmentEntry entry = list.get(i);
      String prefix = at + "[" + i + "].";
      if (entry == null || entry.period() == null || entry.period().isBlank()) {
        continue; // the field limits name it
      }
      String code = entry.period().strip();
      PeriodEntry period = periods.get(code);
      if (period == null) {
        errors.add(new FieldError(prefix + "period", "names no period of reportingPeriods"));
        continue;
      }
      if (!seen.add(code)) {
        errors.add(new FieldError(prefix + "period", "repeats " + code + ": one per period"));
      }
      AssessmentService.outlookProblem(period.expectedKind(), period.label(), entry.outlook())
          .ifPresent(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
    }
  }

  private void goal(Plan plan, GoalEntry goal, String at) {
    if (goal == null) {
      return;
    }
    goalPlaces.add(at);
    assessments(goal.assessments(), at + ".assessments");
    List<IndicatorEntry> indicators = orEmpty(goal.indicators());
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorEntry indicator = indicators.get(i);
      if (indicator != null) {
        assessments(indicator.assessments(), at + ".indicators[" + i + "].assessments");
      }
      List<PointEntry> points =
          indicator == null ? List.of() : orEmpty(indicator.measurementPoints());
      for (int p = 0; p < points.size(); p++) {
        point(plan, points.get(p), at + ".indicators[" + i + "].measurementPoints[" + p + "]");
      }
    }
    List<GoalEntry> children = orEmpty(goal.goals());
    for (int g = 0; g < children.size(); g++) {
      goal(plan, children.get(g), at + ".goals[" + g + "]");
    }
  }

  private void point(Plan plan, PointEntry entry, String at) {
    if (entry == null || entry.valueType() == null) {
      return; // Without a type nothing below it can be judged; the field limits name the gap.
    }
    PointDefinition.check(DocumentEntities.definitionOf(entry))
        .forEach(e -> errors.add(new FieldError(at + "." + e.field(), e.message())));
    MeasurementPoint point = DocumentEntities.pointOf(entry);
    List<TargetEntry> targets = orEmpty(entry.targets());
    Set<Integer> years = new HashSet<>();
    for (int t = 0; t < targets.size(); t++) {
      TargetEntry target = targets.get(t);
      String prefix = at + ".targets[" + t + "].";
      if (target == null || target.year() == null) {
        continue;
      }
      if (!years.add(target.year())) {
        errors.add(
            new FieldError(prefix + "year", "repeats " + target.year() + ": one target per year"));
      }
      errors.addAll(
          TargetRules.check(
              prefix, target.year(), DocumentEntities.requestOf(target), point, plan));
    }
    List<EvaluationEntry> evaluations = orEmpty(entry.evaluations());
    Set<String> keys = new HashSet<>();
    for (int e = 0; e < evaluations.size(); e++) {
      evaluation(plan, point, evaluations.get(e), at + ".evaluations[" + e + "].", keys);
    }
    List<ReferenceSeriesRequest> series = orEmpty(entry.referenceSeries());
    Set<String> labels = new HashSet<>();
    for (int r = 0; r < series.size(); r++) {
      ReferenceSeriesRequest request = series.get(r);
      String prefix = at + ".referenceSeries[" + r + "].";
      if (request == null || request.level() == null || request.label() == null) {
        continue; // the field limits name it
      }
      ReferenceSeriesService.problems(request, plan)
          .forEach(p -> errors.add(new FieldError(prefix + p.field(), p.message())));
      if (!labels.add(request.level() + " " + request.label().strip())) {
        errors.add(
            new FieldError(
                prefix + "label",
                "repeats the " + request.level() + " series \"" + request.label().strip() + "\""));
      }
    }
  }

  /** The rules of POST /measurement-points/{pointId}/evaluations, and its unique key. */
  private void evaluation(
      Plan plan, MeasurementPoint point, EvaluationEntry entry, String prefix, Set<String> keys) {
    if (entry == null || entry.year() == null) {
      return;
    }
    int year = entry.year();
    LocalDate asOf = entry.asOf();
    EvaluationService.problems(year, asOf, entry.value(), entry.note(), point, plan)
        .forEach(
            problem -> errors.add(new FieldError(prefix + problem.field(), problem.message())));
    if (entry.kind() != null && asOf != null && !keys.add(year + " " + entry.kind() + " " + asOf)) {
      errors.add(
          new FieldError(
              prefix + "asOf",
              "repeats a " + entry.kind() + " for " + year + " as of " + asOf + " of this point"));
    }
  }

  /** focusAreas[1].goals[0].title: an element's index belongs to its container. */
  private static String pathOf(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getIndex() != null) {
        path.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        path.append(path.length() == 0 ? "" : ".").append(node.getName());
      }
    }
    return path.toString();
  }
}
