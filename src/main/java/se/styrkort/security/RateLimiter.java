package se.styrkort.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per client for writes and expensive reads, kept in memory (per instance). The
 * least recently seen clients are forgotten beyond {@link #CLIENTS}, so the map stays bounded.
 */
@ApplicationScoped
class RateLimiter {

  static final int CLIENTS = 10_000;

  @Inject SecurityConfig config;

  private final Map<String, Bucket> buckets =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
              return size() > CLIENTS;
            }
          });

  /** Empty when the request may go ahead; else the seconds to wait before trying again. */
  OptionalLong take(String client) {
    return take(client, config.rateLimit().perMinute());
  }

  /**
   * The same for an anonymous read, counted per address in a bucket of its own, sized for a public
   * site ({@code anonymous-per-minute}).
   */
  OptionalLong takeAnonymous(String address) {
    return take("anonymous " + address, config.rateLimit().anonymousPerMinute());
  }

  private OptionalLong take(String client, int perMinute) {
    SecurityConfig.RateLimit limit = config.rateLimit();
    if (!limit.enabled()) {
      return OptionalLong.empty();
    }
    Bucket bucket = buckets.computeIfAbsent(client, c -> newBucket(perMinute));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000));
  }

  private static Bucket newBucket(int perMinute) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build())
        .build();
  }
}
