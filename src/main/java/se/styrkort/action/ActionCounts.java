package se.styrkort.action;

import java.util.Collection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A node's actions per status: each action counted once, by its report in the latest reporting
 * period of the year that has one; an action without a report that year is notReported.
 */
@Schema(
    name = "ActionCounts",
    description =
        "The actions serving the node or a goal beneath it, each counted once by the status of"
            + " its report in the latest reporting period of the year that has one (apart from"
            + " måluppfyllelse: actions never change the computed status).")
public record ActionCounts(
    @Schema(example = "5") int total,
    @Schema(example = "1") int notStarted,
    @Schema(example = "2") int started,
    @Schema(example = "1") int completed,
    @Schema(example = "0") int delayed,
    @Schema(example = "0") int cancelled,
    @Schema(example = "1", description = "No report in the year's periods.") int notReported) {

  public static final ActionCounts NONE = new ActionCounts(0, 0, 0, 0, 0, 0, 0);

  /** Counts the statuses given, null meaning not reported. */
  public static ActionCounts of(Collection<ActionStatus> statuses) {
    int[] counts = new int[ActionStatus.values().length];
    int notReported = 0;
    for (ActionStatus status : statuses) {
      if (status == null) {
        notReported++;
      } else {
        counts[status.ordinal()]++;
      }
    }
    return new ActionCounts(
        statuses.size(),
        counts[ActionStatus.NOT_STARTED.ordinal()],
        counts[ActionStatus.STARTED.ordinal()],
        counts[ActionStatus.COMPLETED.ordinal()],
        counts[ActionStatus.DELAYED.ordinal()],
        counts[ActionStatus.CANCELLED.ordinal()],
        notReported);
  }
}
