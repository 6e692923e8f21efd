package se.styrkort.tree;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How much of each measurement point a plan tree carries. One fixed cut rather than a list of field
 * names: the shape (and so a generated client's types) stays the same, only the lists are shorter.
 */
@Schema(
    name = "PlanTreeDetail",
    description =
        "full (default): every year's targets, every follow-up value of the year asked for (all"
            + " years without year) and the reference values. summary, for a public page (needs"
            + " year): each point's targets hold only the year's target, its evaluations only the"
            + " latest value of the year (by asOf), and referenceValues is empty; with"
            + " include=fulfilment targets and evaluations are empty too, since the point's"
            + " fulfilment carries the year's target and the value judged (fulfilment.target,"
            + " fulfilment.value). Texts, baseline and everything asked for with include stay.")
public enum PlanTreeDetail {
  full,
  summary
}
