package se.styrkort.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.styrkort.security.CallerAccess;

/**
 * How caches may keep a read, the one place that decides it for every filter that answers one
 * (ConditionalGetFilter, the plan-wide document cache): {@code private, no-cache} for anyone with a
 * credential, {@code styrkort.cache.public} for anonymous reads, which only public, adopted plans
 * answer and which are the same for every anonymous caller. Public answers vary on the credentials
 * too, so that no shared cache hands a signed-in caller the anonymous answer.
 */
@ApplicationScoped
public class CachePolicy {

  /** What a shared cache must key a public answer on, besides the URL. */
  public static final String PUBLIC_VARY = "Authorization, X-API-Key";

  @Inject CallerAccess access;

  @ConfigProperty(
      name = "styrkort.cache.public",
      defaultValue = "public, max-age=60, stale-while-revalidate=300")
  String publicCacheControl;

  /** The Cache-Control of a read by the current caller. */
  public String cacheControl() {
    return access.anonymous() ? publicCacheControl : ConditionalGetFilter.DEFAULT_CACHE_CONTROL;
  }

  /** The Vary a read by the current caller needs besides {@code vary}, merged into it. */
  public String vary(String vary) {
    if (!access.anonymous()) {
      return vary;
    }
    return vary == null || vary.isBlank() ? PUBLIC_VARY : vary + ", " + PUBLIC_VARY;
  }
}
