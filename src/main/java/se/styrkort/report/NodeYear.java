package se.styrkort.report;

import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;
import se.styrkort.fulfilment.StatusCounts;

/**
 * One node of a plan's goal tree (the plan, a focus area, a goal or an indicator) in one year, as
 * the plan's fulfilment computes it, flat: the rows of the BI node table.
 *
 * @param code the dotted position (as the facts' codes: "2", "2.1", "2.1.3"); null for the plan
 * @param path the titles from the focus area down to this node, joined by " / "; null for the plan
 * @param assessedStatus the node's assessment in the latest reporting period of the year that has
 *     one the reader may see; null when none
 */
public record NodeYear(
    long planId,
    int year,
    NodeKind kind,
    long nodeId,
    NodeKind parentKind,
    Long parentId,
    int depth,
    String code,
    String path,
    String title,
    FulfilmentStatus status,
    StatusCounts counts,
    Double shareFulfilled,
    AssessedStatus assessedStatus,
    Outlook outlook,
    String periodCode,
    Boolean deviatesFromComputed) {}
