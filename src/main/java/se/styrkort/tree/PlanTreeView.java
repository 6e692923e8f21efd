package se.styrkort.tree;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.plan.FulfilmentRuleView;
import se.styrkort.plan.PlanStatus;

/** A whole plan in one document: its fields and its goal tree down to every follow-up value. */
@Schema(name = "PlanTree")
public record PlanTreeView(
    @Schema(example = "1") long id,
    @Schema(example = "Flerårsplan 2025–2026") String name,
    @Schema(example = "Ljusnarsbergs kommun") String organisation,
    @Schema(nullable = true, example = "1864") String organisationCode,
    @Schema(example = "2024") int startYear,
    @Schema(example = "2026") int endYear,
    @Schema(
            nullable = true,
            example = "2023",
            description = "The year whose outcome is each measurement point's baseline.")
        Integer baselineYear,
    @Schema(example = "ADOPTED") PlanStatus status,
    @Schema(nullable = true, example = "Bilaga till indikatorer 2024, flerårsplan 2025–2026.")
        String description,
    FulfilmentRuleView fulfilmentRule,
    @Schema(
            nullable = true,
            description =
                "The node's assessment in the period asked for (include=assessments); null when"
                    + " not asked for or when the node has none.")
        NodeAssessment assessment,
    @Schema(
            nullable = true,
            description =
                "The node's computed fulfilment in the year asked for (include=fulfilment); null"
                    + " when not asked for.")
        TreeNodeFulfilment fulfilment,
    @Schema(
            nullable = true,
            description =
                "The actions serving the node (all of the plan's) per status in the year asked for"
                    + " (include=actions); null when not asked for.")
        se.styrkort.action.ActionCounts actions,
    @Schema(example = "1", description = "The plan's own version (the tree's ETag is separate).")
        long version,
    @Schema(
            example = "2024-12-31T10:15:30Z",
            description =
                "When anything the tree shows last changed: the plan, a goal, indicator, point,"
                    + " target or follow-up value (a deletion changes the ETag, not this).")
        java.time.Instant lastModified,
    @Schema(description = "The focus areas in order, each with its goals and indicators.")
        List<TreeGoalView> focusAreas) {}
