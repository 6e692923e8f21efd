package se.styrkort.tree;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.ReasonCode;
import se.styrkort.report.FulfilmentViews.NodeFulfilment;
import se.styrkort.report.FulfilmentViews.StatusCountsView;

/**
 * A node's computed fulfilment as the tree carries it (include=fulfilment): the fields of the
 * fulfilment document's node under the same names, without its children (the tree has its own) and
 * without its assessment (include=assessments puts that on the node).
 */
@Schema(
    name = "PlanTreeNodeFulfilment",
    description =
        "The node's computed fulfilment in the year asked for: the same fields, names and values"
            + " as the node of GET /plans/{planId}/fulfilment?year= (NodeFulfilment).")
public record TreeNodeFulfilment(
    @Schema(example = "PARTIALLY_FULFILLED", description = "The computed status.")
        FulfilmentStatus status,
    @Schema(example = "Delvis uppfyllt", description = "status in the language asked for.")
        String statusText,
    @Schema(
            nullable = true,
            example = "none of its 3 parts could be judged (no data or no target)",
            description = "Why there is no judgement, for NO_DATA; in the language asked for.")
        String reason,
    @Schema(nullable = true, example = "NOTHING_JUDGED") ReasonCode reasonCode,
    @Schema(
            nullable = true,
            example = "{\"parts\": 3}",
            description = "The reason's parameters, by name, for a client's own words.")
        Map<String, Object> reasonParameters,
    @Schema(
            example = "PARTIALLY_FULFILLED",
            description = "The status this node counts with in the roll-up above it.")
        FulfilmentStatus countedAs,
    StatusCountsView counts,
    @Schema(
            nullable = true,
            example = "0.5",
            description =
                "Fulfilled among the judged points beneath; null when none could be judged.")
        Double shareFulfilled) {

  static TreeNodeFulfilment of(NodeFulfilment node) {
    return new TreeNodeFulfilment(
        node.status(),
        node.statusText(),
        node.reason(),
        node.reasonCode(),
        node.reasonParameters(),
        node.countedAs(),
        node.counts(),
        node.shareFulfilled());
  }
}
