package se.styrkort.fulfilment;

import java.util.List;

/**
 * The fulfilment of one node of the goal tree.
 *
 * @param status rolled up over the node's direct children (child nodes and points)
 * @param reason in words where the status is NO_DATA; else null
 * @param counts the measurement points anywhere beneath the node, by status
 * @param judged the points beneath that could be judged (not NO_DATA, not NO_TARGET)
 * @param shareFulfilled fulfilled / judged among the points beneath; null when none is judged
 * @param countedAs the status the node counts with in the roll-up above it: its computed status, or
 *     where the rule lets approved assessments count ({@link FulfilmentRule#rollUpAssessed()}) and
 *     it has one, its assessed status (NO_DATA for NOT_ASSESSABLE)
 */
public record NodeResult(
    NodeKind kind,
    long id,
    FulfilmentStatus status,
    Reason reason,
    StatusCounts counts,
    int judged,
    Double shareFulfilled,
    List<NodeResult> children,
    List<PointResult> points,
    FulfilmentStatus countedAs) {}
