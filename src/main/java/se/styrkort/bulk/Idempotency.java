package se.styrkort.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import se.styrkort.common.DomainException;
import se.styrkort.common.ProblemCode;

/**
 * Runs a write at most once per Idempotency-Key. The key is stored in the write's own transaction,
 * so only a request that changed something leaves a key; a refused request may simply be retried.
 */
@ApplicationScoped
public class Idempotency {

  static final String HEADER = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 255;

  @Inject ObjectMapper json;

  /**
   * The stored answer when {@code key} was used before with the same operation and request, else
   * the answer of {@code write}, stored under the key. Without a key the write simply runs.
   */
  @Transactional
  public <T> T once(
      String key, String operation, Object request, Class<T> answerType, Supplier<T> write) {
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
      return read(earlier.responseBody, answerType);
    }
    T answer = write.get();
    IdempotencyRecord record = new IdempotencyRecord();
    record.key = key;
    record.requestHash = hash;
    record.status = 200;
    record.responseBody = write(answer);
    record.createdAt = Instant.now();
    // Flushed now: a concurrent request with the same key fails here and rolls back its write.
    record.persistAndFlush();
    return answer;
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
      return json.readValue(stored, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read the stored answer", e);
    }
  }
}
