package se.styrkort.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * OIDC bearer tokens, verified by quarkus-oidc. Authentication is not proactive, so a token is
 * verified only when the access filter asks for it here; with no OIDC server (or key) configured,
 * the default, tokens are refused and only API keys work.
 */
@ApplicationScoped
class BearerTokens {

  private static final Logger LOG = Logger.getLogger(BearerTokens.class);

  @Inject CurrentIdentityAssociation identities;
  @Inject Config config;

  /** Whether OIDC is set up: an OIDC server URL or a public key to verify tokens with. */
  boolean configured() {
    boolean enabled =
        config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(false);
    return enabled
        && (present("quarkus.oidc.auth-server-url") || present("quarkus.oidc.public-key"));
  }

  /** The authority Power BI's organisational sign-in is sent to. */
  Optional<String> authority(SecurityConfig security) {
    return security
        .authorizationUri()
        .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class));
  }

  /** The verified identity of the request's bearer token; empty if it does not verify. */
  Optional<SecurityIdentity> verify() {
    try {
      SecurityIdentity identity = identities.getIdentity();
      return identity == null || identity.isAnonymous() ? Optional.empty() : Optional.of(identity);
    } catch (RuntimeException e) {
      // The reason, never the token.
      LOG.debugf("Bearer token refused: %s", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private boolean present(String name) {
    return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent();
  }
}
