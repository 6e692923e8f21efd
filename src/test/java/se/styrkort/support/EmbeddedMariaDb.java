package se.styrkort.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import se.styrkort.common.EmbeddedDatabase;

/**
 * One real MariaDB for the whole test run, started from scratch in a temporary data directory:
 * tests never depend on a server being installed on the machine.
 */
public class EmbeddedMariaDb implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedDatabase database;

  @Override
  public synchronized Map<String, String> start() {
    if (database == null) {
      try {
        Path data = Files.createTempDirectory("styrkort-test-db");
        Optional<Path> base =
            Optional.ofNullable(System.getProperty("styrkort.test.db-base")).map(Path::of);
        database = EmbeddedDatabase.start(data, base);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.of(
        "quarkus.datasource.jdbc.url", database.jdbcUrl(),
        "quarkus.datasource.username", "root",
        "quarkus.datasource.password", "");
  }

  @Override
  public void stop() {
    // The server outlives each Quarkus restart between test classes and stops with the JVM.
  }
}
