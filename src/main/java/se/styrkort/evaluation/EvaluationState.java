package se.styrkort.evaluation;

import java.util.List;

/**
 * Where a follow-up value is in its approval: recorded as a draft, submitted for approval,
 * approved. An approved value is locked; only a reopening (with a reason) makes it a draft again.
 */
public enum EvaluationState {
  DRAFT(List.of(EvaluationAction.SUBMIT, EvaluationAction.EDIT, EvaluationAction.DELETE)),
  /** Still correctable: a correction withdraws the submission (back to DRAFT). */
  SUBMITTED(List.of(EvaluationAction.APPROVE, EvaluationAction.EDIT, EvaluationAction.DELETE)),
  APPROVED(List.of(EvaluationAction.REOPEN));

  private final List<EvaluationAction> allowed;

  EvaluationState(List<EvaluationAction> allowed) {
    this.allowed = allowed;
  }

  /** Everything this state allows; once users authenticate, their roles will narrow it. */
  public List<EvaluationAction> allowed() {
    return allowed;
  }

  public boolean allows(EvaluationAction action) {
    return allowed.contains(action);
  }
}
