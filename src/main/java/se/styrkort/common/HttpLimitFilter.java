package se.styrkort.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two refusals the HTTP layer makes before any resource runs, answered as problem documents
 * like every other refusal, with the CORS headers a browser needs to read them: a request line
 * longer than {@code styrkort.http.max-request-line} (414) and a body announced longer than {@code
 * quarkus.http.limits.max-body-size} (413). Quarkus's own checks answer both without a body; this
 * filter runs before them (after CORS, priority 300), so theirs are left for what slips past it: a
 * request line past the codec's {@code quarkus.http.limits.max-initial-line-length}, which Netty
 * refuses before there is a request at all. A chunked body that grows past the limit while it is
 * read reaches {@link ProblemMapper} as a 413 from RESTEasy.
 */
@ApplicationScoped
public class HttpLimitFilter {

  /** After the CORS filter (300), before Quarkus's body-size check (route order -2). */
  static final int PRIORITY = 250;

  @Inject ObjectMapper json;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  Optional<MemorySize> maxBody;

  @ConfigProperty(name = "styrkort.http.max-request-line", defaultValue = "4096")
  int maxRequestLine;

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  void check(RoutingContext route) {
    HttpServerRequest request = route.request();
    if (request.uri().length() > maxRequestLine) {
      refuse(
          route,
          ProblemCode.URI_TOO_LONG,
          "The path and query are longer than the "
              + maxRequestLine
              + " characters this service reads. Send fewer or shorter parameters.",
          false);
      return;
    }
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && maxBody.isPresent()) {
      try {
        if (Long.parseLong(length.strip()) > maxBody.get().asLongValue()) {
          refuse(
              route,
              ProblemCode.PAYLOAD_TOO_LARGE,
              "The body is larger than the "
                  + maxBody.get().asLongValue()
                  + " bytes this service accepts.",
              true);
          return;
        }
      } catch (NumberFormatException e) {
        // Not a length: the HTTP codec refuses it.
      }
    }
    route.next();
  }

  private void refuse(RoutingContext route, ProblemCode code, String detail, boolean close) {
    Problem problem =
        new Problem(
            code.type(),
            code.title(),
            code.status(),
            detail,
            route.request().path() != null && route.request().path().length() <= maxRequestLine
                ? route.request().path()
                : null,
            code.name(),
            null);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    var response = route.response().setStatusCode(code.status());
    response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
    if (close) {
      // The body is not read: the connection cannot carry another request after it.
      response.putHeader(HttpHeaders.CONNECTION, "close");
      response.endHandler(done -> route.request().connection().close());
    }
    response.end(body);
  }
}
