package se.styrkort.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Styrkort's own settings (prefix {@code styrkort}), each also an environment variable: {@code
 * styrkort.demo-data} is {@code STYRKORT_DEMO_DATA}.
 */
@ConfigMapping(prefix = "styrkort")
public interface StyrkortConfig {

  /**
   * Whether the demo plan (Ljusnarsbergs kommun, indicators 2024) is loaded at start when it is not
   * in the database yet. Off unless asked for; the embedded database switches it on.
   */
  @WithDefault("false")
  boolean demoData();
}
