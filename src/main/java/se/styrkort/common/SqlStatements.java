package se.styrkort.common;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the SQL statements sent past Hibernate (plain JDBC: access checks, content versions, the
 * OData queries), which Hibernate's statistics do not see. Exposed as {@code
 * styrkort_jdbc_statements_total} in /q/metrics; bench/run.sh adds it to Hibernate's count, so a
 * request's statements are all counted.
 */
@ApplicationScoped
public class SqlStatements {

  private static final LongAdder COUNT = new LongAdder();

  /** One more statement prepared past Hibernate. */
  public static void count() {
    COUNT.increment();
  }

  /** Every statement counted so far. */
  public static long total() {
    return COUNT.sum();
  }

  void register(@Observes StartupEvent start, MeterRegistry registry) {
    FunctionCounter.builder("styrkort.jdbc.statements", COUNT, LongAdder::sum)
        .description("SQL statements prepared past Hibernate (access checks, versions, OData)")
        .register(registry);
  }
}
