package se.styrkort.fulfilment;

/** A follow-up value is either expected (prognos) or measured (utfall). */
public enum EvaluationKind {
  FORECAST,
  OUTCOME
}
