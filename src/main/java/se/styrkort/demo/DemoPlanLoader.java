package se.styrkort.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.styrkort.common.DomainException;
import se.styrkort.common.StyrkortConfig;
import se.styrkort.plan.Plan;
import se.styrkort.transfer.PlanDocument;
import se.styrkort.transfer.PlanDocumentWriter;
import se.styrkort.transfer.PlanImportResult;

/**
 * Loads the demo plan (Ljusnarsbergs kommun, indicators 2024) at start when {@code
 * styrkort.demo-data} is on and the database holds no plan at all: restarts never duplicate it, and
 * a demo plan someone renamed, revised or deleted does not come back beside their own plans. The
 * file is a plan document, the format of export and import, and is written the same way: checked
 * whole, then written in one transaction. Quarkus has run the Flyway migrations by the time
 * StartupEvent is fired.
 */
@ApplicationScoped
public class DemoPlanLoader {

  /** The demo plan, as data: the seed document's tables, written out in full. */
  public static final String RESOURCE = "demo/ljusnarsberg-2024.json";

  /** Who created the demo plan, in the history of its goals, indicators, points and targets. */
  public static final String LOADED_BY = "system:demo";

  private static final Logger LOG = Logger.getLogger(DemoPlanLoader.class);

  @Inject StyrkortConfig config;
  @Inject ObjectMapper json;
  @Inject PlanDocumentWriter writer;

  void onStart(@Observes StartupEvent event) {
    if (config.demoData()) {
      load();
    }
  }

  /** Loads the demo plan into an empty database; returns what was written, if anything. */
  public Optional<PlanImportResult> load() {
    PlanDocument document = read();
    if (Plan.count() > 0) {
      LOG.debug("The database holds plans already: the demo plan is not loaded");
      return Optional.empty();
    }
    Optional<PlanImportResult> loaded;
    try {
      loaded = writer.writeIfAbsent(document, LOADED_BY);
    } catch (DomainException e) {
      throw new IllegalStateException(
          "The demo plan file " + RESOURCE + " is invalid: " + e.errors(), e);
    }
    loaded.ifPresentOrElse(
        counts ->
            LOG.infof(
                "Loaded the demo plan \"%s\" of %s as plan %d: %d focus areas, %d goals,"
                    + " %d indicators, %d measurement points, %d targets, %d follow-up values",
                document.name(),
                document.organisation(),
                counts.planId(),
                counts.focusAreas(),
                counts.goals(),
                counts.indicators(),
                counts.measurementPoints(),
                counts.targets(),
                counts.evaluations()),
        () ->
            LOG.debugf(
                "The demo plan \"%s\" of %s is already in the database",
                document.name(), document.organisation()));
    return loaded;
  }

  /** The demo plan file; a typo in a field name fails here rather than losing data silently. */
  PlanDocument read() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The demo plan file " + RESOURCE + " is missing");
      }
      return json.readerFor(PlanDocument.class)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in);
    } catch (IOException e) {
      throw new UncheckedIOException("The demo plan file " + RESOURCE + " cannot be read", e);
    }
  }
}
