package se.styrkort.fulfilment;

/** At an interim period: whether the target is expected to be met by the year's end. */
public enum Outlook {
  EXPECTED_MET,
  UNCERTAIN,
  EXPECTED_NOT_MET
}
