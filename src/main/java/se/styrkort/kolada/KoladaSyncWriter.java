package se.styrkort.kolada;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.styrkort.common.DomainException;
import se.styrkort.kolada.KoladaSyncReport.Revision;
import se.styrkort.kolada.KoladaSyncReport.SeriesSync;
import se.styrkort.kolada.KoladaSyncReport.Totals;
import se.styrkort.plan.Plan;
import se.styrkort.plan.PlanService;
import se.styrkort.point.MeasurementPointService;
import se.styrkort.reference.ReferenceSeries;
import se.styrkort.reference.ReferenceSeriesView;
import se.styrkort.reference.ReferenceSource;
import se.styrkort.reference.ReferenceValues;

/** The database side of a Kolada sync: what to fetch, and writing what was fetched. */
@ApplicationScoped
public class KoladaSyncWriter {

  /** A Kolada series to fill: its key figure and area, for the years of its plan. */
  record Target(long seriesId, long version, String kpi, String area, List<Integer> years) {}

  @Inject MeasurementPointService points;
  @Inject PlanService plans;
  @Inject ReferenceValues values;
  @Inject EntityManager em;

  @Transactional
  List<Target> targetsOfPoint(long pointId) {
    Plan plan = points.planOf(points.get(pointId));
    List<ReferenceSeries> series =
        ReferenceSeries.list(
            "pointId = ?1 and source = ?2 order by level, label, id",
            pointId,
            ReferenceSource.KOLADA);
    return series.stream().map(s -> target(s, plan)).toList();
  }

  @Transactional
  List<Target> targetsOfPlan(long planId) {
    Plan plan = plans.get(planId);
    List<ReferenceSeries> series =
        em.createQuery(
                "select s from ReferenceSeries s, MeasurementPoint p, Indicator i, Goal g"
                    + " where p.id = s.pointId and i.id = p.indicatorId and g.id = i.goalId"
                    + " and g.planId = :plan and s.source = :source"
                    + " order by s.pointId, s.level, s.label, s.id",
                ReferenceSeries.class)
            .setParameter("plan", planId)
            .setParameter("source", ReferenceSource.KOLADA)
            .getResultList();
    return series.stream().map(s -> target(s, plan)).toList();
  }

  @Transactional
  List<Long> plansWithSeries() {
    return em.createQuery(
            "select distinct g.planId from ReferenceSeries s, MeasurementPoint p, Indicator i,"
                + " Goal g where p.id = s.pointId and i.id = p.indicatorId and g.id = i.goalId"
                + " and s.source = :source order by g.planId",
            Long.class)
        .setParameter("source", ReferenceSource.KOLADA)
        .getResultList();
  }

  /**
   * Makes each series show what Kolada holds for its years, in one transaction: a revised value
   * keeps the one it replaces in the history, a year Kolada has no value for is kept as missing.
   */
  @Transactional
  KoladaSyncReport write(
      List<Target> targets, Map<KoladaFigure.Key, KoladaFigure> fetched, Instant now) {
    List<SeriesSync> synced = new ArrayList<>();
    int[] totals = new int[4];
    // Every series and its values in two statements, whatever the number of series.
    List<Long> ids = targets.stream().map(Target::seriesId).toList();
    Map<Long, ReferenceSeries> byId =
        ids.isEmpty()
            ? Map.of()
            : ReferenceSeries.<ReferenceSeries>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s));
    Map<Long, Map<Integer, ReferenceSeriesView.Value>> stored = values.ofSeries(ids);
    for (Target target : targets) {
      ReferenceSeries series = byId.get(target.seriesId());
      if (series == null
          || series.version != target.version()
          || series.source != ReferenceSource.KOLADA) {
        throw DomainException.conflict(
            "Reference series "
                + target.seriesId()
                + " was changed or deleted during the sync; nothing was written. Sync again.");
      }
      Map<Integer, ReferenceSeriesView.Value> before = stored.getOrDefault(series.id, Map.of());
      List<ReferenceSeriesView.Value> after = new ArrayList<>();
      List<Integer> added = new ArrayList<>();
      List<Revision> revised = new ArrayList<>();
      List<Integer> unchanged = new ArrayList<>();
      List<Integer> missing = new ArrayList<>();
      for (int year : target.years()) {
        KoladaFigure figure = fetched.get(new KoladaFigure.Key(target.kpi(), target.area(), year));
        BigDecimal value = figure == null ? null : figure.value();
        boolean preliminary = figure != null && figure.preliminary();
        ReferenceSeriesView.Value next =
            new ReferenceSeriesView.Value(year, value, preliminary, now);
        after.add(next);
        ReferenceSeriesView.Value old = before.get(year);
        BigDecimal oldValue = old == null ? null : old.value();
        if (old != null && ReferenceValues.same(old, next)) {
          (value == null ? missing : unchanged).add(year);
        } else if (oldValue == null && value == null) {
          missing.add(year);
        } else if (oldValue == null) {
          added.add(year);
        } else {
          revised.add(new Revision(year, oldValue, value, preliminary));
        }
      }
      values.replace(series.id, before, after, now);
      // The values' fetch time is part of the series' representation: its version moves on.
      series.updatedAt = now;
      totals[0] += added.size();
      totals[1] += revised.size();
      totals[2] += unchanged.size();
      totals[3] += missing.size();
      synced.add(
          new SeriesSync(
              series.id,
              series.pointId,
              series.level,
              series.label,
              series.koladaKpi,
              series.areaCode,
              added,
              revised,
              unchanged,
              missing));
    }
    values.fetched(ids, now);
    return new KoladaSyncReport(
        now,
        ReferenceSeriesView.KOLADA_CREDIT,
        new Totals(totals[0], totals[1], totals[2], totals[3]),
        synced);
  }

  private static Target target(ReferenceSeries series, Plan plan) {
    return new Target(
        series.id, series.version, series.koladaKpi, series.areaCode, plan.recordedYears());
  }
}
