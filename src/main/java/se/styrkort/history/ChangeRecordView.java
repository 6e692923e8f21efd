package se.styrkort.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change of the plan's definition. The contents are free-form objects: each is the view of its
 * entity type (Goal, Indicator, MeasurementPoint, Target) as the API served it at the time: who
 * made the change, when, and what it was before and after.
 */
@Schema(name = "ChangeRecord")
public record ChangeRecordView(
    // The kinds v1 published, inline: an action's history has a view of its own
    // (ActionChangeRecord), so this list never grows.
    @Schema(
            implementation = String.class,
            enumeration = {"GOAL", "INDICATOR", "MEASUREMENT_POINT", "TARGET"},
            example = "TARGET")
        EntityType entityType,
    @Schema(example = "1") long entityId,
    @Schema(example = "1") long planId,
    @Schema(
            nullable = true,
            example = "1",
            description =
                "The measurement point of a target or point; null for goals and indicators.")
        Long measurementPointId,
    @Schema(
            example = "2",
            description = "The entity's version after the change; a deletion is one past the last.")
        long version,
    @Schema(example = "UPDATED") Change changeType,
    @Schema(
            type = SchemaType.OBJECT,
            description =
                "The entity as the API showed it after the change (for DELETED: as it was last).")
        Object content,
    @Schema(
            type = SchemaType.OBJECT,
            nullable = true,
            description = "The entity as the API showed it before the change; null for CREATED.")
        Object previousContent,
    @Schema(example = "anonymous") String changedBy,
    Instant changedAt) {

  static ChangeRecordView from(ChangeRecord record, ObjectMapper json) {
    return new ChangeRecordView(
        record.entityType,
        record.entityId,
        record.planId,
        record.pointId,
        record.version,
        record.changeType,
        read(json, record.content),
        record.previousContent == null ? null : read(json, record.previousContent),
        record.changedBy,
        record.changedAt);
  }

  private static JsonNode read(ObjectMapper json, String stored) {
    try {
      return json.readTree(stored);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("change record holds invalid JSON", e);
    }
  }
}
