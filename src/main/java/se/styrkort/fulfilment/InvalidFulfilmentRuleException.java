package se.styrkort.fulfilment;

import java.util.List;

/** A fulfilment rule whose thresholds are missing, out of range or contradict each other. */
public class InvalidFulfilmentRuleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  public InvalidFulfilmentRuleException(List<FieldProblem> problems) {
    super("invalid fulfilment rule: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
