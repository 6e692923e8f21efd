package se.styrkort.tree;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.ReasonCode;
import se.styrkort.fulfilment.Trend;
import se.styrkort.report.FulfilmentViews.ObservationView;
import se.styrkort.report.FulfilmentViews.PointFulfilment;
import se.styrkort.report.FulfilmentViews.TargetUsed;

/**
 * A point's judgement as the tree carries it (include=fulfilment): the fields of the fulfilment
 * document's point under the same names, without what the tree's point has already (label, unit,
 * baseline, reference values).
 */
@Schema(
    name = "PlanTreePointFulfilment",
    description =
        "The point's judgement in the year asked for: the same fields, names and values as the"
            + " point of GET /plans/{planId}/fulfilment?year= (PointYearFulfilment), without what"
            + " the tree's point carries already.")
public record TreePointFulfilment(
    @Schema(example = "PARTIALLY_FULFILLED") FulfilmentStatus status,
    @Schema(example = "Delvis uppfyllt", description = "status in the language asked for.")
        String statusText,
    @Schema(
            nullable = true,
            example = "no outcome recorded for 2023",
            description =
                "Why there is no judgement, for NO_DATA and NO_TARGET; in the language asked for.")
        String reason,
    @Schema(nullable = true, example = "NO_REFERENCE_OUTCOME") ReasonCode reasonCode,
    @Schema(
            nullable = true,
            example = "{\"year\": 2023, \"approvedOnly\": false}",
            description = "The reason's parameters, by name, for a client's own words.")
        Map<String, Object> reasonParameters,
    @Schema(nullable = true, description = "The follow-up value judged.") ObservationView value,
    @Schema(nullable = true, description = "The target of the year, resolved.") TargetUsed target,
    @Schema(
            nullable = true,
            example = "0.5",
            description = "(value − baseline) / (target − baseline), not clamped.")
        Double progress,
    @Schema(
            nullable = true,
            example = "IMPROVED",
            description = "Against the previous year's outcome.")
        Trend trend,
    @Schema(nullable = true, example = "Förbättrad", description = "trend in the language asked.")
        String trendText) {

  static TreePointFulfilment of(PointFulfilment point) {
    return new TreePointFulfilment(
        point.status(),
        point.statusText(),
        point.reason(),
        point.reasonCode(),
        point.reasonParameters(),
        point.value(),
        point.target(),
        point.progress(),
        point.trend(),
        point.trendText());
  }
}
