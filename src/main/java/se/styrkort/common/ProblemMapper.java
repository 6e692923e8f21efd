package se.styrkort.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The one place where failures become RFC 9457 problem documents. Clients get a stable code and a
 * field-level reason; they never get a stack trace or a Java class name.
 */
public class ProblemMapper {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
  private static final String AGROAL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout";

  @ServerExceptionMapper
  public RestResponse<Problem> domain(DomainException e, UriInfo uri) {
    RestResponse.ResponseBuilder<Problem> response =
        builder(e.code(), e.getMessage(), e.errors(), uri);
    if (e.retryAfterSeconds() != null) {
      response.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
    }
    for (String challenge : e.challenges()) {
      response.header("WWW-Authenticate", challenge);
    }
    return response.build();
  }

  @ServerExceptionMapper
  public RestResponse<Problem> validation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    DomainException invalid = DomainException.invalid(errors);
    return problem(invalid.code(), invalid.getMessage(), errors, uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> wrongType(InvalidFormatException e, UriInfo uri) {
    String expected = describe(e.getTargetType());
    return fieldProblem(pathOf(e), "must be " + expected, uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> mismatchedInput(MismatchedInputException e, UriInfo uri) {
    String field = pathOf(e);
    if (field.isEmpty()) {
      return problem(ProblemCode.MALFORMED_JSON, "The body must be a JSON object.", List.of(), uri);
    }
    return fieldProblem(field, "must be " + describe(e.getTargetType()), uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> mapping(JsonMappingException e, UriInfo uri) {
    String field = pathOf(e);
    if (e.getCause() instanceof JsonProcessingException cause
        && JsonMessages.duplicateField(cause) != null) {
      // A key given twice inside an array element: Jackson wraps the parser's refusal with the
      // path.
      return fieldProblem(JsonMessages.duplicateField(cause), "is given more than once", uri);
    }
    String reason =
        e.getCause() instanceof JsonProcessingException syntax
            // A limit of the parser met inside a free-form value (nesting, a number's length).
            ? JsonMessages.syntax(syntax).replaceFirst("^it ", "")
            : JsonMessages.callerTerms(e.getOriginalMessage(), "is invalid");
    return field.isEmpty()
        ? problem(ProblemCode.MALFORMED_JSON, reason, List.of(), uri)
        : fieldProblem(field, reason, uri);
  }

  /**
   * Jackson's word for "this type cannot be read so". Without this mapper Quarkus's own built-in
   * one answers it with an empty 500; it reached clients for a key given twice to a record ("No
   * fallback setter/field defined for creator property"), which the parser now refuses first.
   */
  @ServerExceptionMapper
  public RestResponse<Problem> invalidDefinition(InvalidDefinitionException e, UriInfo uri) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("No fallback setter/field defined for creator property")) {
      String field = pathOf(e);
      return fieldProblem(field.isEmpty() ? "body" : field, "is given more than once", uri);
    }
    return unexpected(e, uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> malformed(JsonProcessingException e, UriInfo uri) {
    String duplicate = JsonMessages.duplicateField(e);
    if (duplicate != null) {
      return fieldProblem(duplicate, "is given more than once", uri);
    }
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return problem(
        ProblemCode.MALFORMED_JSON,
        "The body is not valid JSON" + where + ": " + JsonMessages.syntax(e) + ".",
        List.of(),
        uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> staleVersion(OptimisticLockException e, UriInfo uri) {
    return concurrentChange(uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> staleState(StaleStateException e, UriInfo uri) {
    return concurrentChange(uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> databaseDown(JDBCConnectionException e, UriInfo uri) {
    return unavailable(e, uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> databaseBusy(SQLTransientConnectionException e, UriInfo uri) {
    return unavailable(e, uri);
  }

  /**
   * An unknown route, or a path or query parameter that is not of its type: JAX-RS reports both as
   * 404, but a malformed id is the client's mistake (400), not a missing thing.
   */
  @ServerExceptionMapper
  public RestResponse<Problem> notFound(
      NotFoundException e, UriInfo uri, SimpleResourceInfo resource) {
    if (e.getCause() != null) {
      List<Problem.FieldError> errors = ParameterErrors.find(uri, resource);
      if (!errors.isEmpty()) {
        DomainException invalid = DomainException.invalid(errors);
        return problem(ProblemCode.INVALID_PARAMETER, invalid.getMessage(), errors, uri);
      }
    }
    return problem(
        ProblemCode.NOT_FOUND, "There is nothing at " + uri.getPath() + ".", List.of(), uri);
  }

  @ServerExceptionMapper
  public RestResponse<Problem> http(
      WebApplicationException e, UriInfo uri, SimpleResourceInfo resource) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonMappingException mapping) {
        return mapping instanceof InvalidFormatException invalid
            ? wrongType(invalid, uri)
            : mapping instanceof MismatchedInputException mismatched
                ? mismatchedInput(mismatched, uri)
                : mapping(mapping, uri);
      }
      if (cause instanceof JsonProcessingException json) {
        return malformed(json, uri);
      }
    }
    int status = e.getResponse().getStatus();
    ProblemCode code =
        Arrays.stream(ProblemCode.values())
            .filter(c -> c.status() == status)
            .findFirst()
            .orElse(status >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.VALIDATION_FAILED);
    if (status == 400) {
      List<Problem.FieldError> errors = ParameterErrors.find(uri, resource);
      if (!errors.isEmpty()) {
        DomainException invalid = DomainException.invalid(errors);
        return problem(ProblemCode.INVALID_PARAMETER, invalid.getMessage(), errors, uri);
      }
      code = ProblemCode.INVALID_PARAMETER;
    }
    String detail =
        switch (code) {
          case METHOD_NOT_ALLOWED -> uri.getPath() + " does not support this method.";
          case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
          case NOT_ACCEPTABLE -> "This resource is available as application/json.";
          case PAYLOAD_TOO_LARGE -> "The body is larger than this service accepts.";
          default -> code.title() + ".";
        };
    RestResponse.ResponseBuilder<Problem> response = builder(code, detail, List.of(), uri);
    if (code == ProblemCode.METHOD_NOT_ALLOWED) {
      String allowed =
          e.getResponse().getAllowedMethods().isEmpty()
              ? AllowedMethods.of(uri.getPath())
              : String.join(", ", new java.util.TreeSet<>(e.getResponse().getAllowedMethods()));
      if (!allowed.isEmpty()) {
        response.header("Allow", allowed);
      }
    }
    return response.build();
  }

  @ServerExceptionMapper
  public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
    if (databaseUnreachable(e)) {
      return unavailable(e, uri);
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
        return concurrentChange(uri);
      }
    }
    if (SqlErrors.deadlock(e) || SqlErrors.lockWaitTimeout(e) || SqlErrors.duplicateKey(e)) {
      // A same-row race the retry in DeadlockRetry could not settle, or two creations of one
      // unique thing at once: nothing was written, and the same request may succeed now.
      return builder(
              ProblemCode.CONCURRENT_CHANGE,
              "Another request changed the same thing at the same time; nothing was changed."
                  + " Read it again and retry.",
              List.of(),
              uri)
          .header("Retry-After", "1")
          .build();
    }
    if (clientGone(e)) {
      // The client hung up (mid-upload, say): nobody reads this answer, and it is no fault of ours.
      LOG.debugf("Client went away at %s: %s", uri.getPath(), e.getMessage());
      return problem(ProblemCode.VALIDATION_FAILED, "The connection was closed.", List.of(), uri);
    }
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure at %s (incident %s)", uri.getPath(), incident);
    return problem(
        ProblemCode.INTERNAL_ERROR,
        "Something went wrong on our side; nothing was changed. Incident " + incident + ".",
        List.of(),
        uri);
  }

  /**
   * Whether the failure, or one of its causes, says the database cannot be reached: Hibernate's
   * connection exception, a JDBC connection error (SQL state class 08), or the pool giving up
   * waiting for a connection. Agroal reports the last as a plain SQLException without a state
   * (Hibernate then wraps it as a GenericJDBCException), so only its message tells it apart.
   */
  static boolean databaseUnreachable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JDBCConnectionException
          || cause instanceof SQLTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
              || (sql.getMessage() != null
                  && sql.getMessage().startsWith(AGROAL_ACQUISITION_TIMEOUT)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the failure is the client's connection closing under us: Vert.x reports it as {@code
   * HttpClosedException} ("Connection was closed"), wrapped in I/O exceptions by the body reader.
   */
  static boolean clientGone(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof io.vertx.core.http.HttpClosedException
          || cause instanceof java.nio.channels.ClosedChannelException
          || (cause instanceof java.io.IOException
              && cause.getMessage() != null
              && (cause.getMessage().contains("Connection reset by peer")
                  || cause.getMessage().contains("Broken pipe")))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private RestResponse<Problem> concurrentChange(UriInfo uri) {
    return problem(
        ProblemCode.PRECONDITION_FAILED,
        "Someone else changed the resource at the same time. Read it again and reapply your"
            + " change.",
        List.of(),
        uri);
  }

  private RestResponse<Problem> unavailable(Throwable e, UriInfo uri) {
    LOG.warnf("Database unavailable at %s: %s", uri == null ? "-" : uri.getPath(), e.getMessage());
    return builder(
            ProblemCode.DATABASE_UNAVAILABLE,
            "The database cannot be reached right now. Try again shortly.",
            List.of(),
            uri)
        .header("Retry-After", "5")
        .build();
  }

  private static RestResponse<Problem> fieldProblem(String field, String message, UriInfo uri) {
    DomainException invalid = DomainException.invalid(field, message);
    return problem(invalid.code(), invalid.getMessage(), invalid.errors(), uri);
  }

  static RestResponse<Problem> problem(
      ProblemCode code, String detail, List<Problem.FieldError> errors, UriInfo uri) {
    return builder(code, detail, errors, uri).build();
  }

  /** A problem response to add headers to (401 with WWW-Authenticate, 429 with Retry-After). */
  public static RestResponse.ResponseBuilder<Problem> builder(
      ProblemCode code, String detail, List<Problem.FieldError> errors, UriInfo uri) {
    Problem body =
        new Problem(
            code.type(),
            code.title(),
            code.status(),
            detail,
            uri == null ? null : uri.getPath(),
            code.name(),
            errors.isEmpty() ? null : errors);
    // By number: the Status enum has no 422 (IDEMPOTENCY_KEY_REUSED).
    return RestResponse.ResponseBuilder.<Problem>create(code.status())
        .entity(body)
        .type(Problem.MEDIA_TYPE);
  }

  /** The JSON path of a body field (plans[2].title), or the name of a query parameter. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
        case PARAMETER -> {
          names.clear();
          names.add(node.getName());
        }
        default -> {
          if (!names.isEmpty() && isBodyParameter(names)) {
            names.clear();
          }
          // An element's index belongs to its container: targets[3].comparator.
          if (node.getIndex() != null && !names.isEmpty()) {
            int last = names.size() - 1;
            names.set(last, names.get(last) + "[" + node.getIndex() + "]");
          }
          names.add(node.getName() == null ? "" : node.getName());
        }
      }
    }
    return names.stream().filter(n -> !n.isEmpty()).collect(Collectors.joining("."));
  }

  /** A bean parameter (the request body) is named "request"/"body"; its fields stand alone. */
  private static boolean isBodyParameter(List<String> names) {
    return names.size() == 1 && (names.get(0).equals("request") || names.get(0).equals("body"));
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == java.time.LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }
}
