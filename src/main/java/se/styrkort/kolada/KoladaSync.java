package se.styrkort.kolada;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.styrkort.kolada.KoladaSyncWriter.Target;

/**
 * Syncs Kolada series: reads what to fetch, fetches it all with no transaction open (Kolada may be
 * slow, and a database connection is not held while it is), then writes every series in one
 * transaction. A failure while fetching leaves every series as it was.
 */
@ApplicationScoped
public class KoladaSync {

  @Inject KoladaClient kolada;
  @Inject KoladaSyncWriter writer;

  public KoladaSyncReport point(long pointId) {
    return sync(writer.targetsOfPoint(pointId));
  }

  public KoladaSyncReport plan(long planId) {
    return sync(writer.targetsOfPlan(planId));
  }

  /** Every plan's Kolada series, plan by plan, for the schedule. */
  public List<Long> plansWithSeries() {
    return writer.plansWithSeries();
  }

  private KoladaSyncReport sync(List<Target> targets) {
    // One request (and its pages) per key figure, with every area and year asked for it.
    Map<String, Set<String>> areas = new LinkedHashMap<>();
    Map<String, Set<Integer>> years = new HashMap<>();
    for (Target target : targets) {
      areas.computeIfAbsent(target.kpi(), k -> new TreeSet<>()).add(target.area());
      years.computeIfAbsent(target.kpi(), k -> new TreeSet<>()).addAll(target.years());
    }
    Map<KoladaFigure.Key, KoladaFigure> fetched = new HashMap<>();
    for (Map.Entry<String, Set<String>> kpi : areas.entrySet()) {
      for (KoladaFigure figure :
          kolada.fetch(kpi.getKey(), kpi.getValue(), years.get(kpi.getKey()))) {
        fetched.put(figure.key(), figure);
      }
    }
    return writer.write(targets, fetched, Instant.now().truncatedTo(ChronoUnit.MICROS));
  }
}
