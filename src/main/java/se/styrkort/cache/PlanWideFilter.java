package se.styrkort.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.styrkort.common.CachePolicy;
import se.styrkort.common.EntityTags;
import se.styrkort.common.WebHeaders;
import se.styrkort.security.CallerAccess;

/**
 * Serves {@link PlanWide} documents from the {@link DocumentCache}, and answers If-None-Match for
 * them from the plan's content version alone. Runs after the access filter, so every access check
 * is made before the cache is looked at; the access filter has already read the plan's content
 * version with the plan (or the version of the plan named in the query, or the change feed's
 * position for a document across plans) in its one statement, so a 304 costs no statement beyond
 * the access check's.
 *
 * <p>The ETag (and the cache key) is a digest of everything that changes the bytes: the build, the
 * plan and its content version (or, for a document across plans, the feed's position and the plans
 * the caller may read), the path, every query parameter (sorted; the api_key credential left out),
 * Accept, Accept-Language, the base URI (next links are absolute), and whether the caller is signed
 * in (anonymous callers see less). The content coding is part of the cache key, not of the ETag. A
 * document is computed after its version was read, so what is cached under a version is that
 * version or a later one, never an earlier one.
 *
 * <p>Streamed answers (CSV) get the ETag and 304s, but are not held in memory.
 */
@jakarta.inject.Singleton
public class PlanWideFilter {

  static final String PENDING = PlanWideFilter.class.getName() + ".pending";
  // Words beside enums follow Accept-Language (issue 19), so shared caches keep them apart.
  private static final String VARY = "Accept, Accept-Encoding, Accept-Language";
  private static final String GZIP = "gzip";
  private static final List<String> PLAN_PATH_PARAMETERS =
      List.of("planId", "goalId", "indicatorId", "pointId");

  @Inject CallerAccess access;
  @Inject ContentVersions versions;
  @Inject DocumentCache cache;
  @Inject ObjectMapper json;
  @Inject CachePolicy policy;

  @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev")
  String build;

  /** What a document is of: a plan at a version (or every plan), as seen by a class of callers. */
  private record Scope(String text, long version) {}

  /**
   * A document to be computed now, and cached under {@code tag} when it is; {@code flight} is
   * completed with it for the requests that asked for the same document meanwhile (null when this
   * request computes without having the lead).
   */
  private record Pending(
      EntityTag tag, boolean gzip, CompletableFuture<DocumentCache.Entry> flight) {}

  /**
   * How long a request waits for another that computes the same document, before it computes it
   * itself: as long as the transaction of the one it waits for may take.
   */
  private static final long WAIT_SECONDS = 60;

  /**
   * The documents being computed, by ETag: after a change, the many readers of a plan (a Power BI
   * refresh, the web site) wait for one computation instead of each running their own.
   */
  private final ConcurrentHashMap<String, CompletableFuture<DocumentCache.Entry>> computing =
      new ConcurrentHashMap<>();

