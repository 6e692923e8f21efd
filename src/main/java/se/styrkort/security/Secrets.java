package se.styrkort.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** API key secrets: 256 random bits, stored only as their SHA-256. */
final class Secrets {

  /** Every secret starts so; it tells a reader (and a secret scanner) what it is. */
  static final String PREFIX = "sk_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code secret} looks like one of ours: the prefix and 256 bits in URL-safe base64. */
  static boolean isWellFormed(String secret) {
    return secret.matches(PREFIX + "[A-Za-z0-9_-]{43}");
  }

  static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Compares two hashes in time that does not depend on where they differ. */
  static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
