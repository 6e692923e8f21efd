package se.styrkort.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package}) as
 * its own process, configured the way production configures it: environment variables for the
 * database, a port, and an admin key file the service writes at its first start. Stopped with
 * SIGTERM, as Kubernetes stops a pod.
 */
public final class PackagedService implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path keyFile;
  private final Path log;
  private Http http;

  private PackagedService(Process process, int port, Path keyFile, Path log) {
    this.process = process;
    this.port = port;
    this.keyFile = keyFile;
    this.log = log;
  }

  /** Starts the jar against {@code jdbcUrl} and returns at once; see {@link #awaitReady}. */
  public static PackagedService launch(String name, String jdbcUrl, Map<String, String> settings) {
    try {
      Path dir = Files.createTempDirectory("styrkort-" + name);
      // A key file of the test's own (a provisioned key), or one the service writes.
      Path keyFile =
          Path.of(
              settings.getOrDefault(
                  "STYRKORT_SECURITY_ADMIN_KEY_FILE", dir.resolve("admin-key").toString()));
      Path log = dir.resolve("service.log");
      int port = freePort();
      Map<String, String> env = new HashMap<>();
      env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
      env.put("QUARKUS_DATASOURCE_USERNAME", "root");
      env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
      env.put("STYRKORT_EMBEDDED_DATABASE_ENABLED", "false");
      env.put("STYRKORT_SECURITY_ADMIN_KEY_FILE", keyFile.toString());
      // One admin key writes from several threads; the limit has its own tests.
      env.put("STYRKORT_SECURITY_RATE_LIMIT_ENABLED", "false");
      env.put("STYRKORT_DEMO_DATA", "false");
      env.putAll(settings);
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx384m",
                      "-Djava.io.tmpdir=" + dir,
                      "-jar",
                      jar().toString()))
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder
          .environment()
          .keySet()
          .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("STYRKORT_"));
      builder.environment().putAll(env);
      return new PackagedService(builder.start(), port, keyFile, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the jar the README's way: no database configured, so it runs on the embedded MariaDB
   * with its data under {@code workDir/.styrkort}, and the admin key it writes there. Returns at
   * once.
   */
  public static PackagedService launchEmbedded(
      String name, Path workDir, Map<String, String> settings) {
    try {
      Files.createDirectories(workDir);
      Path log = Files.createTempFile("styrkort-" + name, ".log");
      int port = freePort();
      Map<String, String> env = new HashMap<>();
      env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
      env.put("STYRKORT_SECURITY_RATE_LIMIT_ENABLED", "false");
      env.putAll(settings);
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx384m",
                      "-jar",
                      jar().toAbsolutePath().toString()))
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder
          .environment()
          .keySet()
          .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("STYRKORT_"));
      builder.environment().putAll(env);
      return new PackagedService(
          builder.start(), port, workDir.resolve(".styrkort").resolve("admin-key"), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the jar and waits until it is ready. */
  public static PackagedService start(String name, String jdbcUrl, Map<String, String> settings) {
    PackagedService service = launch(name, jdbcUrl, settings);
    service.awaitReady(Duration.ofSeconds(120));
    return service;
  }

  static Path jar() {
    Path jar =
        Path.of(System.getProperty("styrkort.packaged-jar", "target/quarkus-app/quarkus-run.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar.toAbsolutePath() + " is missing: run ./mvnw verify (package builds it).");
    }
    return jar;
  }

  /** Waits for {@code /q/health/ready} to answer 200; fails with the log if the process ends. */
  public void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Http anonymous = new Http(baseUri(), null);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The service ended with " + process.exitValue() + " before it was ready:\n" + log());
      }
      try {
        if (anonymous.get("/q/health/ready").status() == 200) {
          return;
        }
      } catch (UncheckedIOException notYet) {
        // not listening yet
      }
      sleep(200);
    }
    throw new IllegalStateException("The service was not ready within " + timeout + ":\n" + log());
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** A client that sends the admin key the service wrote at start. */
  public synchronized Http admin() {
    if (http == null) {
      try {
        http = new Http(baseUri(), Files.readString(keyFile, StandardCharsets.UTF_8).strip());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return http;
  }

  public Http anonymous() {
    return new Http(baseUri(), null);
  }

  /** Sends SIGTERM without waiting. */
  public void terminate() {
    process.destroy();
  }

  /** Sends SIGKILL: the JVM ends at once, no shutdown hook runs. */
  public void kill() {
    process.destroyForcibly();
  }

  public long pid() {
    return process.pid();
  }

  public int port() {
    return port;
  }

  /** Waits for the process to end and returns its exit code, or -1 after the timeout. */
  public int awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      terminate();
      if (awaitExit(Duration.ofSeconds(30)) == -1) {
        process.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
