package se.styrkort.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * An Accept header that names no media type ("garbage", "text") is disregarded, as RFC 9110 12.5.1
 * allows: otherwise a delete, which has no body to negotiate, and every error, which is
 * problem+json whatever the client accepts, would be refused for it (or fail in negotiation). It
 * runs on the HTTP layer, because RESTEasy reads Accept from there, not from the JAX-RS headers.
 */
@ApplicationScoped
public class UnreadableAcceptFilter {

  void register(@Observes Filters filters) {
    filters.register(
        route -> {
          List<String> accept = route.request().headers().getAll(HttpHeaders.ACCEPT);
          if (accept.stream().anyMatch(value -> !readable(value))) {
            route.request().headers().remove(HttpHeaders.ACCEPT);
          }
          route.next();
        },
        // Before the JAX-RS application; filters with a higher priority run first.
        1000);
  }

  static boolean readable(String accept) {
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
