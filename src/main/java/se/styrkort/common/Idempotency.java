package se.styrkort.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 *
 * <p>Concurrent retries with one key: the key is claimed (its row inserted) before the write, in
 * the write's transaction. A second request with the key waits for that row's lock: when the first
 * commits, the second gets the first answer; when the first is refused (rolled back), the second
 * runs as if it were first. A second request that would wait longer than {@link
 * #CLAIM_WAIT_SECONDS} gets 409 IDEMPOTENCY_KEY_IN_USE with Retry-After, never a 500.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  /** The header's meaning, the same on every operation that takes it. */
  public static final String HEADER_DESCRIPTION =
      "Makes retries safe: a request with the same key and body is applied once, and its retries"
          + " get the first answer again (status, body, Location), also while the first is still"
          + " running (they wait up to "
          + Idempotency.CLAIM_WAIT_SECONDS
          + " s for it, else 409 IDEMPOTENCY_KEY_IN_USE with Retry-After); the same key with"
          + " another body → 422 IDEMPOTENCY_KEY_REUSED. 1–255 characters, e.g. a UUID.";

  /** How long a request waits for a concurrent one with the same key before answering 409. */
  public static final int CLAIM_WAIT_SECONDS = 5;

  private static final int MAX_KEY_LENGTH = 255;

  @Inject ObjectMapper json;
  @Inject Store store;

  /**
   * The stored answer when {@code key} was used before with the same operation and request, else
   * the answer of {@code write}, stored under the key. Without a key the write simply runs.
   */
  public <T> T once(
      String key, String operation, Object request, Class<T> answerType, Supplier<T> write) {
    return respond(key, operation, request, answerType, () -> RestResponse.ok(write.get()))
        .getEntity();
  }

  /**
   * As {@link #once}, for answers with a status and headers of their own: a retried creation gets
   * the first 201 with its body, Location and ETag, and nothing is created twice.
   */
  public <T> RestResponse<T> respond(
      String key,
      String operation,
      Object request,
      Class<T> answerType,
      Supplier<RestResponse<T>> write) {
    if (key == null) {
      return store.run(write);
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw DomainException.invalid(HEADER, "must be 1–" + MAX_KEY_LENGTH + " characters");
    }
    String hash = hash(operation, request);
    try {
      return store.claimAndRun(
          key, hash, write, this::record, earlier -> answer(key, hash, earlier, answerType));
    } catch (KeyTaken taken) {
      // A concurrent request with this key committed first: its answer is ours.
      IdempotencyRecord earlier = taken.stillRunning ? null : store.find(key);
      if (earlier != null) {
        return answer(key, hash, earlier, answerType);
      }
      throw new DomainException(
              ProblemCode.IDEMPOTENCY_KEY_IN_USE,
              "A request with Idempotency-Key "
                  + key
                  + " is still being processed; retry after a moment to get its answer.")
          .retryAfter(1);
    }
  }

  /** The key's row is another request's: committed (a duplicate), or still locked by it. */
  static final class KeyTaken extends RuntimeException {
    final boolean stillRunning;

    KeyTaken(boolean stillRunning) {
      super(null, null, false, false);
      this.stillRunning = stillRunning;
    }
  }

  /** The transactions of {@link Idempotency}: one bean, so the interceptors apply. */
  @ApplicationScoped
  static class Store {

    @Inject EntityManager entities;

    @Transactional
    <T> RestResponse<T> run(Supplier<RestResponse<T>> write) {
      return write.get();
    }

    @Transactional
    IdempotencyRecord find(String key) {
      return IdempotencyRecord.findById(key);
    }

    /**
     * Replays an earlier answer, or claims the key (its row, inserted now, stays locked until this
     * transaction ends) and runs the write; the answer is stored in the claimed row.
     */
    @Transactional
    <T> RestResponse<T> claimAndRun(
        String key,
        String hash,
        Supplier<RestResponse<T>> write,
        java.util.function.BiConsumer<IdempotencyRecord, RestResponse<T>> record,
        java.util.function.Function<IdempotencyRecord, RestResponse<T>> replay) {
      IdempotencyRecord earlier = IdempotencyRecord.findById(key);
      if (earlier != null) {
        return replay.apply(earlier);
      }
      // MariaDB's per-statement lock wait: a concurrent holder of the key is waited for briefly.
      // IGNORE: a key another request holds is an expected race, answered by KeyTaken, not a
      // duplicate-key error that every layer below would log as a warning.
      int inserted;
      try {
        inserted =
            entities
                .createNativeQuery(
                    "SET STATEMENT innodb_lock_wait_timeout = "
                        + CLAIM_WAIT_SECONDS
                        + " FOR INSERT IGNORE INTO idempotency_key"
                        + " (idempotency_key, request_hash, status, response_body, created_at)"
                        + " VALUES (?1, ?2, 0, '', ?3)")
                .setParameter(1, key)
                .setParameter(2, hash)
                .setParameter(3, Instant.now())
                .executeUpdate();
      } catch (RuntimeException e) {
        if (SqlErrors.duplicateKey(e) || SqlErrors.lockWaitTimeout(e)) {
          throw new KeyTaken(SqlErrors.lockWaitTimeout(e));
        }
        throw e;
      }
      if (inserted == 0) {
        throw new KeyTaken(false);
      }
      // A failure from here on is the write's own (a race on its rows is CONCURRENT_CHANGE).
      RestResponse<T> answer = write.get();
      IdempotencyRecord claimed = IdempotencyRecord.findById(key);
      record.accept(claimed, answer);
      return answer;
    }
  }

  private <T> RestResponse<T> answer(
      String key, String hash, IdempotencyRecord earlier, Class<T> answerType) {
    if (!earlier.requestHash.equals(hash)) {
      throw new DomainException(
          ProblemCode.IDEMPOTENCY_KEY_REUSED,
          "Idempotency-Key "
              + key
              + " was used for a different request; send a new key for a new request.");
    }
    return replay(earlier, answerType);
  }

  private <T> void record(IdempotencyRecord record, RestResponse<T> answer) {
    record.status = answer.getStatus();
    record.responseBody = write(answer.getEntity());
    record.location = answer.getLocation() == null ? null : answer.getLocation().toString();
    record.etag = answer.getHeaderString(HttpHeaders.ETAG);
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
