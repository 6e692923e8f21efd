package se.styrkort.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a measurement point the way a plan document reads: values as written, per year. */
final class PointBuilder {

  private final String label;
  private final ValueType type;
  private final List<String> scale;
  private long pointId = 1;
  private Direction direction;
  private final List<TargetSpec> targets = new ArrayList<>();
  private final List<Observation> observations = new ArrayList<>();
  private final List<String> story = new ArrayList<>();

  private PointBuilder(String label, ValueType type, List<String> scale) {
    this.label = label;
    this.type = type;
    this.scale = scale;
  }

  static PointBuilder percent(String label) {
    return new PointBuilder(label, ValueType.PERCENT, List.of());
  }

  static PointBuilder number(String label) {
    return new PointBuilder(label, ValueType.NUMBER, List.of());
  }

  static PointBuilder ordinal(String label, String... scale) {
    return new PointBuilder(label, ValueType.ORDINAL, Arrays.asList(scale));
  }

  static PointBuilder yesNo(String label) {
    return new PointBuilder(label, ValueType.BOOLEAN, List.of());
  }

  PointBuilder id(long id) {
    this.pointId = id;
    return this;
  }

  PointBuilder direction(Direction stated) {
    this.direction = stated;
    return this;
  }

  /** The year's full-year outcome, as of 31 December. */
  PointBuilder outcome(int year, String value) {
    return outcome(year, year + "-12-31", value);
  }

  PointBuilder outcome(int year, String asOf, String value) {
    return observe(year, EvaluationKind.OUTCOME, asOf, value, true);
  }

  PointBuilder forecast(int year, String asOf, String value) {
    return observe(year, EvaluationKind.FORECAST, asOf, value, true);
  }

  /** An outcome entry with only a note ("Ej klart sammanställt"): no value. */
  PointBuilder noteOnly(int year) {
    return observe(year, EvaluationKind.OUTCOME, year + "-12-31", null, true);
  }

  /** Marks the entry added last as not approved. */
  PointBuilder unapproved() {
    Observation last = observations.remove(observations.size() - 1);
    observations.add(
        new Observation(
            last.evaluationId(), last.year(), last.kind(), last.asOf(), last.value(), false));
    story.set(story.size() - 1, story.get(story.size() - 1) + " (unapproved)");
    return this;
  }

  PointBuilder target(int year, Comparator comparator, String literal) {
    targets.add(TargetSpec.literal(year, comparator, value(literal)));
    return this;
  }

  PointBuilder targetOutcomeOf(int year, Comparator comparator, int referenceYear) {
    targets.add(TargetSpec.outcomeOf(year, comparator, referenceYear));
    return this;
  }

  PointBuilder targetPreviousYear(int year, Comparator comparator) {
    targets.add(TargetSpec.previousYear(year, comparator));
    return this;
  }

  String label() {
    return label;
  }

  PointInput build() {
    return new PointInput(pointId, type, scale, direction, targets, observations);
  }

  /** The entries added after the row's defaults, for a test case's name. */
  String describe() {
    return label + (story.isEmpty() ? ": no value" : ": " + String.join(", ", story));
  }

  /** Forgets what was added so far for {@link #describe()}: the row's own data. */
  PointBuilder asRow() {
    story.clear();
    return this;
  }

  long evaluationIdOfLast() {
    return observations.get(observations.size() - 1).evaluationId();
  }

  Value value(String written) {
    return switch (type) {
      case PERCENT, NUMBER -> Value.numeric(new BigDecimal(written));
      case ORDINAL -> Value.level(written);
      case BOOLEAN -> Value.bool(Boolean.parseBoolean(written));
    };
  }

  private PointBuilder observe(
      int year, EvaluationKind kind, String asOf, String value, boolean approved) {
    long evaluationId = observations.size() + 1L;
    observations.add(
        new Observation(
            evaluationId,
            year,
            kind,
            LocalDate.parse(asOf),
            value == null ? null : value(value),
            approved));
    String when = asOf.endsWith("-12-31") ? "" : " " + asOf.substring(5);
    story.add(
        year + when + " " + kind.name().toLowerCase() + " " + (value == null ? "note" : value));
    return this;
  }
}
