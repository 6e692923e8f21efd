package se.styrkort.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Runs a write at most once per Idempotency-Key: bulk writes and every creating POST where a retry
 * could duplicate. The key is stored in the write's own transaction, so only a request that changed
 * something leaves a key; a refused request may simply be retried.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  /** The header's meaning, the same on every operation that takes it. */
  public static final String HEADER_DESCRIPTION =
      "Makes retries safe: a request with the same key and body is applied once, and its retries"
          + " get the first answer again (status, body, Location); the same key with another body"
          + " → 422 IDEMPOTENCY_KEY_REUSED. 1–255 characters, e.g. a UUID.";

  private static final int MAX_KEY_LENGTH = 255;

  @Inject ObjectMapper json;

  /**
   * The stored answer when {@code key} was used before with the same operation and request, else
   * the answer of {@code write}, stored under the key. Without a key the write simply runs.
   */
  @Transactional
  public <T> T once(
      String key, String operation, Object request, Class<T> answerType, Supplier<T> write) {
    return respond(key, operation, request, answerType, () -> RestResponse.ok(write.get()))
        .getEntity();
  }

  /**
   * As {@link #once}, for answers with a status and headers of their own: a retried creation gets
   * the first 201 with its body, Location and ETag, and nothing is created twice.
   */
  @Transactional
  public <T> RestResponse<T> respond(
      String key,
      String operation,
      Object request,
      Class<T> answerType,
      Supplier<RestResponse<T>> write) {
    if (key == null) {
      return write.get();
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw DomainException.invalid(HEADER, "must be 1–" + MAX_KEY_LENGTH + " characters");
    }
    String hash = hash(operation, request);
    IdempotencyRecord earlier = IdempotencyRecord.findById(key);
    if (earlier != null) {
      if (!earlier.requestHash.equals(hash)) {
        throw new DomainException(
            ProblemCode.IDEMPOTENCY_KEY_REUSED,
            "Idempotency-Key "
                + key
                + " was used for a different request; send a new key for a new request.");
      }
      return replay(earlier, answerType);
    }
    RestResponse<T> answer = write.get();
    IdempotencyRecord record = new IdempotencyRecord();
    record.key = key;
    record.requestHash = hash;
    record.status = answer.getStatus();
    record.responseBody = write(answer.getEntity());
    record.location = answer.getLocation() == null ? null : answer.getLocation().toString();
    record.etag = answer.getHeaderString(HttpHeaders.ETAG);
    record.createdAt = Instant.now();
    // Flushed now: a concurrent request with the same key fails here and rolls back its write.
    record.persistAndFlush();
    return answer;
  }

  private <T> RestResponse<T> replay(IdempotencyRecord earlier, Class<T> answerType) {
    RestResponse.ResponseBuilder<T> response =
        RestResponse.ResponseBuilder.<T>create(earlier.status)
            .entity(read(earlier.responseBody, answerType));
    if (earlier.location != null) {
      response.location(URI.create(earlier.location));
    }
    if (earlier.etag != null) {
      response.header(HttpHeaders.ETAG, earlier.etag);
    }
    return response.build();
  }

  private String hash(String operation, Object request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] body =
          request instanceof String text
              ? text.getBytes(StandardCharsets.UTF_8)
              : json.writeValueAsBytes(request);
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("cannot hash the request", e);
    }
  }

  private String write(Object answer) {
    try {
      return json.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store the answer", e);
    }
  }

  private <T> T read(String stored, Class<T> type) {
    try {
      // Fields left out of the JSON (an internal version) read back as their defaults.
      return json.readerFor(type)
          .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .readValue(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read the stored answer", e);
    }
  }
}
