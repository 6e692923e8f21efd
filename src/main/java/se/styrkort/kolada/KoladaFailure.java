package se.styrkort.kolada;

import se.styrkort.common.DomainException;
import se.styrkort.common.ProblemCode;

/** Kolada could not be read; the detail says what it answered, and after how many attempts. */
public final class KoladaFailure {

  private KoladaFailure() {}

  /** Kolada refused (429) or failed (5xx) or could not be reached, on every attempt. */
  static DomainException unavailable(String detail) {
    return new DomainException(ProblemCode.KOLADA_UNAVAILABLE, detail);
  }

  /** Kolada did not answer within the timeout, on every attempt. */
  static DomainException timeout(String detail) {
    return new DomainException(ProblemCode.KOLADA_TIMEOUT, detail);
  }

  /** Kolada answered with something that is not its data format, or refused the request (4xx). */
  static DomainException badResponse(String detail) {
    return new DomainException(ProblemCode.KOLADA_BAD_RESPONSE, detail);
  }
}
