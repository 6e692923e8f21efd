package se.styrkort.odata;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.styrkort.common.Problem;

/**
 * Every answer of the feed names its protocol version, and every refusal (from the feed itself, the
 * access filter, the rate limit or the HTTP layer's 404/405/406) is an OData error object rather
 * than problem+json, with the same stable code.
 */
public class ODataVersionFilter {

  static final MediaType ERROR_TYPE = MediaType.valueOf("application/json;odata.metadata=minimal");

  /**
   * A client that can read only an older OData (OData-MaxVersion: 3.0) or that speaks another
   * version is refused, rather than answered in a version it cannot read.
   */
  @ServerRequestFilter
  public void versions(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().startsWith("/odata/")) {
      return;
    }
    for (String header : new String[] {"OData-MaxVersion", "OData-Version"}) {
      String value = request.getHeaderString(header);
      if (value != null && !major4(value, header.equals("OData-MaxVersion"))) {
        throw ODataException.badRequest(
            header,
            "this service speaks OData 4.0; '"
                + (value.length() > 20 ? value.substring(0, 20) : value)
                + "' excludes it");
      }
    }
  }

  /**
   * An address with a key's parentheses or the $ of $count and $metadata percent-encoded
   * (NodeFacts%28kind='GOAL',nodeId=5,year=2025%29, Actions/%24count) is the address written
   * plainly: routes are matched against the path as sent, where %28 is no '(', so these three are
   * decoded before matching, for every set alike. A path that also holds an encoded '%' or '/' is
   * left as sent (decoded, it would read differently).
   */
  @ServerRequestFilter(preMatching = true)
  public void plainAddress(ContainerRequestContext request) {
    java.net.URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    String plain = plainPath(path);
    if (plain == null) {
      return;
    }
    try {
      request.setRequestUri(
          java.net.URI.create(
              uri.getScheme()
                  + "://"
                  + uri.getRawAuthority()
                  + plain
                  + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    } catch (IllegalArgumentException e) {
      // Not a URI once decoded: answered as sent.
    }
  }

  /** The path with %28, %29 and %24 decoded, if it is the feed's and holds them; else null. */
  static String plainPath(String path) {
    int feed = path.indexOf("/odata/v1/");
    if (feed < 0 || path.indexOf('%', feed) < 0) {
      return null;
    }
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("%25") || lower.contains("%2f") || lower.contains("%5c")) {
      return null;
    }
    StringBuilder plain = new StringBuilder(path.length());
    boolean changed = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%' && i >= feed && i + 2 < path.length()) {
        String code = lower.substring(i + 1, i + 3);
        char decoded =
            switch (code) {
              case "28" -> '(';
              case "29" -> ')';
              case "24" -> '$';
              default -> 0;
            };
        if (decoded != 0) {
          plain.append(decoded);
          i += 2;
          changed = true;
          continue;
        }
      }
      plain.append(c);
    }
    return changed ? plain.toString() : null;
  }

  /**
   * $metadata asked for as JSON only (CSDL JSON is OData 4.01): 406 with an OData error that says
   * XML is what there is. Before matching, since a request no method can produce for is otherwise
   * answered as a path that does not exist.
   */
  @ServerRequestFilter(preMatching = true)
  public void metadataAsXmlOnly(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().equals("/odata/v1/$metadata")) {
      return;
    }
    java.util.List<MediaType> accepted = request.getAcceptableMediaTypes();
    if (accepted.isEmpty()
        || accepted.stream()
            .anyMatch(
                type ->
                    type.isCompatible(MediaType.APPLICATION_XML_TYPE)
                        || type.isCompatible(MediaType.TEXT_XML_TYPE))) {
      return;
    }
    throw ODataException.notAcceptable(METADATA_AS_XML);
  }

  static final String METADATA_AS_XML =
      "$metadata is served as CSDL XML only: accept application/xml";

  private static boolean major4(String value, boolean atLeast) {
    String major = value.trim().split("\\.", 2)[0];
    try {
      int number = Integer.parseInt(major);
      return atLeast ? number >= 4 : number == 4;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @ServerResponseFilter
  public void version(ContainerRequestContext request, ContainerResponseContext response) {
    if (!request.getUriInfo().getPath().startsWith("/odata/")) {
      return;
    }
    response.getHeaders().putSingle("OData-Version", "4.0");
    if (response.getEntity() instanceof Problem problem) {
      ODataError error = ODataError.of(problem);
      if (response.getStatus() == 406 && request.getUriInfo().getPath().endsWith("/$metadata")) {
        // CSDL JSON (OData 4.01) is not served: say so rather than offer JSON.
        error =
            new ODataError(
                new ODataError.Body(
                    error.error().code(), METADATA_AS_XML, null, error.error().details()));
      }
      response.setEntity(error, null, ERROR_TYPE);
    }
  }
}
