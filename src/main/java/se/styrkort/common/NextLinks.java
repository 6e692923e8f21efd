package se.styrkort.common;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The link to a collection's next page: the request's own URL (with the scheme and host a trusted
 * forwarding proxy named, see quarkus.http.proxy.*), its query parameters kept so a filtered read
 * stays filtered, some replaced, and an {@code api_key} parameter dropped: a credential is never
 * echoed into a body, where it would land in client logs and caches.
 */
public final class NextLinks {

  /** The query parameter that carries a credential (se.styrkort.security.AccessFilter). */
  static final String CREDENTIAL = "api_key";

  private NextLinks() {}

  /**
   * @param replacements parameters to set (in this order, after the kept ones); a null value
   *     removes the parameter
   */
  public static String next(UriInfo uri, Map<String, String> replacements) {
    URI request = uri.getRequestUri();
    Map<String, List<String>> kept = new LinkedHashMap<>(uri.getQueryParameters(true));
    kept.keySet()
        .removeIf(
            name ->
                name.toLowerCase(Locale.ROOT).equals(CREDENTIAL) || replacements.containsKey(name));
    StringJoiner query = new StringJoiner("&");
    kept.forEach((name, values) -> values.forEach(value -> query.add(pair(name, value))));
    replacements.forEach(
        (name, value) -> {
          if (value != null) {
            query.add(pair(name, value));
          }
        });
    return request.getScheme()
        + "://"
        + request.getRawAuthority()
        + request.getRawPath()
        + (query.length() == 0 ? "" : "?" + query);
  }

  private static String pair(String name, String value) {
    return encode(name) + "=" + encode(value);
  }

  private static String encode(String text) {
    // Form encoding turns a space into '+'; in a URL's query a space is %20. '$' stays readable.
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$");
  }
}
