package se.styrkort.changes;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.history.Change;

/** One change in the feed: what changed, to which version, and where to read it now. */
@Schema(
    name = "FeedChange",
    description =
        "One create, update or delete. A DELETED change is a tombstone: the entity is gone, and"
            + " its version is one past the last it had.")
public record ChangeView(
    // The kinds v1 published, inline: actions have a feed of their own (GET /changes/actions).
    @Schema(
            implementation = String.class,
            enumeration = {
              "PLAN",
              "GOAL",
              "INDICATOR",
              "MEASUREMENT_POINT",
              "TARGET",
              "EVALUATION",
              "REFERENCE_SERIES",
              "REPORTING_PERIOD",
              "ASSESSMENT"
            },
            description =
                "The kind of entity a change is about; a TARGET is read through its point.",
            example = "MEASUREMENT_POINT",
            required = true)
        ChangeEntityType entityType,
    @Schema(example = "12", required = true) long entityId,
    @Schema(example = "1", required = true, description = "The plan the entity belongs to.")
        long planId,
    @Schema(
            nullable = true,
            example = "12",
            description =
                "The measurement point of a target or follow-up value (and of a point itself);"
                    + " null otherwise.")
        Long measurementPointId,
    @Schema(
            nullable = true,
            example = "2024",
            description =
                "The year of a target, which names it within its point; null for anything else.")
        Integer year,
    @Schema(
            example = "3",
            required = true,
            description = "The entity's version after the change, as in its ETag.")
        long version,
    @Schema(example = "UPDATED", required = true) Change changeType,
    @Schema(required = true, description = "When the change was committed.") Instant changedAt,
    @Schema(
            example = "http://localhost:8080/api/v1/measurement-points/12",
            required = true,
            description =
                "Absolute URL of the entity's current state (a target's: its measurement point)."
                    + " 404 once it is deleted.")
        String href) {

  /** The stored change, with its {@code href} under the service's base URL. */
  static ChangeView from(ChangeEvent change, String baseUrl) {
    return new ChangeView(
        change.entityType,
        change.entityId,
        change.planId,
        change.pointId,
        change.targetYear,
        change.version,
        change.changeType,
        change.changedAt,
        baseUrl + change.entityType.path(change.entityId, change.pointId, change.actionId));
  }
}
