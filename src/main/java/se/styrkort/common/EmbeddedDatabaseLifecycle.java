package se.styrkort.common;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Ties the local embedded database (started by {@code se.styrkort.Main} before Quarkus) to the
 * service's life: once everything has started, four lines say where things are; when the service
 * stops, the database stops after it.
 */
@ApplicationScoped
class EmbeddedDatabaseLifecycle {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseLifecycle.class);

  /** After every other start-up observer (migrations, demo plan, admin key). */
  void onStart(@Observes @Priority(Integer.MAX_VALUE - 1) StartupEvent event) {
    EmbeddedDatabase.local()
        .ifPresent(
            database -> {
              database.serving();
              Config config = ConfigProvider.getConfig();
              Path dataDir = database.dataDir();
              Path keyFile =
                  config
                      .getOptionalValue("styrkort.security.admin-key-file", String.class)
                      .map(file -> Path.of(file).toAbsolutePath().normalize())
                      .orElse(null);
              String host = config.getOptionalValue("quarkus.http.host", String.class).orElse("");
              int port = config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
              LOG.infof(
                  "Styrkort's data is in %s (embedded MariaDB on 127.0.0.1:%d).",
                  dataDir, database.port());
              if (keyFile != null) {
                LOG.infof("The admin API key is in %s (send it as X-API-Key).", keyFile);
              }
              LOG.infof(
                  "Styrkort is at http://%s:%d (Swagger UI: /q/swagger-ui)%s.",
                  "0.0.0.0".equals(host) ? "localhost" : host,
                  port,
                  "127.0.0.1".equals(host) ? ", for this machine only (QUARKUS_HTTP_HOST)" : "");
              LOG.infof(
                  "To start over, stop the service and delete %s.", startOver(dataDir, keyFile));
            });
  }

  void onStop(@Observes ShutdownEvent event) {
    EmbeddedDatabase.local().ifPresent(EmbeddedDatabase::stop);
  }

  /** The one directory that holds both, as by default (.styrkort), or the two. */
  static String startOver(Path dataDir, Path keyFile) {
    Path parent = dataDir.getParent();
    if (keyFile == null) {
      return dataDir.toString();
    }
    if (parent != null
        && parent.equals(keyFile.getParent())
        && parent.getFileName() != null
        && parent.getFileName().toString().equals(".styrkort")) {
      return parent.toString();
    }
    return dataDir + " and " + keyFile;
  }
}
