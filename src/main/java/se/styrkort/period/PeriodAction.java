package se.styrkort.period;

/** What may be done to a reporting period; a front end shows one button per allowed action. */
public enum PeriodAction {
  EDIT,
  CLOSE,
  REOPEN
}
