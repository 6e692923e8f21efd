package se.styrkort.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styrkort.common.DomainException;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.plan.Plan;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.point.MeasurementPointService;

/** Reference series of a measurement point: read, written by hand, replaced, deleted. */
@ApplicationScoped
@Transactional
public class ReferenceSeriesService {

  @Inject MeasurementPointService points;
  @Inject ReferenceValues values;

  /** A point's series with their values, by level, then label. */
  public List<ReferenceSeriesView> list(long pointId) {
    points.get(pointId);
    return ofPoints(List.of(pointId)).getOrDefault(pointId, List.of());
  }

  /**
   * The series of many points with their values, in one statement (a join), keyed by point id; each
   * point's series by level, then label.
   */
  public Map<Long, List<ReferenceSeriesView>> ofPoints(Collection<Long> pointIds) {
    if (pointIds.isEmpty()) {
      return Map.of();
    }
    // The series joined with their values: one row per value, or one row for a series without.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ReferenceSeries.getEntityManager()
            .createNativeQuery(
                "select {s.*}, v.year as v_year, v.value_number as v_number,"
                    + " v.preliminary as v_preliminary, v.fetched_at as v_fetched_at"
                    + " from reference_series s left join reference_value v on v.series_id = s.id"
                    + " where s.point_id in (:ids)"
                    + " order by s.point_id, s.level, s.label, s.id, v.year")
            .unwrap(org.hibernate.query.NativeQuery.class)
            .addEntity("s", ReferenceSeries.class)
            .addScalar("v_year")
            .addScalar("v_number")
            .addScalar("v_preliminary")
            .addScalar("v_fetched_at")
            .setParameter("ids", pointIds)
            .getResultList();
    Map<Long, List<ReferenceSeriesView>> byPoint = new LinkedHashMap<>();
    ReferenceSeries current = null;
    Map<Integer, ReferenceSeriesView.Value> currentValues = null;
    for (Object[] row : rows) {
      ReferenceSeries s = (ReferenceSeries) row[0];
      if (s != current) {
        if (current != null) {
          add(byPoint, current, currentValues);
        }
        current = s;
        currentValues = new LinkedHashMap<>();
      }
      if (row[1] != null) {
        ReferenceSeriesView.Value value = ReferenceValues.value(row[1], row[2], row[3], row[4]);
        currentValues.put(value.year(), value);
      }
    }
    if (current != null) {
      add(byPoint, current, currentValues);
    }
    return byPoint;
  }

  private static void add(
      Map<Long, List<ReferenceSeriesView>> byPoint,
      ReferenceSeries series,
      Map<Integer, ReferenceSeriesView.Value> values) {
    byPoint
        .computeIfAbsent(series.pointId, p -> new ArrayList<>())
        .add(view(series, values.values()));
  }

  public ReferenceSeriesView view(long seriesId) {
    ReferenceSeries series = get(seriesId);
    return view(series, values.of(seriesId).values());
  }

  public ReferenceSeries get(long seriesId) {
    ReferenceSeries series = ReferenceSeries.findById(seriesId);
    if (series == null) {
      throw DomainException.notFound("reference series", seriesId);
    }
    return series;
  }

  public ReferenceSeriesView create(long pointId, ReferenceSeriesRequest request) {
    MeasurementPoint point = points.get(pointId);
    check(request, points.planOf(point));
    requireUnique(pointId, request, null);
    return view(writeChecked(pointId, request));
  }

  /**
   * Writes a series whose checks were made already (those of a plan document, with the point just
   * written): no lookups, no checks. Answers its id.
   */
  public long writeChecked(long pointId, ReferenceSeriesRequest request) {
    ReferenceSeries series = new ReferenceSeries();
    series.pointId = pointId;
    apply(request, series);
    series.persist();
    series.flush();
    values.replace(series.id, Map.of(), requested(request), Instant.now());
    return series.id;
  }

  /** A series as a request that writes it again (its values without their fetch times). */
  public static ReferenceSeriesRequest asRequest(ReferenceSeriesView series) {
    return new ReferenceSeriesRequest(
        series.level(),
        series.label(),
        series.source(),
        series.koladaKpi(),
        series.areaCode(),
        series.values().stream()
            .map(v -> new ReferenceValueRequest(v.year(), v.value(), v.preliminary()))
            .toList());
  }

