package se.styrkort.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far an action has come, as its responsible reports it for a reporting period. */
@Schema(
    name = "ActionStatus",
    description =
        "The status an action's responsible reports for a period: not started, started,"
            + " completed, delayed or cancelled.")
public enum ActionStatus {
  NOT_STARTED,
  STARTED,
  COMPLETED,
  DELAYED,
  CANCELLED
}
