package se.styrkort.tree;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.plan.PlanStatus;

/** A focus area or goal with everything beneath it, as its plan's tree has it. */
@Schema(
    name = "PlanSubtree",
    description =
        "A focus area or goal with its sub-goals, indicators and measurement points: exactly the"
            + " node of GET /plans/{planId}/tree with the same parameters, and the plan it belongs"
            + " to.")
public record PlanSubtreeView(
    @Schema(example = "1") long planId,
    @Schema(example = "Flerårsplan 2025–2026") String planName,
    @Schema(example = "ADOPTED") PlanStatus planStatus,
    @Schema(
            example = "2024-12-31T10:15:30Z",
            description = "When anything of the plan's tree last changed (as the tree's).")
        java.time.Instant lastModified,
    TreeGoalView goal) {}
