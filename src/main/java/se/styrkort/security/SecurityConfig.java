package se.styrkort.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Access settings (prefix {@code styrkort.security}), each also an environment variable. */
@ConfigMapping(prefix = "styrkort.security")
public interface SecurityConfig {

  /**
   * Whether anonymous callers may read public, adopted plans ({@code
   * STYRKORT_SECURITY_ANONYMOUS_READ}). Off, every request needs a credential.
   */
  @WithDefault("true")
  boolean anonymousRead();

  /**
   * Where a local admin key is kept ({@code STYRKORT_SECURITY_ADMIN_KEY_FILE}): at start, when the
   * file does not hold a valid admin key, a new one is created and written there (mode 600); a
   * well-formed key there that is not known yet (from a Kubernetes Secret, read-only) is registered
   * as the admin key instead. The embedded database sets it to .styrkort/admin-key.
   */
  Optional<String> adminKeyFile();

  /**
   * The authority that a 401 names in {@code WWW-Authenticate: Bearer authorization_uri=...}, for
   * Power BI's organisational sign-in; by default the OIDC server URL.
   */
  Optional<String> authorizationUri();

  /**
   * The token claim that limits a signed-in user to the plans of organisation units ({@code
   * STYRKORT_SECURITY_UNIT_CLAIM}): a list of unit codes (or one string, comma or space separated).
   * A token without it reaches every plan its roles allow.
   */
  @WithDefault("styrkort_units")
  String unitClaim();

  RateLimit rateLimit();

  /** A token bucket per client for writes and expensive reads. */
  interface RateLimit {
    /** Requests per client and minute ({@code STYRKORT_SECURITY_RATE_LIMIT_PER_MINUTE}). */
    @WithDefault("600")
    int perMinute();

    /** Whether the limit applies at all ({@code STYRKORT_SECURITY_RATE_LIMIT_ENABLED}). */
    @WithDefault("true")
    boolean enabled();
  }
}
