package se.styrkort.odata;

import java.util.List;
import se.styrkort.common.DomainException;
import se.styrkort.common.Problem;
import se.styrkort.common.ProblemCode;

/** A request the feed refuses: malformed (400) or asking for what it does not implement (501). */
final class ODataException extends DomainException {

  ODataException(ProblemCode code, String detail, List<Problem.FieldError> errors) {
    super(code, detail, errors);
  }

  static ODataException badRequest(String option, String reason) {
    return new ODataException(
        ProblemCode.INVALID_PARAMETER,
        option + ": " + reason,
        List.of(new Problem.FieldError(option, reason)));
  }

  static ODataException notAcceptable(String detail) {
    return new ODataException(ProblemCode.NOT_ACCEPTABLE, detail, List.of());
  }

  static ODataException notImplemented(String feature) {
    return new ODataException(
        ProblemCode.NOT_IMPLEMENTED,
        "This OData service does not implement " + feature + ".",
        List.of());
  }
}
