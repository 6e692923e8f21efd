package se.styrkort.fulfilment;

/** Why a status is no judgement: the stable code of a reason, for clients with their own words. */
public enum ReasonCode {
  /** No value to judge; parameters year, basis, approvedOnly. */
  NO_VALUE,
  /** No target for the year; parameter year. */
  NO_TARGET,
  /** The outcome the target refers to is missing; parameters year, approvedOnly. */
  NO_REFERENCE_OUTCOME,
  /** A node with nothing beneath it. */
  NOTHING_BENEATH,
  /** A node none of whose parts could be judged; parameter parts. */
  NOTHING_JUDGED
}
