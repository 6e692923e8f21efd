package se.styrkort.history;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of an action's definition: who, when, and the action before and after. */
@Schema(name = "ActionChangeRecord")
public record ActionChangeRecordView(
    @Schema(example = "12") long actionId,
    @Schema(example = "1") long planId,
    @Schema(
            example = "2",
            description = "The action's version after the change; a deletion is one past the last.")
        long version,
    @Schema(example = "UPDATED") Change changeType,
    @Schema(
            type = SchemaType.OBJECT,
            description = "The action's definition after the change (for DELETED: as it was last).")
        Object content,
    @Schema(
            type = SchemaType.OBJECT,
            nullable = true,
            description = "The action's definition before the change; null for CREATED.")
        Object previousContent,
    @Schema(example = "api-key 3 (planerare)") String changedBy,
    Instant changedAt) {

  static ActionChangeRecordView from(ChangeRecordView record) {
    return new ActionChangeRecordView(
        record.entityId(),
        record.planId(),
        record.version(),
        record.changeType(),
        record.content(),
        record.previousContent(),
        record.changedBy(),
        record.changedAt());
  }
}
