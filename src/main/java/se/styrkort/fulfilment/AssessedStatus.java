package se.styrkort.fulfilment;

/**
 * The status a person judges a node to have (bedömd måluppfyllelse), beside the computed one. A
 * person may also say it cannot be judged, with a motivation.
 */
public enum AssessedStatus {
  FULFILLED,
  PARTIALLY_FULFILLED,
  NOT_FULFILLED,
  NOT_ASSESSABLE;

  /**
   * Whether this judgement differs from the computed status: a judged status differs from any other
   * status; NOT_ASSESSABLE agrees with NO_DATA and NO_TARGET and differs from a judged one.
   */
  public boolean deviatesFrom(FulfilmentStatus computed) {
    if (this == NOT_ASSESSABLE) {
      return computed.isJudged();
    }
    return !name().equals(computed.name());
  }

  /** The status this judgement stands for in a roll-up; NOT_ASSESSABLE is left out like NO_DATA. */
  public FulfilmentStatus asStatus() {
    return this == NOT_ASSESSABLE ? FulfilmentStatus.NO_DATA : FulfilmentStatus.valueOf(name());
  }
}
