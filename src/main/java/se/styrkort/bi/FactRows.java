package se.styrkort.bi;

import java.math.BigDecimal;
import se.styrkort.bi.FactsService.Place;
import se.styrkort.bi.FactsService.ReferenceValues;
import se.styrkort.common.Numbers;
import se.styrkort.fulfilment.Observation;
import se.styrkort.fulfilment.PointResult;
import se.styrkort.fulfilment.ResolvedTarget;
import se.styrkort.fulfilment.Value;
import se.styrkort.point.MeasurementPoint;
import se.styrkort.report.FulfilmentSeries.YearFulfilment;

/** Flattens a point's judgement of one year into a fact row. */
final class FactRows {

  private FactRows() {}

  /** What a fact row shows of its measurement point. */
  record PointColumns(long id, String label, String group, String valueType, String unit) {
    static PointColumns of(MeasurementPoint point) {
      return new PointColumns(
          point.id, point.label, point.group, point.valueType.name(), point.unit);
    }
  }

  static FactRow of(
      Place place, PointColumns point, YearFulfilment year, ReferenceValues references) {
    PointResult result = year.result();
    ResolvedTarget target = result.target();
    Observation baseline = result.baseline();
    Observation outcome = year.outcome();
    Observation forecast = year.latestForecast();
    return new FactRow(
        place.plan().id,
        place.plan().name,
        place.plan().organisationCode,
        place.focusArea().id(),
        place.focusAreaCode(),
        place.focusArea().title(),
        place.goal() == null ? null : place.goal().id(),
        place.goalCode(),
        place.goal() == null ? null : place.goal().title(),
        place.indicatorId(),
        place.indicatorCode(),
        place.indicatorTitle(),
        point.id(),
        place.pointCode(),
        point.label(),
        point.group(),
        point.valueType(),
        point.unit(),
        result.year(),
        year.writtenTarget(),
        target == null ? null : target.comparator().name(),
        target == null ? null : number(target.value()),
        target == null ? null : text(target.value()),
        target == null ? null : target.referenceYear(),
        baseline == null ? place.plan().baselineYear : Integer.valueOf(baseline.year()),
        baseline == null ? null : number(baseline.value()),
        baseline == null ? null : text(baseline.value()),
        outcome == null ? null : number(outcome.value()),
        outcome == null ? null : text(outcome.value()),
        outcome == null ? null : outcome.asOf(),
        forecast == null ? null : number(forecast.value()),
        forecast == null ? null : text(forecast.value()),
        forecast == null ? null : forecast.asOf(),
        result.status().name(),
        result.reason() == null ? null : result.reason().text(),
        result.progress(),
        result.trend() == null ? null : result.trend().name(),
        Numbers.plain(references.national()),
        Numbers.plain(references.county()),
        difference(outcome, references.national()),
        difference(outcome, references.county()));
  }

  /** The own outcome less a reference value, where both are numbers. */
  static BigDecimal difference(Observation own, BigDecimal reference) {
    BigDecimal value = own == null ? null : number(own.value());
    return value == null || reference == null ? null : Numbers.plain(value.subtract(reference));
  }

  static BigDecimal number(Value value) {
    return value instanceof Value.Numeric numeric ? Numbers.plain(numeric.number()) : null;
  }

  /** A value as text: a plain decimal number, a scale level, or true/false. */
  static String text(Value value) {
    if (value instanceof Value.Numeric numeric) {
      return Numbers.plain(numeric.number()).toPlainString();
    }
    if (value instanceof Value.Level level) {
      return level.level();
    }
    return value instanceof Value.Bool bool ? Boolean.toString(bool.value()) : null;
  }
}
