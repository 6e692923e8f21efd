package se.styrkort.fulfilment;

/**
 * The fulfilment of one measurement point in one year, with every input it was reached from.
 *
 * @param reason in words, where the status is NO_DATA or NO_TARGET; null otherwise
 * @param observation the follow-up value judged; null for NO_DATA
 * @param target the year's target, resolved where its reference exists; null without a target
 * @param baseline the outcome of the baseline year; null where none is recorded
 * @param progress (value − baseline) / (target − baseline), not clamped; null for yes/no points,
 *     without a baseline, or where target = baseline
 * @param trend against {@code previousOutcome}; null where it cannot be said
 * @param previousOutcome the outcome of the year before, which the trend compares with
 * @param pointRule the point rule that told partial from not fulfilled; null unless the target was
 *     missed
 * @param pointRuleNote why the plan's point rule could not be used for this point; else null
 */
public record PointResult(
    long pointId,
    int year,
    Basis basis,
    boolean approvedOnly,
    FulfilmentStatus status,
    Reason reason,
    Observation observation,
    ResolvedTarget target,
    Observation baseline,
    Double progress,
    Trend trend,
    Observation previousOutcome,
    PointRuleKind pointRule,
    String pointRuleNote) {}
