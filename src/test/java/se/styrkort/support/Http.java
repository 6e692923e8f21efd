package se.styrkort.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client (java.net.http) for tests against a running process, where REST Assured's
 * static configuration would be shared by threads and instances.
 */
public final class Http {

  /** One answer: status, content type, Retry-After, body and how long it took. */
  public record Response(
      int status, String contentType, String retryAfter, String body, long millis) {
    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;
  private final String apiKey;

  public Http(URI base, String apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST without a body, as the operations that take none (a revision, a sync) are called. */
  public Response post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** The same client with another API key. */
  public Http withKey(String otherKey) {
    return new Http(base, otherKey);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (apiKey != null) {
      builder.header("X-API-Key", apiKey);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After").orElse(null),
          response.body(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
