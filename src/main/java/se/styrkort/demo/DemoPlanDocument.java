package se.styrkort.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.Direction;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.indicator.ComparisonLevel;
import se.styrkort.plan.PlanStatus;

/**
 * The demo plan file (src/main/resources/demo/*.json) as it is written: one nested document from
 * the plan down to each measurement point's targets and follow-up values. Positions are not in the
 * file; they follow the order of each list. Values are JSON as a client sends them: a number, a
 * scale level or a boolean.
 */
public record DemoPlanDocument(
    String name,
    String organisation,
    String organisationCode,
    int startYear,
    int endYear,
    Integer baselineYear,
    PlanStatus status,
    String description,
    String recordedBy,
    List<FocusAreaEntry> focusAreas) {

  public record FocusAreaEntry(String title, String description, List<GoalEntry> goals) {}

  public record GoalEntry(String title, String description, List<IndicatorEntry> indicators) {}

  public record IndicatorEntry(
      String title,
      String description,
      List<ComparisonLevel> comparisons,
      String owner,
      String source,
      List<PointEntry> measurementPoints) {}

  public record PointEntry(
      String label,
      String group,
      ValueType valueType,
      String unit,
      List<String> scale,
      Direction direction,
      String measuredAsOf,
      List<TargetEntry> targets,
      List<EvaluationEntry> evaluations) {}

  public record TargetEntry(
      int year,
      Comparator comparator,
      JsonNode value,
      Integer referenceYear,
      Boolean previousYear,
      String written) {

    /** Absent in the file unless true. */
    boolean comparesWithPreviousYear() {
      return Boolean.TRUE.equals(previousYear);
    }
  }

  public record EvaluationEntry(
      int year,
      EvaluationKind kind,
      LocalDate asOf,
      JsonNode value,
      String note,
      String periodLabel) {}

  /** Absent lists in the file mean empty ones. */
  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
