package se.styrkort.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Whether an error response is an RFC 9457 problem document as Styrkort writes them. */
final class ProblemCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The codes that say a request was invalid, and so must name the fields at fault. */
  private static final Set<String> FIELD_LEVEL = Set.of("VALIDATION_FAILED", "INVALID_PARAMETER");

  private ProblemCheck() {}

  /** Whether an error of the OData feed is an OData error object with a stable code. */
  static List<String> odata(String contentType, String body) {
    List<String> problems = new ArrayList<>();
    if (!contentType.startsWith("application/json")) {
      problems.add(
          "an OData error as "
              + (contentType.isEmpty() ? "no media type" : contentType)
              + ", not application/json");
      return problems;
    }
    JsonNode error;
    try {
      error = JSON.readTree(body).path("error");
    } catch (java.io.IOException e) {
      problems.add("an OData error that is not JSON");
      return problems;
    }
    for (String member : List.of("code", "message")) {
      if (error.path(member).asText("").isBlank()) {
        problems.add("an OData error without " + member);
      }
    }
    if (FIELD_LEVEL.contains(error.path("code").asText())) {
      JsonNode details = error.path("details");
      if (!details.isArray() || details.isEmpty()) {
        problems.add("an invalid request refused without naming the option at fault");
      }
      for (JsonNode detail : details) {
        if (detail.path("target").asText("").isBlank()
            || detail.path("message").asText("").isBlank()) {
          problems.add("an OData error detail without target or message: " + detail);
        }
      }
    }
    String lower = body.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("exception") || lower.contains("\tat ") || lower.contains("java.")) {
      problems.add("an OData error that leaks a Java class or stack trace");
    }
    return problems;
  }

  static List<String> of(int status, String contentType, String body) {
    List<String> problems = new ArrayList<>();
    if (!contentType.startsWith("application/problem+json")) {
      problems.add(
          "an error as "
              + (contentType.isEmpty() ? "no media type" : contentType)
              + ", not application/problem+json");
      return problems;
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(body);
    } catch (java.io.IOException e) {
      problems.add("a problem document that is not JSON");
      return problems;
    }
    if (problem == null || problem.path("status").asInt() != status) {
      problems.add("a problem whose status is not " + status);
    }
    for (String member : List.of("type", "title", "detail", "code")) {
      if (problem == null || problem.path(member).asText("").isBlank()) {
        problems.add("a problem without " + member);
      }
    }
    if (problem != null && FIELD_LEVEL.contains(problem.path("code").asText())) {
      JsonNode errors = problem.path("errors");
      if (!errors.isArray() || errors.isEmpty()) {
        problems.add("an invalid request refused without naming the field at fault");
      }
      for (JsonNode error : errors) {
        if (error.path("field").asText("").isBlank()
            || error.path("message").asText("").isBlank()) {
          problems.add("a field error without field or message: " + error);
        }
      }
    }
    String lower = body.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("exception") || lower.contains("\tat ") || lower.contains("java.")) {
      problems.add("a problem that leaks a Java class or stack trace");
    }
    return problems;
  }
}
