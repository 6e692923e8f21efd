package se.styrkort.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import se.styrkort.common.EmbeddedDatabase;

/** An embedded MariaDB of one integration test's own, empty at first, for packaged services. */
public final class ItDatabase implements AutoCloseable {

  private final EmbeddedDatabase database;

  private ItDatabase(EmbeddedDatabase database) {
    this.database = database;
  }

  public static ItDatabase start(String name) {
    try {
      Path data = Files.createTempDirectory("styrkort-it-" + name);
      Optional<Path> base =
          Optional.ofNullable(System.getProperty("styrkort.test.db-base")).map(Path::of);
      return new ItDatabase(EmbeddedDatabase.start(data, base));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String jdbcUrl() {
    return database.jdbcUrl();
  }

  public EmbeddedDatabase server() {
    return database;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), "root", "");
  }

  @Override
  public void close() {
    database.stop();
  }
}
