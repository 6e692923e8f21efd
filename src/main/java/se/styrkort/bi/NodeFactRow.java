package se.styrkort.bi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;

/**
 * One node of a plan's goal tree (the plan, a focus area, a goal or an indicator) in one year,
 * flat: the rolled-up status the plan's fulfilment computes, the points beneath it by status, and
 * the assessed status beside the computed one. The CSV columns and the OData properties are these
 * components, in this order. No authorship: anonymous readers see the same columns.
 */
@Schema(
    name = "BiNodeFact",
    description =
        "One node of a plan's goal tree in one year, with its computed status (basis LATEST, every"
            + " follow-up value counted), as GET /api/v1/plans/{planId}/fulfilment rolls it up."
            + " Every column is always present; null where it does not apply.")
public record NodeFactRow(
    @Schema(example = "1") long planId,
    @Schema(example = "Flerårsplan 2025–2026") String planName,
    @Schema(example = "2024") int year,
    @Schema(example = "GOAL") NodeKind kind,
    @Schema(
            example = "5",
            description = "The id of the plan, goal (focus areas too) or indicator, by kind.")
        long nodeId,
    @Schema(nullable = true, example = "FOCUS_AREA", description = "Null for the plan.")
        NodeKind parentKind,
    @Schema(nullable = true, example = "4", description = "The parent's id; null for the plan.")
        Long parentId,
    @Schema(example = "2", description = "0 for the plan, 1 for a focus area, and so on down.")
        int depth,
    @Schema(
            nullable = true,
            example = "2.1",
            description =
                "Dotted position in the plan, as the facts' focusAreaCode, goalCode and"
                    + " indicatorCode; null for the plan.")
        String code,
    @Schema(
            nullable = true,
            example = "Kunskap och kompetens / Alla elever klarar sin utbildning",
            description = "The titles from the focus area down to this node; null for the plan.")
        String path,
    @Schema(example = "Alla elever klarar sin utbildning") String title,
    @Schema(example = "PARTIALLY_FULFILLED", description = "The computed status.")
        FulfilmentStatus status,
    @Schema(example = "8", description = "Measurement points beneath the node that are FULFILLED.")
        int fulfilled,
    @Schema(example = "3") int partiallyFulfilled,
    @Schema(example = "4") int notFulfilled,
    @Schema(example = "12") int noData,
    @Schema(example = "3") int noTarget,
    @Schema(example = "15", description = "Points beneath with a value and a target.") int judged,
    @Schema(example = "30", description = "Every point beneath.") int total,
    @Schema(
            nullable = true,
            example = "0.5333",
            description = "fulfilled / judged; null when none could be judged.")
        Double shareFulfilled,
    @Schema(
            nullable = true,
            example = "NOT_FULFILLED",
            description =
                "A person's judgement in the latest reporting period of the year that has one:"
                    + " any state for signed-in readers, APPROVED only for anonymous ones; null"
                    + " when none.")
        AssessedStatus assessedStatus,
    @Schema(nullable = true, example = "UNCERTAIN") Outlook outlook,
    @Schema(nullable = true, example = "2024-T2", description = "The assessment's period.")
        String periodCode,
    @Schema(
            nullable = true,
            example = "true",
            description =
                "Whether assessedStatus differs from status (NOT_ASSESSABLE agrees with NO_DATA"
                    + " and NO_TARGET); null without an assessment.")
        Boolean deviatesFromComputed) {}
