package se.styrkort.fulfilment;

/**
 * What a plan contributes to every judgement.
 *
 * @param baselineYear the year whose outcome is the baseline; null to use the year before
 * @param rule the rule in force; null means {@link FulfilmentRule#DEFAULT}
 * @throws InvalidFulfilmentRuleException if the rule is not valid
 */
public record PlanContext(Integer baselineYear, FulfilmentRule rule) {

  public PlanContext {
    rule = rule == null ? FulfilmentRule.DEFAULT : rule.requireValid();
  }

  /** The year whose outcome is the baseline when judging {@code year}. */
  public int baselineYearFor(int year) {
    return baselineYear != null ? baselineYear : year - 1;
  }
}
