package se.styrkort.report;

/**
 * What the fulfilment operations' query parameters mean. Each operation is a resource class of its
 * own, rooted at its full path, because JAX-RS picks the root class by the longest literal prefix
 * and never backtracks into a sibling.
 */
final class FulfilmentParameters {

  static final String YEAR =
      "The year to judge; by default the latest year the plan has targets for.";
  static final String BASIS =
      "LATEST (default): the outcome, else the latest forecast. OUTCOME: outcomes only.";

  static final String APPROVED_ONLY =
      "Count only APPROVED follow-up values, as an official report would; by default every"
          + " recorded value counts, whatever its approval state.";

  private FulfilmentParameters() {}
}
