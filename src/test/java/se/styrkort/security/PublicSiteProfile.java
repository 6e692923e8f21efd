package se.styrkort.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The public site's deployment: behind a reverse proxy on this host whose X-Forwarded-For is
 * trusted, with a small limit for anonymous reads so that a test reaches it quickly.
 */
public class PublicSiteProfile implements QuarkusTestProfile {

  static final int ANONYMOUS_PER_MINUTE = 8;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "styrkort.proxy.forwarding",
        "true",
        "styrkort.proxy.trusted",
        "127.0.0.1",
        "%test.styrkort.security.rate-limit.anonymous-per-minute",
        Integer.toString(ANONYMOUS_PER_MINUTE));
  }
}
