package se.styrkort.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated request, mutable while it is being built and then sent as is. Its text form is
 * everything needed to replay it by hand: method, path, query, headers and body.
 */
final class FuzzRequest {

  final String operationId;
  final String method;
  final String template;
  final Map<String, String> pathValues = new LinkedHashMap<>();
  final List<Map.Entry<String, String>> query = new ArrayList<>();
  final Map<String, String> headers = new LinkedHashMap<>();
  String body;

  /** What was broken on purpose, or "valid". */
  String mutation = "valid";

  FuzzRequest(String operationId, String method, String template) {
    this.operationId = operationId;
    this.method = method;
    this.template = template;
  }

  /** The path with its parameters filled in and percent-encoded. */
  String path() {
    String path = template;
    for (Map.Entry<String, String> value : pathValues.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
    }
    return path;
  }

  String pathAndQuery() {
    if (query.isEmpty()) {
      return path();
    }
    StringBuilder uri = new StringBuilder(path()).append('?');
    for (Map.Entry<String, String> parameter : query) {
      if (uri.charAt(uri.length() - 1) != '?') {
        uri.append('&');
      }
      uri.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
    }
    return uri.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(method).append(' ').append(pathAndQuery());
    text.append("  [").append(operationId).append(", ").append(mutation).append("]\n");
    headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
    if (body != null) {
      String shown =
          body.length() > 2000 ? body.substring(0, 2000) + "… (" + body.length() + " chars)" : body;
      text.append('\n').append(shown.replace("\u0000", "\\u0000")).append('\n');
    }
    return text.toString();
  }
}
