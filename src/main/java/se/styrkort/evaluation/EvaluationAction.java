package se.styrkort.evaluation;

/** What may be done to a follow-up value; a front end shows one button per allowed action. */
public enum EvaluationAction {
  SUBMIT,
  APPROVE,
  REOPEN,
  EDIT,
  DELETE
}
