package se.styrkort.tree;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a plan tree may carry beyond its structure, targets and values, when asked. */
@Schema(
    name = "PlanTreeInclude",
    description =
        "assessments: each plan, focus area, goal and indicator node carries its assessment"
            + " (assessed status, outlook, motivation, analysis, state) of the period asked for."
            + " fulfilment: each plan, focus area, goal and indicator node carries its computed"
            + " fulfilment of the year (status, counts, shareFulfilled, as GET"
            + " /plans/{planId}/fulfilment names them) and each measurement point its judgement"
            + " (status, value, target). actions: each plan, focus area and goal node counts its"
            + " actions per status in the year (node.actions, as fulfilment's include=actions)."
            + " fulfilment and actions need year.")
public enum PlanTreeInclude {
  assessments,
  fulfilment,
  actions
}
