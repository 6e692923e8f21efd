package se.styrkort.tree;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a plan tree may carry beyond its structure, targets and values, when asked. */
@Schema(
    name = "PlanTreeInclude",
    description =
        "assessments: each plan, focus area, goal and indicator node carries its assessment"
            + " (assessed status, outlook, motivation, analysis, state) of the period asked for.")
public enum PlanTreeInclude {
  assessments
}
