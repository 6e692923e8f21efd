package se.styrkort.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encoded plan-wide documents in memory, bounded by their size in bytes ({@code
 * styrkort.document-cache.max-size}; least recently and frequently used go first). Keys are the
 * documents' ETags, which name the plan's content version and everything of the request that
 * changes the bytes, plus the content coding; so an entry is never stale, only unused, and nothing
 * needs invalidating. Measured in /q/metrics: {@code styrkort_document_cache_bytes}, {@code
 * styrkort_document_cache_entries}, hits and misses.
 */
@ApplicationScoped
public class DocumentCache {

  /** What an entry costs beyond its body: key, headers, the map's own node (measured roughly). */
  static final int OVERHEAD = 256;

  /** One encoded document. */
  record Entry(byte[] body, String mediaType, String contentEncoding) {}

  @ConfigProperty(name = "styrkort.document-cache.max-size", defaultValue = "128M")
  MemorySize maxSize;

  @Inject MeterRegistry registry;

  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private Cache<String, Entry> cache;
  private long maxEntry;

  void start(@Observes StartupEvent start) {
    long max = maxSize.asLongValue();
    // An entry larger than half of the cache would push out almost everything else for itself.
    maxEntry = max / 2;
    cache =
        Caffeine.newBuilder()
            .maximumWeight(max)
            .weigher((String key, Entry entry) -> weight(key, entry))
            .build();
    Gauge.builder("styrkort.document.cache.bytes", this, DocumentCache::bytes)
        .description("Bytes of the plan-wide documents held in memory (bodies, keys, overhead)")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("styrkort.document.cache.entries", this, c -> c.cache.estimatedSize())
        .register(registry);
    FunctionCounter.builder("styrkort.document.cache.hits", hits, LongAdder::sum)
        .register(registry);
    FunctionCounter.builder("styrkort.document.cache.misses", misses, LongAdder::sum)
        .register(registry);
  }

  Entry get(String key) {
    Entry entry = cache.getIfPresent(key);
    (entry == null ? misses : hits).increment();
    return entry;
  }

  void put(String key, Entry entry) {
    if (weight(key, entry) <= maxEntry) {
      cache.put(key, entry);
    }
  }

  /** The weight of every entry, in bytes: what the bound applies to. */
  public long bytes() {
    return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
  }

  /** Empties the cache (tests that compare a cold and a warm answer). */
  public void clear() {
    cache.invalidateAll();
    cache.cleanUp();
  }

  private static int weight(String key, Entry entry) {
    long weight = (long) entry.body().length + 2L * key.length() + OVERHEAD;
    return (int) Math.min(Integer.MAX_VALUE, weight);
  }
}
