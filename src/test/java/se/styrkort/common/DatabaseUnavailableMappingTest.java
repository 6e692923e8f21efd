package se.styrkort.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

/**
 * Every way the database's absence reaches the mapper becomes 503 DATABASE_UNAVAILABLE with
 * Retry-After, never a 500: pure, no Quarkus.
 */
class DatabaseUnavailableMappingTest {

  private static final UriInfo URI =
      (UriInfo)
          Proxy.newProxyInstance(
              UriInfo.class.getClassLoader(),
              new Class<?>[] {UriInfo.class},
              (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/plans" : null);

  private final ProblemMapper mapper = new ProblemMapper();

  @Test
  void aPoolThatGivesUpWaitingIsUnavailableNotAnInternalError() {
    // Agroal's acquisition timeout, as Hibernate wraps it (no SQL state: GenericJDBCException).
    SQLException timeout = new SQLException("Sorry, acquisition timeout!");
    assertUnavailable(
        new PersistenceException(
            new GenericJDBCException("Unable to acquire JDBC Connection", timeout)));
  }

  @Test
  void connectionErrorsInAnyWrappingAreUnavailable() {
    assertUnavailable(
        new RuntimeException(
            new JDBCConnectionException(
                "could not connect", new SQLException("refused", "08000"))));
    assertUnavailable(
        new IllegalStateException(
            new SQLNonTransientConnectionException("Socket fail to connect", "08000")));
    assertUnavailable(new RuntimeException(new SQLTransientConnectionException("busy")));
    assertUnavailable(new SQLException("Connection reset", "08S01"));
  }

  @Test
  void otherDatabaseErrorsStayInternal() {
    SQLException syntax = new SQLException("You have an error in your SQL syntax", "42000");
    assertFalse(ProblemMapper.databaseUnreachable(new GenericJDBCException("bad", syntax)));
    RestResponse<Problem> response = mapper.unexpected(new IllegalStateException("bug"), URI);
    assertEquals(500, response.getStatus());
  }

  private void assertUnavailable(Throwable failure) {
    assertTrue(ProblemMapper.databaseUnreachable(failure), failure.toString());
    RestResponse<Problem> response = mapper.unexpected(failure, URI);
    assertEquals(503, response.getStatus());
    assertEquals("DATABASE_UNAVAILABLE", response.getEntity().code());
    assertEquals("5", response.getHeaderString("Retry-After"));
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
  }
}
