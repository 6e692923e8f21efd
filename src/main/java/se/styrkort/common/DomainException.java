package se.styrkort.common;

import java.util.List;

/**
 * A refusal that domain code raises without knowing about HTTP; {@link ProblemMapper} turns it into
 * a problem document.
 */
public class DomainException extends RuntimeException {

  private final ProblemCode code;
  private final List<Problem.FieldError> errors;
  private Integer retryAfterSeconds;
  private List<String> challenges = List.of();

  public DomainException(ProblemCode code, String detail) {
    this(code, detail, List.of());
  }

  public DomainException(ProblemCode code, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  public ProblemCode code() {
    return code;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  /** This refusal, answered with Retry-After: the same request may succeed in a moment. */
  public DomainException retryAfter(int seconds) {
    this.retryAfterSeconds = seconds;
    return this;
  }

  /** This refusal (401), answered with a WWW-Authenticate header for each challenge. */
  public DomainException challenging(List<String> challenges) {
    this.challenges = List.copyOf(challenges);
    return this;
  }

  /** The WWW-Authenticate challenges of the answer (a 401 that asks for a credential). */
  public List<String> challenges() {
    return challenges;
  }

  /** The Retry-After of the answer, if the request may simply be sent again. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /**
   * The one answer for an id that names nothing the caller may see: the same words whether the
   * thing does not exist or belongs to a plan the caller may not reach ({@link #notFoundAt}).
   */
  public static DomainException notFound(String what, Object id) {
    return new DomainException(ProblemCode.NOT_FOUND, "No " + what + " with id " + id + ".");
  }

  /** What each id path parameter names, in the words of {@link #notFound}. */
  private static final java.util.Map<String, String> NAMED_BY =
      java.util.Map.of(
          "planId", "plan",
          "goalId", "goal",
          "indicatorId", "indicator",
          "pointId", "measurement point",
          "seriesId", "reference series",
          "evaluationId", "evaluation",
          "keyId", "API key");

  /**
   * {@link #notFound} for the id in path parameter {@code parameter}: what the access filter
   * answers for a plan the caller may not reach, word for word what the service answers for a
   * missing id.
   */
  public static DomainException notFoundAt(String parameter, String id) {
    String what = NAMED_BY.getOrDefault(parameter, parameter.replaceFirst("Id$", ""));
    return notFound(what, id);
  }

  /**
   * The one answer for an id in a body that names nothing the caller may use there: the same
   * whether it does not exist, or is in another plan.
   */
  public static DomainException noneInPlan(String field, String what, Object id, long planId) {
    return new DomainException(
        ProblemCode.CONFLICT,
        field + ": names no " + what + " of plan " + planId + ": " + id,
        List.of(new Problem.FieldError(field, "names no " + what + " of plan " + planId)));
  }

  public static DomainException invalid(String field, String message) {
    return invalid(List.of(new Problem.FieldError(field, message)));
  }

  public static DomainException invalid(List<Problem.FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid.";
    return new DomainException(ProblemCode.VALIDATION_FAILED, detail, errors);
  }

  public static DomainException conflict(String detail) {
    return new DomainException(ProblemCode.CONFLICT, detail);
  }

  /** Refuses a deletion and names what is in the way. */
  public static DomainException hasDependents(String what, List<String> blockers) {
    return new DomainException(
        ProblemCode.HAS_DEPENDENTS,
        "The " + what + " cannot be deleted while it has " + String.join(", ", blockers) + ".");
  }
}
