package se.styrkort.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded MariaDB and the Kolada stub for every @QuarkusTest of the run. */
@QuarkusTestResource(value = EmbeddedMariaDb.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KoladaStub.class, restrictToAnnotatedClass = false)
public final class TestDatabase {
  private TestDatabase() {}
}
