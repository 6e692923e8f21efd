package se.styrkort.tree;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.assessment.NodeAssessment;
import se.styrkort.indicator.ComparisonLevel;

/** An indicator with its measurement points. */
@Schema(name = "PlanTreeIndicator")
public record TreeIndicatorView(
    @Schema(example = "3") long id,
    @Schema(example = "Alla elever upplever respektfullt bemötande i vår bildningsverksamhet")
        String title,
    @Schema(nullable = true, example = "elever = barn, ungdomar och vuxenstuderande")
        String description,
    @Schema(example = "1") int position,
    @Schema(
            nullable = true,
            description =
                "The node's assessment in the period asked for (include=assessments); null when"
                    + " not asked for or when the node has none.")
        NodeAssessment assessment,
    @Schema(
            nullable = true,
            description =
                "The indicator's computed fulfilment in the year asked for"
                    + " (include=fulfilment); null when not asked for.")
        TreeNodeFulfilment fulfilment,
    @Schema(
            description = "Reference levels the analysis shows beside the municipality's own.",
            example = "[\"NATIONAL\", \"COUNTY\"]")
        List<ComparisonLevel> comparisons,
    @Schema(nullable = true, example = "Bildningsförvaltningen") String owner,
    @Schema(nullable = true, example = "Kolada N15482") String source,
    List<TreePointView> measurementPoints) {}
