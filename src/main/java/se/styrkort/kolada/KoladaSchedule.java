package se.styrkort.kolada;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Syncs every plan's Kolada series on the schedule {@code styrkort.kolada.schedule} (off by
 * default). Plan by plan, so one plan's failure leaves the others synced; a failure is logged and
 * the next run tries again.
 */
@ApplicationScoped
public class KoladaSchedule {

  private static final Logger LOG = Logger.getLogger(KoladaSchedule.class);

  @Inject KoladaSync sync;

  @Scheduled(
      identity = "kolada-sync",
      cron = "${styrkort.kolada.schedule:off}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    for (long planId : sync.plansWithSeries()) {
      try {
        KoladaSyncReport report = sync.plan(planId);
        LOG.infof(
            "Kolada sync of plan %d: %d added, %d revised, %d unchanged, %d missing",
            planId,
            report.totals().added(),
            report.totals().revised(),
            report.totals().unchanged(),
            report.totals().missing());
      } catch (RuntimeException e) {
        // Kolada's failures, and a sync on another replica that changed the series first.
        LOG.warnf("Kolada sync of plan %d failed: %s", planId, e.getMessage());
      }
    }
  }
}
