package se.styrkort.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Http;
import se.styrkort.support.ItDatabase;
import se.styrkort.support.PackagedService;

/**
 * The production recipe's first start, as an operator meets it: the packaged service on an empty
 * external database. Without any way in it refuses to start and names the variable; with the key
 * file of the recipe it starts, writes an admin key there (mode 600) that works; and once that key
 * exists, the variable may go.
 */
class ProductionFirstStartIT {

  private static ItDatabase database;

  @BeforeAll
  static void emptyDatabase() {
    database = ItDatabase.start("first-start");
  }

  @AfterAll
  static void stop() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void refusesWithoutAWayInThenStartsWithTheKeyFileOfTheRecipe() throws Exception {
    // An empty value is no value: the service sees no key file.
    Map<String, String> noKeyFile = Map.of("STYRKORT_SECURITY_ADMIN_KEY_FILE", "");
    try (PackagedService refused =
        PackagedService.launch("no-way-in", database.jdbcUrl(), noKeyFile)) {
      int exit = refused.awaitExit(Duration.ofSeconds(900));
      assertNotEquals(0, exit, refused.log());
      assertNotEquals(-1, exit, "it ends rather than hangs\n" + refused.log());
      assertTrue(
          refused.log().contains("Set STYRKORT_SECURITY_ADMIN_KEY_FILE to a file"), refused.log());
    }

    Path dir = Files.createTempDirectory("styrkort-var-lib");
    Path keyFile = dir.resolve("admin-key");
    try (PackagedService first =
        PackagedService.launch(
            "recipe",
            database.jdbcUrl(),
            Map.of("STYRKORT_SECURITY_ADMIN_KEY_FILE", keyFile.toString()))) {
      first.awaitReady(Duration.ofSeconds(900));
      assertTrue(first.log().contains("it is in " + keyFile.toAbsolutePath()), first.log());
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
      assertEquals(200, first.admin().get("/api/v1/api-keys").status());
      assertEquals(401, first.anonymous().get("/api/v1/api-keys").status());
    }

    // Once an admin key exists, the variable is no longer needed.
    String key = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
    try (PackagedService later = PackagedService.launch("later", database.jdbcUrl(), noKeyFile)) {
      later.awaitReady(Duration.ofSeconds(900));
      Http admin = later.anonymous().withKey(key);
      assertEquals(200, admin.get("/api/v1/api-keys").status());
    }
  }
}
