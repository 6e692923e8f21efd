package se.styrkort.transfer;

import se.styrkort.fulfilment.PointRuleKind;
import se.styrkort.fulfilment.RollUpRuleKind;
import se.styrkort.plan.FulfilmentRuleView;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanStatus;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.MeasurementPointRequest;
import se.styrkort.point.PointDefinition;
import se.styrkort.point.TargetRequest;
import se.styrkort.transfer.PlanDocument.PointEntry;
import se.styrkort.transfer.PlanDocument.TargetEntry;

/**
 * The document's entries as the entities and requests of the single-resource API, so that checking
 * and writing a document follow the same rules as creating each part on its own.
 */
final class DocumentEntities {

  private DocumentEntities() {}

  /** The plan's fields from the document; not yet persisted. */
  static Plan planOf(PlanDocument document) {
    Plan plan = new Plan();
    plan.name = strip(document.name());
    plan.organisation = strip(document.organisation());
    plan.organisationCode = document.organisationCode();
    plan.startYear = document.startYear();
    plan.endYear = document.endYear();
    plan.baselineYear = document.baselineYear();
    plan.status = document.status() == null ? PlanStatus.DRAFT : document.status();
    if (plan.status == PlanStatus.ADOPTED) {
      // Written whole as adopted (the demo plan, an import): adopted as it is written.
      plan.adoptedAt = java.time.Instant.now();
    }
    plan.description = document.description();
    FulfilmentRuleView rule =
        document.fulfilmentRule() == null ? FulfilmentRuleView.DEFAULT : document.fulfilmentRule();
    plan.pointRule = rule.pointRule() == null ? PointRuleKind.PROGRESS : rule.pointRule();
    plan.pointPartialShare = rule.pointPartialShare();
    plan.rollUpRule = rule.rollUpRule() == null ? RollUpRuleKind.UNANIMOUS : rule.rollUpRule();
    plan.rollUpFulfilledShare = rule.rollUpFulfilledShare();
    plan.rollUpPartialShare = rule.rollUpPartialShare();
    plan.rollUpAssessed = Boolean.TRUE.equals(rule.rollUpAssessed());
    return plan;
  }

  /** The point's definition from the document, as POST .../measurement-points writes it. */
  static MeasurementPoint pointOf(PointEntry entry) {
    MeasurementPoint point = new MeasurementPoint();
    PointDefinition.apply(definitionOf(entry), point);
    return point;
  }

  static String strip(String text) {
    return text == null ? null : text.strip();
  }

  /** The point's fields as POST .../measurement-points takes them. */
  static MeasurementPointRequest definitionOf(PointEntry entry) {
    return new MeasurementPointRequest(
        entry.label(),
        entry.group(),
        null,
        entry.valueType(),
        entry.unit(),
        entry.scale(),
        entry.direction(),
        entry.measuredAsOf(),
        null,
        null,
        null);
  }

  /** The target's fields as PUT .../targets/{year} takes them. */
  static TargetRequest requestOf(TargetEntry target) {
    return new TargetRequest(
        target.comparator(),
        target.value(),
        target.referenceYear(),
        target.previousYear(),
        target.written());
  }
}
