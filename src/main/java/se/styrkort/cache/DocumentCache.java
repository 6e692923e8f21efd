package se.styrkort.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
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

  /**
   * One encoded document. Its bytes are held outside the heap, read-only, so that every answer
   * hands the same memory to the socket: a cached 4 MB fulfilment or 18 MB tree is neither copied
   * into a fresh buffer nor allocated again per request (what {@code byte[]} entities cost, the
   * larger ones beyond Netty's pooled chunk size). The memory goes with the last reference to it.
   */
  record Entry(ByteBuffer bytes, String mediaType, String contentEncoding) {

    static Entry of(byte[] body, String mediaType, String contentEncoding) {
      ByteBuffer direct = ByteBuffer.allocateDirect(body.length).put(body).flip();
      return new Entry(direct.asReadOnlyBuffer(), mediaType, contentEncoding);
    }

    int length() {
      return bytes.remaining();
    }

    /** A copy of the bytes, for what works on arrays (compressing, tests). */
    byte[] body() {
      byte[] copy = new byte[length()];
      bytes.duplicate().get(copy);
      return copy;
    }

    /** The bytes as an answer's entity, sharing this entry's memory. */
    Buffer buffer() {
      return Buffer.buffer(Unpooled.wrappedBuffer(bytes.duplicate()));
    }
  }

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
    // Caffeine counts weights in maintenance that runs after a write, on another thread; without
    // it a read right after a put could see the cache as it was.
    cache.cleanUp();
    return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
  }

  /** Empties the cache (tests that compare a cold and a warm answer). */
  public void clear() {
    cache.invalidateAll();
    cache.cleanUp();
  }

  private static int weight(String key, Entry entry) {
    long weight = (long) entry.length() + 2L * key.length() + OVERHEAD;
    return (int) Math.min(Integer.MAX_VALUE, weight);
  }
}
