package se.styrkort.common;

import java.util.List;

/**
 * A refusal that domain code raises without knowing about HTTP; {@link ProblemMapper} turns it into
 * a problem document.
 */
public class DomainException extends RuntimeException {

  private final ProblemCode code;
  private final List<Problem.FieldError> errors;

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

  public static DomainException notFound(String what, Object id) {
    return new DomainException(ProblemCode.NOT_FOUND, "No " + what + " with id " + id + ".");
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
