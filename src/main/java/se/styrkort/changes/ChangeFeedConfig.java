package se.styrkort.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The change feed's settings ({@code styrkort.changes.*}, e.g. STYRKORT_CHANGES_RETENTION). */
@ConfigMapping(prefix = "styrkort.changes")
public interface ChangeFeedConfig {

  /**
   * How long changes stay in the feed. A cursor older than that gets 410 Gone, and its holder loads
   * everything again.
   */
  @WithDefault("P90D")
  Duration retention();
}
