package se.styrkort.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * A deployment with OIDC (tokens verified with a local test key, no outside identity provider),
 * anonymous reading switched off and a tight rate limit.
 */
public class SignedInProfile implements QuarkusTestProfile {

  static final String ISSUER = "https://login.microsoftonline.com/test-tenant/v2.0";
  static final String AUDIENCE = "api://styrkort-test";
  static final String AUTHORIZE = "https://login.microsoftonline.com/test-tenant/oauth2/authorize";
  // Low enough for the limit test to reach quickly, high enough for the fixtures the other tests
  // of the class create as the administrator (each AccessFixture is about ten writes).
  static final int WRITES_PER_MINUTE = 60;
  static final KeyPair KEYS = rsa();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.oidc.public-key",
        Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
        "quarkus.oidc.tenant-enabled",
        "true",
        "quarkus.oidc.token.issuer",
        ISSUER,
        "quarkus.oidc.token.audience",
        AUDIENCE,
        "styrkort.security.authorization-uri",
        AUTHORIZE,
        "styrkort.security.anonymous-read",
        "false",
        "%test.styrkort.security.rate-limit.per-minute",
        Integer.toString(WRITES_PER_MINUTE));
  }

  static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
