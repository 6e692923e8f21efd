package se.styrkort.fulfilment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A measurement point with everything its fulfilment depends on.
 *
 * <p>Inconsistent input (a value that does not fit the type or scale, a yes/no target with another
 * comparator than EQ, two targets for one year) is rejected here rather than judged: a status is
 * never guessed. The write path checks the same with {@link Value#fits} and {@link
 * ValueType#supports}, so stored data never trips this.
 *
 * @param scale the levels of an ORDINAL point, lowest first; empty for other types
 * @param direction which way is better where the point states it; null to follow the target
 */
public record PointInput(
    long pointId,
    ValueType valueType,
    List<String> scale,
    Direction direction,
    List<TargetSpec> targets,
    List<Observation> observations) {

  public PointInput {
    Objects.requireNonNull(valueType, "valueType");
    scale = scale == null ? List.of() : List.copyOf(scale);
    targets = targets == null ? List.of() : List.copyOf(targets);
    observations = observations == null ? List.of() : List.copyOf(observations);
    checkScale(pointId, valueType, scale);
    checkTargets(pointId, valueType, scale, targets);
    for (Observation observation : observations) {
      if (observation.value() != null && !observation.value().fits(valueType, scale)) {
        throw new IllegalArgumentException(
            "point "
                + pointId
                + ": evaluation "
                + observation.evaluationId()
                + " holds "
                + observation.value()
                + ", which does not fit "
                + typeAndScale(valueType, scale));
      }
    }
  }

  public PointInput(
      long pointId,
      ValueType valueType,
      List<String> scale,
      List<TargetSpec> targets,
      List<Observation> observations) {
    this(pointId, valueType, scale, null, targets, observations);
  }

  private static void checkScale(long pointId, ValueType valueType, List<String> scale) {
    if (valueType == ValueType.ORDINAL
        && (scale.isEmpty() || new HashSet<>(scale).size() != scale.size())) {
      throw new IllegalArgumentException(
          "point " + pointId + ": an ORDINAL point needs a scale of distinct levels");
    }
  }

  private static void checkTargets(
      long pointId, ValueType valueType, List<String> scale, List<TargetSpec> targets) {
    Set<Integer> years = new HashSet<>();
    for (TargetSpec target : targets) {
      String where = "point " + pointId + ", target " + target.year() + ": ";
      if (!years.add(target.year())) {
        throw new IllegalArgumentException(where + "a year has at most one target");
      }
      if (!valueType.supports(target.comparator())) {
        throw new IllegalArgumentException(where + "a BOOLEAN target can only use EQ");
      }
      if (target.literal() != null && !target.literal().fits(valueType, scale)) {
        throw new IllegalArgumentException(
            where + target.literal() + " does not fit " + typeAndScale(valueType, scale));
      }
    }
  }

  private static String typeAndScale(ValueType valueType, List<String> scale) {
    return "the point's type " + valueType + (scale.isEmpty() ? "" : " and scale " + scale);
  }
}
