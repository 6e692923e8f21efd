package se.styrkort.kolada;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How Styrkort reaches Kolada ({@code styrkort.kolada.*}, e.g. STYRKORT_KOLADA_BASE_URL). */
@ConfigMapping(prefix = "styrkort.kolada")
public interface KoladaConfig {

  /** Kolada's API root; the tests point it at a local stub. */
  @WithDefault("https://api.kolada.se/v3")
  String baseUrl();

  /** How long one request may take, connecting included, before it counts as timed out. */
  @WithDefault("10S")
  Duration timeout();

  /** Attempts per request, the first included, for timeouts, 429 and 5xx. */
  @WithDefault("3")
  int maxAttempts();

  /** The wait before the second attempt; it doubles for each further one. */
  @WithDefault("1S")
  Duration backoff();

  /**
   * The longest wait between attempts. A 429 whose Retry-After asks for longer ends the sync at
   * once instead of holding the request open.
   */
  @WithDefault("30S")
  Duration maxBackoff();

  /** Rows asked for per page; Kolada's next_url carries on from there. */
  @WithDefault("5000")
  int perPage();

  /** The most pages one request may run to, against a next_url that never ends. */
  @WithDefault("100")
  int maxPages();

  /**
   * When to sync every plan's Kolada series on its own: a Quartz-style cron expression ("0 0 6 * *
   * ?" is 06:00 daily), or "off" (the default).
   */
  @WithDefault("off")
  String schedule();
}
