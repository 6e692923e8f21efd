package se.styrkort.point;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.fulfilment.ValueType;

/**
 * The rules of a point's definition that span fields (single-field limits are on {@link
 * MeasurementPointRequest}), and how a checked request is written into the entity.
 */
public final class PointDefinition {

  private PointDefinition() {}

  public static List<FieldError> check(MeasurementPointRequest request) {
    List<FieldError> errors = new ArrayList<>();
    List<String> scale = request.scale() == null ? List.of() : request.scale();
    if (request.valueType() != ValueType.ORDINAL) {
      if (!scale.isEmpty()) {
        errors.add(new FieldError("scale", "must be empty: only an ORDINAL point has a scale"));
      }
      return errors;
    }
    // The database compares levels without regard to case, so neither may this check.
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scale.size(); i++) {
      String level = scale.get(i) == null ? "" : scale.get(i).strip();
      if (level.isEmpty()) {
        errors.add(new FieldError("scale[" + i + "]", "must not be blank"));
      } else if (level.length() > 200) {
        errors.add(new FieldError("scale[" + i + "]", "size must be between 1 and 200"));
      } else if (!seen.add(level.toLowerCase(Locale.ROOT))) {
        errors.add(new FieldError("scale[" + i + "]", "repeats the level '" + level + "'"));
      }
    }
    if (seen.size() < 2) {
      errors.add(
          new FieldError("scale", "an ORDINAL point needs at least two levels, lowest first"));
    }
    return errors;
  }

  /** Writes every field but the position, which creation and replacement treat differently. */
  public static void apply(MeasurementPointRequest request, MeasurementPoint point) {
    point.label = request.label() == null ? null : request.label().strip();
    point.group = blankToNull(request.group());
    point.valueType = request.valueType();
    point.unit = blankToNull(request.unit());
    point.scale = new ArrayList<>(normalisedScale(request.scale()));
    point.direction = request.direction();
    point.measuredAsOf = blankToNull(request.measuredAsOf());
    se.styrkort.organisation.OrganisationUnitService.requireExists(
        request.responsibleUnitId(), "responsibleUnitId");
    point.responsibleUnitId = request.responsibleUnitId();
    point.responsiblePerson = se.styrkort.goal.GoalService.person(request.responsiblePerson());
  }

  static List<String> normalisedScale(List<String> scale) {
    return scale == null
        ? List.of()
        : scale.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
