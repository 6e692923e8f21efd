package se.styrkort.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps local use to two commands: when an admin key file is configured (the embedded database does
 * so) and does not hold a valid admin key, a new key is created and written there, readable only by
 * its owner. The log says where the key is, never what it is.
 */
@ApplicationScoped
class LocalAdminKey {

  static final String NAME = "local-admin";
  private static final Logger LOG = Logger.getLogger(LocalAdminKey.class);

  @Inject SecurityConfig config;
  @Inject ApiKeyService keys;

  void onStart(@Observes StartupEvent event) {
    config.adminKeyFile().map(Path::of).ifPresent(this::ensure);
  }

  void ensure(Path file) {
    Path where = file.toAbsolutePath();
    try {
      if (Files.isReadable(file)
          && keys.isActiveAdmin(Files.readString(file, StandardCharsets.UTF_8).strip())) {
        LOG.infof("The local admin API key is in %s (send it as X-API-Key).", where);
        return;
      }
      if (Files.isReadable(file) && !Files.isWritable(file)) {
        adopt(file, where);
        return;
      }
      ApiKeyService.Created created =
          keys.create(NAME, Role.ADMIN, Set.of(), null, CallerAccess.SYSTEM);
      write(file, created.secret());
      LOG.infof(
          "Created a local admin API key (api-key %d); it is in %s (send it as X-API-Key).",
          created.key().id, where);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the local admin key in " + where, e);
    }
  }

  /**
   * A read-only file (a Kubernetes Secret) cannot take a new key: the key it holds becomes the
   * admin key. Several replicas may start at once; the unique hash lets only one of them register
   * it.
   */
  private void adopt(Path file, Path where) throws IOException {
    String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (!Secrets.isWellFormed(secret)) {
      throw new IllegalStateException(
          where
              + " is read-only and holds no admin key: put a key made of \"sk_\" and 43"
              + " URL-safe base64 characters there (docs/deploy.md).");
    }
    try {
      keys.register(NAME, Role.ADMIN, secret, CallerAccess.SYSTEM);
      LOG.infof("Registered the admin API key from %s (send it as X-API-Key).", where);
    } catch (RuntimeException e) {
      if (!keys.isActiveAdmin(secret)) {
        LOG.warnf(
            "The admin API key in %s could not be registered (revoked, or already used): %s",
            where, e.getMessage());
        return;
      }
      LOG.infof("The admin API key in %s was registered by another replica.", where);
    }
  }

  private static void write(Path file, String secret) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.deleteIfExists(file);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
  }
}
