package se.styrkort.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.assessment.NodeAssessments;
import se.styrkort.common.StoredValue;
import se.styrkort.fulfilment.FulfilmentReport;
import se.styrkort.fulfilment.NodeResult;
import se.styrkort.fulfilment.Observation;
import se.styrkort.fulfilment.PointResult;
import se.styrkort.fulfilment.Reason;
import se.styrkort.fulfilment.ResolvedTarget;
import se.styrkort.fulfilment.StatusCounts;
import se.styrkort.fulfilment.Value;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.reference.ReferenceComparison;
import se.styrkort.reference.ReferenceSeriesView;
import se.styrkort.report.FulfilmentLoader.LoadedTarget;
import se.styrkort.report.FulfilmentViews.NodeFulfilment;
import se.styrkort.report.FulfilmentViews.ObservationView;
import se.styrkort.report.FulfilmentViews.PointFulfilment;
import se.styrkort.report.FulfilmentViews.RuleInForce;
import se.styrkort.report.FulfilmentViews.StatusCountsView;
import se.styrkort.report.FulfilmentViews.TargetUsed;
import se.styrkort.report.FulfilmentViews.TreeFulfilment;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.Vocabulary;

/** Turns the core's results into the API's views, naming every node and point. */
final class FulfilmentMapper {

  private final Plan plan;
  private final FulfilmentService.Structure structure;
  private final Map<Long, MeasurementPoint> points;
  private final Map<Long, List<LoadedTarget>> targets;
  private final Map<Long, List<ReferenceSeriesView>> references;
  private final NodeAssessments.ByNode assessments;
  private final Language language;
  private final Map<se.styrkort.action.PlanAction, se.styrkort.action.ActionStatus> actions;

  FulfilmentMapper(
      Plan plan,
      FulfilmentService.Structure structure,
      Map<Long, List<MeasurementPoint>> pointsByIndicator,
      Map<Long, List<LoadedTarget>> targets,
      Map<Long, List<ReferenceSeriesView>> references,
      NodeAssessments.ByNode assessments,
      Map<se.styrkort.action.PlanAction, se.styrkort.action.ActionStatus> actions,
      Language language) {
    this.actions = actions;
    this.references = references;
    this.assessments = assessments;
    this.language = language;
    this.plan = plan;
    this.structure = structure;
    this.points =
        pointsByIndicator.values().stream()
            .flatMap(List::stream)
            .collect(Collectors.toMap(point -> point.id, point -> point));
    this.targets = targets;
  }

  TreeFulfilment tree(FulfilmentReport report) {
    return new TreeFulfilment(
        plan.id,
        plan.name,
        report.year(),
        report.basis(),
        report.approvedOnly(),
        report.baselineYear(),
        RuleInForce.of(report.rule()),
        node(report.root()));
  }

  private NodeFulfilment node(NodeResult node) {
    String title =
        switch (node.kind()) {
          case PLAN -> plan.name;
          case INDICATOR -> structure.indicators.get(node.id()).title;
          case FOCUS_AREA, GOAL -> structure.goals.get(node.id()).title;
        };
    NodeAssessments.Row assessed = assessments.of(node.kind(), node.id());
    return new NodeFulfilment(
        node.kind(),
        Vocabulary.text(node.kind(), language),
        node.id(),
        title,
        node.status(),
        Vocabulary.text(node.status(), language),
        reasonText(node.reason(), language),
        node.reason() == null ? null : node.reason().code(),
        node.reason() == null ? null : node.reason().parameters(),
        assessed == null ? null : NodeAssessment.of(assessed, language),
        assessed == null ? null : assessed.status().deviatesFrom(node.status()),
        node.countedAs(),
        counts(node.counts()),
        node.shareFulfilled(),
        actions == null
            ? null
            : switch (node.kind()) {
              case PLAN -> se.styrkort.action.ActionCounts.of(actions.values());
              case INDICATOR -> null;
              case FOCUS_AREA, GOAL ->
                  se.styrkort.action.ActionService.count(actions, structure.goalsWithin(node.id()));
            },
        node.children().stream().map(this::node).toList(),
        node.points().stream()
            .map(
                result ->
                    point(
                        result,
                        points.get(result.pointId()),
                        written(result),
                        references.getOrDefault(result.pointId(), List.of()),
                        language))
            .toList());
  }

  static String reasonText(Reason reason, Language language) {
    if (reason == null) {
      return null;
    }
    return language == Language.sv ? reason.swedish() : reason.text();
  }

  private String written(PointResult result) {
    return targets.getOrDefault(result.pointId(), List.of()).stream()
        .filter(target -> target.spec().year() == result.year())
        .findFirst()
        // A target may be given without its written form; Optional.map takes the null.
        .map(LoadedTarget::written)
        .orElse(null);
  }

  static PointFulfilment point(
      PointResult result,
      MeasurementPoint point,
      String written,
      List<ReferenceSeriesView> references,
      Language language) {
    Observation judged = result.observation();
    BigDecimal own =
        judged != null && judged.value() instanceof Value.Numeric numeric ? numeric.number() : null;
    return new PointFulfilment(
        point.id,
        point.label,
        point.group,
        point.valueType,
        point.unit,
        result.year(),
        result.basis(),
        result.status(),
        Vocabulary.text(result.status(), language),
        reasonText(result.reason(), language),
        result.reason() == null ? null : result.reason().code(),
        result.reason() == null ? null : result.reason().parameters(),
        observation(result.observation()),
        target(result.target(), written),
        observation(result.baseline()),
        result.progress(),
        result.trend(),
        Vocabulary.text(result.trend(), language),
        observation(result.previousOutcome()),
        result.pointRule(),
        result.pointRuleNote(),
        references.stream()
            .map(series -> ReferenceComparison.of(series, result.year(), own))
            .toList());
  }

  private static StatusCountsView counts(StatusCounts counts) {
    return new StatusCountsView(
        counts.fulfilled(),
        counts.partiallyFulfilled(),
        counts.notFulfilled(),
        counts.noData(),
        counts.noTarget(),
        counts.judged(),
        counts.total());
  }

  private static ObservationView observation(Observation observation) {
    if (observation == null) {
      return null;
    }
    return new ObservationView(
        observation.evaluationId(),
        observation.year(),
        observation.kind(),
        observation.asOf(),
        observation.value() == null ? null : StoredValue.of(observation.value()).toJson());
  }

  private static TargetUsed target(ResolvedTarget target, String written) {
    if (target == null) {
      return null;
    }
    return new TargetUsed(
        target.year(),
        target.comparator(),
        target.value() == null ? null : StoredValue.of(target.value()).toJson(),
        target.referenceYear(),
        target.referenceEvaluationId(),
        written);
  }
}
