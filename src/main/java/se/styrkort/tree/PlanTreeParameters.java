package se.styrkort.tree;

/** What the tree operations' query parameters mean: the plan's tree and a goal's subtree. */
final class PlanTreeParameters {

  static final String YEAR =
      "Only this year's follow-up values; targets are always all years (unless detail=summary)."
          + " Needed by include=fulfilment, include=actions and detail=summary.";
  static final String INCLUDE =
      "What the tree carries beyond its structure, targets and values: assessments (needs year"
          + " or period), fulfilment (each node's computed status, counts and share, each point's"
          + " judgement: the names and values of GET /plans/{planId}/fulfilment?year=), actions"
          + " (each plan, focus area and goal node's actions per status), e.g."
          + " include=fulfilment&include=actions.";
  static final String DETAIL =
      "summary: a public page's cut (needs year): each point keeps its texts, baseline, the"
          + " year's target and the latest value of the year (with include=fulfilment: only in"
          + " fulfilment.target and fulfilment.value, not repeated in targets and evaluations),"
          + " without the other years' targets, the other values and the reference values. full"
          + " (default): everything.";
  static final String PERIOD =
      "The code of the reporting period whose assessments the nodes carry (with"
          + " include=assessments); 400 when the plan has no such period or it is of another year"
          + " than year.";

  private PlanTreeParameters() {}
}
