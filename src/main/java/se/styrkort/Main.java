package se.styrkort;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import se.styrkort.common.EmbeddedDatabase;

/**
 * Starts Styrkort. With no database configured it first starts an embedded MariaDB on loopback and
 * points the service at it, so that a laptop needs nothing but a JDK. The database keeps its data
 * in its directory and stops after the service (se.styrkort.common.EmbeddedDatabaseLifecycle).
 */
@QuarkusMain
public class Main {

  public static void main(String... args) {
    EmbeddedDatabase.startIfNoDatabaseConfigured();
    Quarkus.run(args);
  }
}
