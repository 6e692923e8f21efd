package se.styrkort.fulfilment;

/** Which follow-up values a fulfilment is judged on. */
public enum Basis {
  /** The year's outcome if there is one, else its latest forecast. */
  LATEST,
  /** Outcomes only: what an annual report states. */
  OUTCOME
}
