package se.styrkort.fulfilment;

import java.util.HashMap;
import java.util.Map;

/**
 * A point's targets and follow-up values indexed by year, built in one pass so that judging any
 * year (and its reference, baseline and previous year) is a few map look-ups: a series of ten years
 * over thousands of points must not rescan each point's history per year.
 *
 * <p>Only the entries that can ever count are kept: per year and kind, the latest one with a value,
 * once among all entries and once among approved ones.
 */
final class PointHistory {

  private final Map<Integer, TargetSpec> targets = new HashMap<>();
  private final Map<Integer, Latest> outcomes = new HashMap<>();
  private final Map<Integer, Latest> forecasts = new HashMap<>();

  PointHistory(PointInput point) {
    for (TargetSpec target : point.targets()) {
      targets.put(target.year(), target);
    }
    for (Observation observation : point.observations()) {
      if (observation.value() == null) {
        continue;
      }
      Map<Integer, Latest> byYear =
          observation.kind() == EvaluationKind.OUTCOME ? outcomes : forecasts;
      byYear.computeIfAbsent(observation.year(), year -> new Latest()).offer(observation);
    }
  }

  TargetSpec target(int year) {
    return targets.get(year);
  }

  /** The year's outcome with the latest asOf, or null. */
  Observation outcome(int year, boolean approvedOnly) {
    return pick(outcomes.get(year), approvedOnly);
  }

  /** The year's forecast with the latest asOf, or null. */
  Observation forecast(int year, boolean approvedOnly) {
    return pick(forecasts.get(year), approvedOnly);
  }

  private static Observation pick(Latest latest, boolean approvedOnly) {
    if (latest == null) {
      return null;
    }
    return approvedOnly ? latest.approved : latest.any;
  }

  private static final class Latest {
    private Observation any;
    private Observation approved;

    void offer(Observation observation) {
      if (any == null || observation.isLaterThan(any)) {
        any = observation;
      }
      if (observation.approved() && (approved == null || observation.isLaterThan(approved))) {
        approved = observation;
      }
    }
  }
}
