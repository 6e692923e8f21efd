package se.styrkort.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * ETag, 304 and Cache-Control on every GET of the API. Single resources bring their own ETag (their
 * version) and answer 304 themselves; every other JSON body (collections, the tree, fulfilment,
 * reports) gets a strong ETag from a hash of its bytes, and 304 when If-None-Match names it. The
 * body is serialised here once and handed on as bytes, so it is not written twice.
 *
 * <p>Cache-Control is {@code private, no-cache} unless a resource set its own: a browser keeps its
 * copy but asks before each use, and a shared cache keeps nothing. Anonymous reads (which only
 * public, adopted plans answer) get {@code styrkort.cache.public} instead, by default {@code
 * public, max-age=60, stale-while-revalidate=300}, so a CDN or the municipality's reverse proxy can
 * serve a public site; they vary on the credentials too, so that no cache hands a signed-in
 * caller's request the anonymous answer.
 */
@Provider
public class ConditionalGetFilter implements ContainerResponseFilter {

  public static final String DEFAULT_CACHE_CONTROL = "private, no-cache";

  @Inject ObjectMapper json;
  @Inject CachePolicy policy;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    String path = request.getUriInfo().getPath();
    boolean api = path.startsWith("/api/");
    if (!HttpMethod.GET.equals(request.getMethod()) || !(api || path.startsWith("/odata/"))) {
      return;
    }
    int status = response.getStatus();
    if (status != Response.Status.OK.getStatusCode()
        && status != Response.Status.NOT_MODIFIED.getStatusCode()) {
      return;
    }
    if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, policy.cacheControl());
      String vary = policy.vary(null);
      if (vary != null) {
        response.getHeaders().add(HttpHeaders.VARY, vary);
      }
    }
    if (!api
        || status != Response.Status.OK.getStatusCode()
        || response.getHeaders().containsKey(HttpHeaders.ETAG)
        || !isJsonDocument(response)) {
      return;
    }
    byte[] body = json.writeValueAsBytes(response.getEntity());
    EntityTag tag = new EntityTag(hash(body));
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && EntityTags.matches(ifNoneMatch, tag)) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
      return;
    }
    response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
  }

  /** A JSON body still to be written (not a stream, not bytes already). */
  private static boolean isJsonDocument(ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    Object entity = response.getEntity();
    return entity != null
        && type != null
        && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        && !(entity instanceof byte[])
        && !(entity instanceof java.io.InputStream)
        && !(entity instanceof jakarta.ws.rs.core.StreamingOutput)
        && !(entity instanceof String);
  }

  private static String hash(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