  public ReferenceSeriesView update(long seriesId, String ifMatch, ReferenceSeriesRequest request) {
    ReferenceSeries series = get(seriesId);
    EntityTags.requireCurrent(ifMatch, series.version);
    MeasurementPoint point = points.get(series.pointId);
    check(request, points.planOf(point));
    requireUnique(series.pointId, request, seriesId);
    apply(request, series);
    if (values.replace(seriesId, requested(request), Instant.now())) {
      // The values are part of the series' representation: its version moves on with them.
      series.updatedAt = Instant.now();
    }
    series.flush();
    return view(seriesId);
  }

  public void delete(long seriesId, String ifMatch) {
    ReferenceSeries series = get(seriesId);
    EntityTags.requireCurrent(ifMatch, series.version);
    values.deleteAll(seriesId);
    series.delete();
  }

  public List<ReferenceRevisionView> history(long seriesId) {
    get(seriesId);
    return values.history(seriesId);
  }

  static ReferenceSeriesView view(ReferenceSeries s, Collection<ReferenceSeriesView.Value> values) {
    return new ReferenceSeriesView(
        s.id,
        s.pointId,
        s.level,
        s.label,
        s.source,
        s.koladaKpi,
        s.areaCode,
        s.source == ReferenceSource.KOLADA ? ReferenceSeriesView.KOLADA_CREDIT : null,
        List.copyOf(values),
        s.version);
  }

  private static void apply(ReferenceSeriesRequest request, ReferenceSeries series) {
    series.level = request.level();
    series.label = request.label().strip();
    series.source = request.source();
    series.koladaKpi = request.koladaKpi();
    series.areaCode = request.areaCode();
  }

  private static List<ReferenceSeriesView.Value> requested(ReferenceSeriesRequest request) {
    if (request.values() == null) {
      return List.of();
    }
    return request.values().stream()
        .map(
            v ->
                new ReferenceSeriesView.Value(
                    v.year(), v.value(), Boolean.TRUE.equals(v.preliminary()), null))
        .toList();
  }

  /** The checks a bean constraint cannot make: the Kolada fields and the years. */
  static void check(ReferenceSeriesRequest request, Plan plan) {
    List<FieldError> errors = problems(request, plan);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }

  /** What {@link #check} refuses, each field named within the request. */
  public static List<FieldError> problems(ReferenceSeriesRequest request, Plan plan) {
    List<FieldError> errors = new ArrayList<>();
    if (request.source() == ReferenceSource.KOLADA) {
      if (request.koladaKpi() == null || request.koladaKpi().isBlank()) {
        errors.add(new FieldError("koladaKpi", "is required when source is KOLADA"));
      }
      if (request.areaCode() == null || request.areaCode().isBlank()) {
        errors.add(new FieldError("areaCode", "is required when source is KOLADA"));
      }
    }
    if (request.values() != null) {
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < request.values().size(); i++) {
        ReferenceValueRequest value = request.values().get(i);
        if (value == null || value.year() == null) {
          continue; // the field limits name it
        }
        int year = value.year();
        String field = "values[" + i + "].year";
        if (!seen.add(year)) {
          errors.add(new FieldError(field, "the year " + year + " is given more than once"));
        } else if (year < plan.firstRecordedYear() || year > plan.endYear) {
          errors.add(
              new FieldError(
                  field,
                  "must be within the plan's years "
                      + plan.firstRecordedYear()
                      + "–"
                      + plan.endYear));
        }
      }
    }
    return errors;
  }

  private static void requireUnique(long pointId, ReferenceSeriesRequest request, Long self) {
    boolean taken =
        ReferenceSeries.count(
                "pointId = ?1 and level = ?2 and label = ?3 and id <> ?4",
                pointId,
                request.level(),
                request.label().strip(),
                self == null ? -1L : self)
            > 0;
    if (taken) {
      throw new DomainException(
          se.styrkort.common.ProblemCode.DUPLICATE,
          "The point already has a "
              + request.level()
              + " series labelled \""
              + request.label().strip()
              + "\".");
    }
  }
}
