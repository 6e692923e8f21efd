package se.styrkort.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An Accept header that names no media type ("garbage", "text") is disregarded, as RFC 9110 12.5.1
 * allows, rather than refused with 406: otherwise a delete, which has no body to negotiate, and
 * every error, which is problem+json whatever the client accepts, would be refused for it.
 */
public class UnreadableAcceptFilter {

  @ServerRequestFilter(preMatching = true)
  public void disregardUnreadableAccept(ContainerRequestContext request) {
    for (String accept :
        request.getHeaders().getOrDefault(HttpHeaders.ACCEPT, java.util.List.of())) {
      if (!readable(accept)) {
        request.getHeaders().remove(HttpHeaders.ACCEPT);
        return;
      }
    }
  }

  private static boolean readable(String accept) {
    for (String range : accept.split(",")) {
      if (range.isBlank()) {
        continue;
      }
      try {
        MediaType.valueOf(range.strip());
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return true;
  }
}
