package se.styrkort.tree;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.goal.GoalKind;

/** A focus area or goal with what hangs under it: its sub-goals and the indicators serving it. */
@Schema(name = "PlanTreeGoal")
public record TreeGoalView(
    @Schema(example = "2") long id,
    @Schema(example = "FOCUS_AREA") GoalKind kind,
    @Schema(example = "Öppen kommun") String title,
    @Schema(
            nullable = true,
            example =
                "är ett utvecklingsområde som främjar demokrati, service och samverkan. Vi bygger"
                    + " ett samhälle där olikheter respekteras")
        String description,
    @Schema(example = "1", description = "Order among its siblings.") int position,
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
                "The actions serving the node or a goal beneath it per status in the year asked for"
                    + " (include=actions); null when not asked for.")
        se.styrkort.action.ActionCounts actions,
    @Schema(description = "Sub-goals in order.") List<TreeGoalView> goals,
    @Schema(description = "Indicators serving this goal directly, in order.")
        List<TreeIndicatorView> indicators) {}
