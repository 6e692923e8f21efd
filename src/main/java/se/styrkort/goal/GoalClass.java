package se.styrkort.goal;

/**
 * How Kommunallagen 11 kap and LKBR class a goal for god ekonomisk hushållning: a financial goal
 * (finansiellt mål) or an operational one (verksamhetsmål).
 */
public enum GoalClass {
  FINANCIAL,
  OPERATIONAL
}
