package se.styrkort.common;

/** The stable machine codes of problem documents, with their HTTP status and title. */
public enum ProblemCode {
  VALIDATION_FAILED(400, "Invalid request"),
  MALFORMED_JSON(400, "Malformed JSON"),
  INVALID_PARAMETER(400, "Invalid parameter"),
  UNAUTHORIZED(401, "Authentication required"),
  FORBIDDEN(403, "Forbidden"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  CONFLICT(409, "Conflict"),
  HAS_DEPENDENTS(409, "Still in use"),
  DUPLICATE(409, "Already exists"),
  EVALUATION_LOCKED(409, "Approved value is locked"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
  PLAN_FROZEN(409, "Plan is frozen"),
  CURSOR_EXPIRED(410, "Cursor expired"),
  PRECONDITION_FAILED(412, "Precondition failed"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  URI_TOO_LONG(414, "URI too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  PRECONDITION_REQUIRED(428, "Precondition required"),
  TOO_MANY_REQUESTS(429, "Too many requests"),
  DATABASE_UNAVAILABLE(503, "Service unavailable"),
  KOLADA_BAD_RESPONSE(502, "Kolada answered badly"),
  KOLADA_UNAVAILABLE(503, "Kolada unavailable"),
  KOLADA_TIMEOUT(504, "Kolada timed out"),
  INTERNAL_ERROR(500, "Internal error"),
  NOT_IMPLEMENTED(501, "Not implemented");

  private final int status;
  private final String title;

  ProblemCode(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The problem type URI; stable, and documented in the contract. */
  public String type() {
    return "https://styrkort.se/problems/" + name().toLowerCase().replace('_', '-');
  }
}
