package se.styrkort.fulfilment;

/**
 * The fulfilment of a goal tree, with the options and the rule it was reached under, so that a
 * reader can tell how every status came about.
 *
 * @param ruleName e.g. "PROGRESS/UNANIMOUS"
 * @param ruleDescription the rule in words
 */
public record FulfilmentReport(
    int year,
    Basis basis,
    boolean approvedOnly,
    Integer baselineYear,
    FulfilmentRule rule,
    String ruleName,
    String ruleDescription,
    NodeResult root) {}
