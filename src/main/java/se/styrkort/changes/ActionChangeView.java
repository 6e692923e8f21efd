package se.styrkort.changes;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.history.Change;

/** One change of an action or of its status report, in the feed of actions. */
@Schema(
    name = "ActionFeedChange",
    description =
        "One create, update or delete of an action or of an action's status report. A DELETED"
            + " change is a tombstone: its version is one past the last it had.")
public record ActionChangeView(
    @Schema(
            implementation = String.class,
            enumeration = {"ACTION", "ACTION_STATUS_REPORT"},
            example = "ACTION_STATUS_REPORT",
            required = true)
        ChangeEntityType entityType,
    @Schema(example = "31", required = true) long entityId,
    @Schema(example = "1", required = true, description = "The plan the action belongs to.")
        long planId,
    @Schema(example = "12", required = true, description = "The action (of a report: its own).")
        long actionId,
    @Schema(example = "0", required = true, description = "The version after the change.")
        long version,
    @Schema(example = "CREATED", required = true) Change changeType,
    @Schema(required = true, description = "When the change was committed.") Instant changedAt,
    @Schema(
            example = "http://localhost:8080/api/v1/actions/12/status-reports",
            required = true,
            description =
                "Absolute URL of the current state: the action, or its status reports (one per"
                    + " period). 404 once the action is deleted.")
        String href) {

  static ActionChangeView from(ChangeEvent change, String baseUrl) {
    long action = change.actionId == null ? change.entityId : change.actionId;
    return new ActionChangeView(
        change.entityType,
        change.entityId,
        change.planId,
        action,
        change.version,
        change.changeType,
        change.changedAt,
        baseUrl + change.entityType.path(change.entityId, change.pointId, change.actionId));
  }

  /** A page of the feed of actions; next is never null, as in the main feed. */
  @Schema(name = "ActionChangePage")
  public record Page(
      @Schema(description = "The changes after the cursor, in commit order.", required = true)
          List<ActionChangeView> items,
      @Schema(
              description =
                  "Absolute URL that continues right after this page; poll it later when hasMore"
                      + " is false.",
              required = true,
              example = "http://localhost:8080/api/v1/changes/actions?limit=100&cursor=czo0Mg")
          String next,
      @Schema(
              description = "True when more changes are waiting now.",
              required = true,
              example = "false")
          boolean hasMore) {}
}
