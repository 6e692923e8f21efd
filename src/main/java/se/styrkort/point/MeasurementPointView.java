package se.styrkort.point;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.Direction;
import se.styrkort.fulfilment.ValueType;

/** A measurement point with its targets, as the API shows it. */
@Schema(name = "MeasurementPoint")
public record MeasurementPointView(
    @Schema(readOnly = true, example = "1") long id,
    @Schema(readOnly = true, example = "1") long indicatorId,
    @Schema(example = "Förskola") String label,
    @Schema(
            nullable = true,
            example = "Kommunen har minst fyra samverkanstillfällen med följande civilsamhälle:")
        String group,
    @Schema(example = "1") int position,
    @Schema(example = "PERCENT") ValueType valueType,
    @Schema(nullable = true, example = "%") String unit,
    @Schema(
            example = "[]",
            description = "The levels of an ORDINAL point, lowest first; empty for other types.")
        List<String> scale,
    // An inline enum rather than a $ref to Direction: null under allOf fails validation.
    @Schema(
            implementation = String.class,
            enumeration = {"INCREASE", "DECREASE", "EXACT"},
            nullable = true,
            example = "INCREASE",
            description =
                "Which way is better: as stated, or (directionDerived) from the comparator of the"
                    + " latest target; null when neither says.")
        Direction direction,
    @Schema(
            readOnly = true,
            example = "true",
            description = "Whether direction was derived from the targets rather than stated.")
        boolean directionDerived,
    @Schema(nullable = true, example = "31/12") String measuredAsOf,
    @Schema(readOnly = true, description = "One per year, ordered by year.")
        List<TargetView> targets,
    @Schema(
            readOnly = true,
            example = "0",
            description = "Optimistic-lock version; the ETag. A change to a target changes it too.")
        long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt,
    @Schema(nullable = true, example = "4", description = "The responsible organisation unit.")
        Long responsibleUnitId,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description =
                "The responsible person (a token's user id or an e-mail); not shown to anonymous"
                    + " readers of public plans.")
        String responsiblePerson) {

  /** The view of a point; {@code targets} are its own (any order). */
  public static MeasurementPointView from(MeasurementPoint point, List<Target> targets) {
    List<Target> byYear = targets.stream().sorted(Comparator.comparingInt(t -> t.year)).toList();
    Direction derived =
        byYear.isEmpty() ? null : byYear.get(byYear.size() - 1).comparator.direction();
    return new MeasurementPointView(
        point.id,
        point.indicatorId,
        point.label,
        point.group,
        point.position,
        point.valueType,
        point.unit,
        List.copyOf(point.scale),
        point.direction != null ? point.direction : derived,
        point.direction == null && derived != null,
        point.measuredAsOf,
        byYear.stream().map(TargetView::from).toList(),
        point.version,
        point.createdAt,
        point.updatedAt,
        point.responsibleUnitId,
        point.responsiblePerson);
  }

  /** The same without the responsible person: what an anonymous reader sees. */
  public MeasurementPointView forReader(boolean seesPeople) {
    if (seesPeople || responsiblePerson == null) {
      return this;
    }
    return new MeasurementPointView(
        id,
        indicatorId,
        label,
        group,
        position,
        valueType,
        unit,
        scale,
        direction,
        directionDerived,
        measuredAsOf,
        targets,
        version,
        createdAt,
        updatedAt,
        responsibleUnitId,
        null);
  }
}
