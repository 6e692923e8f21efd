package se.styrkort.common;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The headers a browser app and a shared cache need on every answer, whoever wrote it (a resource,
 * the access filter's problems, Quarkus's CORS filter, a 304):
 *
 * <ul>
 *   <li>{@code Vary: Accept-Encoding, Origin}, merged with whatever {@code Vary} the answer has:
 *       the body depends on the encoding asked for (compression), the CORS headers on the origin.
 *   <li>{@code Timing-Allow-Origin} for an origin CORS allowed, so the Resource Timing API reports
 *       real sizes and timings to the page instead of zeros.
 *   <li>{@code Date}, which Vert.x does not send and which caches use to age a response.
 *   <li>The CORS request rules ({@code Access-Control-Allow-Headers}, {@code -Methods}, {@code
 *       -Max-Age}) only on preflights: on every other answer they are bytes no browser reads.
 * </ul>
 */
@ApplicationScoped
public class WebHeaders {

  /** Accept-Encoding and Origin: every answer of the service can depend on both. */
  static final Set<String> ALWAYS_VARY = Set.of("Accept-Encoding", "Origin");

  /** IMF-fixdate (RFC 9110 5.6.7): a two-digit day, always GMT. */
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  /**
   * Set by code whose body is already encoded (the document cache's gzip), with the coding: it
   * becomes Content-Encoding as the headers go out, after Quarkus has written its own mark.
   */
  public static final String ENCODED = "X-Styrkort-Encoded";

  private static final String[] PREFLIGHT_ONLY = {
    "Access-Control-Allow-Headers", "Access-Control-Allow-Methods", "Access-Control-Max-Age"
  };

  void install(@Observes Router router) {
    // Before every other route and filter (CORS included), so that the end handler is in place
    // for preflights that the CORS filter answers itself.
    router.route().order(Integer.MIN_VALUE).handler(WebHeaders::onRequest);
  }

  private static void onRequest(RoutingContext context) {
    boolean preflight =
        context.request().method() == HttpMethod.OPTIONS
            && context.request().headers().contains("Access-Control-Request-Method");
    context.addHeadersEndHandler(ignored -> complete(context.response().headers(), preflight));
    context.next();
  }

  static void complete(MultiMap headers, boolean preflight) {
    Set<String> vary = new LinkedHashSet<>();
    for (String value : headers.getAll("Vary")) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          vary.add(canonical(name.strip()));
        }
      }
    }
    vary.add("Accept-Encoding");
    vary.add("Origin");
    headers.set("Vary", String.join(", ", vary));
    String allowedOrigin = headers.get("Access-Control-Allow-Origin");
    if (allowedOrigin != null && !allowedOrigin.isBlank()) {
      headers.set("Timing-Allow-Origin", allowedOrigin);
    }
    if (!headers.contains("Date")) {
      headers.set("Date", HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
    }
    // With compression on, Quarkus marks every answer "Content-Encoding: identity" (do not
    // compress) and lifts it for compressible types only where a resource method ran; answers
    // that a filter made (cached documents, the access filter's problems) keep the mark. Lift it
    // here for every compressible body, so that the HTTP layer compresses them too.
    String coding = headers.get("Content-Encoding");
    String encoded = headers.get(ENCODED);
    if (encoded != null) {
      // Bytes encoded already (a cached document's gzip): labelled so, the compressor passes them.
      headers.remove(ENCODED);
      headers.set("Content-Encoding", encoded);
    } else if ("identity".equalsIgnoreCase(coding) && compressible(headers.get("Content-Type"))) {
      headers.remove("Content-Encoding");
    }
    if (!preflight) {
      for (String name : PREFLIGHT_ONLY) {
        headers.remove(name);
      }
    }
  }

  static final Set<String> COMPRESSIBLE =
      Set.of(
          "application/json",
          "application/problem+json",
          "text/csv",
          "application/xml",
          "text/xml",
          "text/plain",
          "text/html",
          "application/yaml");

  private static boolean compressible(String contentType) {
    if (contentType == null) {
      return false;
    }
    int parameters = contentType.indexOf(';');
    String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
    return COMPRESSIBLE.contains(type.toLowerCase(Locale.ROOT));
  }

  /** Header names compare case-insensitively; keep one spelling for each. */
  private static String canonical(String name) {
    for (String known : ALWAYS_VARY) {
      if (known.equalsIgnoreCase(name)) {
        return known;
      }
    }
    return name.toLowerCase(Locale.ROOT).equals("x-api-key") ? "X-API-Key" : name;
  }
}