  @ServerRequestFilter(priority = Priorities.USER + 100)
  public Optional<Response> lookUp(
      ContainerRequestContext request, ResourceInfo resource, UriInfo uri, HttpServerRequest http) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || resource.getResourceMethod() == null
        || !resource.getResourceMethod().isAnnotationPresent(PlanWide.class)) {
      return Optional.empty();
    }
    Scope scope = scope(uri);
    if (scope == null) {
      return Optional.empty();
    }
    EntityTag tag = tag(scope, request, uri);
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && EntityTags.matches(ifNoneMatch, tag)) {
      return Optional.of(
          Response.notModified(tag)
              .header(HttpHeaders.CACHE_CONTROL, policy.cacheControl())
              .header(HttpHeaders.VARY, policy.vary(VARY))
              .build());
    }
    // A client that takes gzip gets the cached gzip bytes: compressing an 18 MB tree costs more
    // than computing it did. WebHeaders labels them at the very end (Quarkus would otherwise mark
    // the answer as identity), and HTTP/1.1's compressor passes an answer labelled encoded.
    // HTTP/2's
    // (h2c, as Java's HttpClient asks by default) compresses whatever the label names, so there
    // the HTTP layer does the compressing on the plain bytes.
    boolean gzip =
        http.version() != HttpVersion.HTTP_2
            && acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    DocumentCache.Entry entry = cache.get(key(tag, gzip));
    if (entry == null && gzip) {
      DocumentCache.Entry plain = cache.get(key(tag, false));
      if (plain != null) {
        entry = compressed(plain);
        cache.put(key(tag, true), entry);
      }
    }
    CompletableFuture<DocumentCache.Entry> flight = null;
    if (entry == null) {
      CompletableFuture<DocumentCache.Entry> mine = new CompletableFuture<>();
      CompletableFuture<DocumentCache.Entry> running = computing.putIfAbsent(tag.getValue(), mine);
      if (running == null) {
        flight = mine;
      } else {
        DocumentCache.Entry plain = await(tag, running);
        if (plain != null) {
          entry = gzip ? compressedOf(tag, plain) : plain;
        }
      }
    }
    if (entry != null) {
      Response.ResponseBuilder ok =
          Response.ok(entry.buffer(), entry.mediaType())
              .tag(tag)
              .header(HttpHeaders.CACHE_CONTROL, policy.cacheControl())
              .header(HttpHeaders.VARY, policy.vary(VARY));
      if (entry.contentEncoding() != null) {
        ok.header(HttpHeaders.CONTENT_ENCODING, entry.contentEncoding())
            .header(WebHeaders.ENCODED, entry.contentEncoding());
      }
      return Optional.of(ok.build());
    }
    request.setProperty(PENDING, new Pending(tag, gzip, flight));
    return Optional.empty();
  }

  /** The document another request computes, or null when it fails or takes too long. */
  private DocumentCache.Entry await(EntityTag tag, CompletableFuture<DocumentCache.Entry> running) {
    try {
      return running.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      computing.remove(tag.getValue(), running);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private DocumentCache.Entry compressedOf(EntityTag tag, DocumentCache.Entry plain) {
    DocumentCache.Entry cached = cache.get(key(tag, true));
    if (cached != null) {
      return cached;
    }
    DocumentCache.Entry compressed = compressed(plain);
    cache.put(key(tag, true), compressed);
    return compressed;
  }

  @ServerResponseFilter(priority = Priorities.USER + 100)
  public void store(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    if (!(request.getProperty(PENDING) instanceof Pending pending)) {
      return;
    }
    request.removeProperty(PENDING);
    DocumentCache.Entry plain = null;
    try {
      plain = encode(pending, response);
    } finally {
      if (pending.flight() != null) {
        pending.flight().complete(plain);
        computing.remove(pending.tag().getValue(), pending.flight());
      }
    }
  }

  /** Encodes, caches and sends the computed document; returns it (identity), or null. */
  private DocumentCache.Entry encode(Pending pending, ContainerResponseContext response)
      throws IOException {
    if (response.getStatus() != Response.Status.OK.getStatusCode()) {
      return null;
    }
    response.getHeaders().putSingle(HttpHeaders.ETAG, pending.tag());
    response.getHeaders().putSingle(HttpHeaders.VARY, policy.vary(VARY));
    byte[] body = bytes(response);
    if (body == null) {
      return null;
    }
    MediaType type = response.getMediaType();
    DocumentCache.Entry plain = DocumentCache.Entry.of(body, type.toString(), null);
    cache.put(key(pending.tag(), false), plain);
    DocumentCache.Entry sent = plain;
    if (pending.gzip()) {
      sent = compressed(plain);
      cache.put(key(pending.tag(), true), sent);
      response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, GZIP);
      response.getHeaders().putSingle(WebHeaders.ENCODED, GZIP);
    }
    response.setEntity(sent.buffer(), response.getEntityAnnotations(), type);
    return plain;
  }

  /** The plan and its version the document is of, or null when there is none to cache under. */
  private Scope scope(UriInfo uri) {
    for (String parameter : PLAN_PATH_PARAMETERS) {
      if (uri.getPathParameters().containsKey(parameter)) {
        OptionalLong version = access.pathPlanContentVersion();
        return version.isPresent()
            ? scope("plan " + access.pathPlanId().getAsLong(), version, false)
            : null;
      }
    }
    String planId = uri.getQueryParameters().getFirst("planId");
    if (planId != null) {
      // Access to a plan named in the query is decided by the resource: the key holds the plans
      // the caller may read, so that no caller is ever served another's answer.
      try {
        long id = Long.parseLong(planId);
        // Read with the access check, in its statement, where it could be.
        OptionalLong read = access.queryPlanContentVersion(id);
        OptionalLong version = read.isPresent() ? read : versions.ofPlan(id);
        return version.isPresent() ? scope("plan " + id, version, true) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    OptionalLong read = access.feedPosition();
    OptionalLong version = read.isPresent() ? read : versions.ofAll();
    return version.isPresent() ? scope("every plan", version, true) : null;
  }

  private Scope scope(String of, OptionalLong version, boolean acrossPlans) {
    return new Scope(
        of + "@" + version.getAsLong() + " " + access.visibility(acrossPlans), version.getAsLong());
  }

  private EntityTag tag(Scope scope, ContainerRequestContext request, UriInfo uri) {
    StringBuilder key = new StringBuilder(256);
    key.append(build).append('\n').append(scope.text()).append('\n');
    key.append(uri.getBaseUri()).append('\n').append(uri.getPath()).append('\n');
    Map<String, List<String>> query = new TreeMap<>(uri.getQueryParameters());
    query.remove("api_key");
    query.forEach(
        (name, values) -> {
          for (String value : values) {
            key.append(encode(name)).append('=').append(encode(value)).append('&');
          }
        });
    key.append('\n').append(header(request, HttpHeaders.ACCEPT));
    key.append('\n').append(header(request, HttpHeaders.ACCEPT_LANGUAGE));
    return new EntityTag(scope.version() + "-" + digest(key.toString()));
  }

  private static String key(EntityTag tag, boolean gzip) {
    return tag.getValue() + (gzip ? " gzip" : " identity");
  }

  private byte[] bytes(ContainerResponseContext response) throws IOException {
    Object entity = response.getEntity();
    MediaType type = response.getMediaType();
    if (entity == null || type == null) {
      return null;
    }
    if (entity instanceof byte[] bytes) {
      return bytes;
    }
    if (entity instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        && !(entity instanceof java.io.InputStream)
        && !(entity instanceof jakarta.ws.rs.core.StreamingOutput)) {
      return json.writeValueAsBytes(entity);
    }
    return null;
  }

  private static DocumentCache.Entry compressed(DocumentCache.Entry plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length() / 6));
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
      gzip.write(plain.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DocumentCache.Entry.of(out.toByteArray(), plain.mediaType(), GZIP);
  }

  /** Whether the client takes gzip: named without q=0 (a bare * is not taken as gzip). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.trim().split(";");
      if (parts[0].trim().equalsIgnoreCase(GZIP)) {
        for (int i = 1; i < parts.length; i++) {
          String parameter = parts[i].trim().replace(" ", "");
          if (parameter.startsWith("q=") && Double.parseDouble(qValue(parameter)) == 0) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static String qValue(String parameter) {
    String value = parameter.substring(2);
    return value.matches("[0-9](\\.[0-9]{0,3})?") ? value : "1";
  }

  private static String header(ContainerRequestContext request, String name) {
    List<String> values = request.getHeaders().get(name);
    return values == null ? "" : String.join(",", new ArrayList<>(values)).strip();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String digest(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
