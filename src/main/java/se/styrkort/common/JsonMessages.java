package se.styrkort.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages in the caller's terms. Its parser speaks of its own configuration
 * ("StreamReadConstraints.getMaxNestingDepth()", "enable
 * JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS") and types; a client needs to know what in its body is
 * wrong, not how our library is set up.
 */
final class JsonMessages {

  /** Anything that names our code or a library's: a class, a feature, a token type, a method. */
  private static final Pattern INTERNAL =
      Pattern.compile(
          "`|Feature|Constraints|\\bjava\\.|\\bcom\\.|\\bse\\.styrkort|\\bjakarta\\."
              + "|[a-z][A-Za-z]*\\.[a-z][A-Za-z]*\\(|\\b[A-Z]{2,}_[A-Z_]+\\b|Source:");

  private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

  /** Where Jackson's messages go on about its settings or its input source, they are cut. */
  private static final List<String> CUTS =
      List.of(" (start marker", ": enable", ", enable", "; ", " (for ", " at [Source", "\n");

  private static final String DUPLICATE = "Duplicate field '";

  private JsonMessages() {}

  /** What is wrong with the syntax of a body, as a clause: "the body ... : {clause}." */
  static String syntax(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      String limit = limit(message);
      if (message.contains("nesting depth")) {
        return "it is nested more than " + limit + " levels deep";
      }
      if (message.contains("Number value length") || message.contains("Number length")) {
        return "a number is longer than " + limit + " digits";
      }
      if (message.contains("Name length")) {
        return "a property name is longer than " + limit + " characters";
      }
      return "a text is longer than " + limit + " characters";
    }
    if (message != null
        && (message.contains("'NaN'")
            || message.contains("Infinity")
            || message.contains("'INF'")
            || message.contains("'+INF'"))) {
      return "NaN and Infinity are not JSON numbers";
    }
    if (message != null && message.contains("ALLOW_SINGLE_QUOTES")) {
      return "texts and names are written in double quotes";
    }
    if (message != null && message.contains("ALLOW_UNQUOTED_FIELD_NAMES")) {
      return "property names are written in double quotes";
    }
    if (message != null && message.contains("ALLOW_LEADING")) {
      return "a number must not start with a sign or zero other than JSON allows";
    }
    return callerTerms(message, "it cannot be read");
  }

  /** Jackson's message without its internals, or {@code fallback} when nothing readable is left. */
  static String callerTerms(String message, String fallback) {
    if (message == null || message.isBlank()) {
      return fallback;
    }
    String text = message.strip();
    for (String cut : CUTS) {
      int at = text.indexOf(cut);
      if (at > 0) {
        text = text.substring(0, at);
      }
    }
    text = text.strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.isEmpty() || INTERNAL.matcher(text).find() ? fallback : text;
  }

  /**
   * The JSON path (rows[0].note) of a key given twice in one object, from the parser that refused
   * it (STRICT_DUPLICATE_DETECTION), or null when the failure is another.
   */
  static String duplicateField(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || !message.startsWith(DUPLICATE)) {
      return null;
    }
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      String path = path(parser.getParsingContext());
      if (!path.isEmpty()) {
        return path;
      }
    }
    int end = message.indexOf('\'', DUPLICATE.length());
    return end < 0 ? "body" : message.substring(DUPLICATE.length(), end);
  }

  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.push(c.getCurrentName());
      } else if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      if (path.length() > 0 && !part.startsWith("[")) {
        path.append('.');
      }
      path.append(part);
    }
    return path.toString();
  }

  private static String limit(String message) {
    Matcher m = LIMIT.matcher(message == null ? "" : message);
    return m.find() ? m.group(1) : "the allowed number of";
  }
}
