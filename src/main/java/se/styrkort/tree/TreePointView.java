package se.styrkort.tree;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.Direction;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.reference.ReferenceComparison;

/** A measurement point with its targets, its baseline and its follow-up values. */
@Schema(name = "PlanTreeMeasurementPoint")
public record TreePointView(
    @Schema(example = "4") long id,
    @Schema(example = "Förskola") String label,
    @Schema(
            nullable = true,
            example = "Kommunen har minst fyra samverkanstillfällen med följande civilsamhälle:")
        String group,
    @Schema(example = "1") int position,
    @Schema(example = "PERCENT") ValueType valueType,
    @Schema(nullable = true, example = "%") String unit,
    @Schema(
            description = "The levels of an ORDINAL point, lowest first; empty otherwise.",
            example = "[\"saknas\", \"delvis\", \"helt\"]")
        List<String> scale,
    // An inline enum rather than a reference to Direction: OpenAPI 3.0 cannot make a referenced
    // schema nullable, and null is this field's common case.
    @Schema(
            nullable = true,
            implementation = String.class,
            enumeration = {"INCREASE", "DECREASE", "EXACT"},
            example = "DECREASE",
            description =
                "Which way is better, where stated; null where it follows from the targets.")
        Direction direction,
    @Schema(nullable = true, example = "31/12") String measuredAsOf,
    @Schema(description = "One per year, all years, in year order.") List<TreeTargetView> targets,
    @Schema(
            nullable = true,
            description =
                "The outcome of the plan's baseline year (the latest one, where there are"
                    + " several), or null.")
        TreeBaselineView baseline,
    @Schema(description = "Follow-up values by year and date; only the asked year's, if any.")
        List<TreeEvaluationView> evaluations,
    @Schema(
            description =
                "Reference values (riket, the county, groups) by series and year, each with the"
                    + " difference of the year's outcome to it; only the asked year's, if any.")
        List<ReferenceComparison> referenceValues,
    @Schema(
            nullable = true,
            description =
                "The point's judgement in the year asked for (include=fulfilment); null when not"
                    + " asked for.")
        TreePointFulfilment fulfilment) {}
