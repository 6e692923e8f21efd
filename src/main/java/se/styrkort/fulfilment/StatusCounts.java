package se.styrkort.fulfilment;

import java.util.Collection;

/** How many measurement points are in each status: all five, zeros included ("8 av 30"). */
public record StatusCounts(
    int fulfilled, int partiallyFulfilled, int notFulfilled, int noData, int noTarget) {

  public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

  public static StatusCounts of(Collection<FulfilmentStatus> statuses) {
    Tally tally = new Tally();
    statuses.forEach(tally::add);
    return tally.counts();
  }

  public int count(FulfilmentStatus status) {
    return switch (status) {
      case FULFILLED -> fulfilled;
      case PARTIALLY_FULFILLED -> partiallyFulfilled;
      case NOT_FULFILLED -> notFulfilled;
      case NO_DATA -> noData;
      case NO_TARGET -> noTarget;
    };
  }

  public int total() {
    return judged() + noData + noTarget;
  }

  /** Those with a value and a target: the ones a roll-up looks at. */
  public int judged() {
    return fulfilled + partiallyFulfilled + notFulfilled;
  }

  /** Fulfilled among the judged; null when none could be judged (never 0 for "unknown"). */
  public Double shareFulfilled() {
    int judged = judged();
    return judged == 0 ? null : (double) fulfilled / judged;
  }

  /** A mutable counter, so that summing thousands of points allocates nothing per point. */
  static final class Tally {
    private final int[] byStatus = new int[FulfilmentStatus.values().length];

    void add(FulfilmentStatus status) {
      byStatus[status.ordinal()]++;
    }

    void add(StatusCounts counts) {
      for (FulfilmentStatus status : FulfilmentStatus.values()) {
        byStatus[status.ordinal()] += counts.count(status);
      }
    }

    StatusCounts counts() {
      return new StatusCounts(
          byStatus[FulfilmentStatus.FULFILLED.ordinal()],
          byStatus[FulfilmentStatus.PARTIALLY_FULFILLED.ordinal()],
          byStatus[FulfilmentStatus.NOT_FULFILLED.ordinal()],
          byStatus[FulfilmentStatus.NO_DATA.ordinal()],
          byStatus[FulfilmentStatus.NO_TARGET.ordinal()]);
    }
  }
}
