package se.styrkort.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an action is: the organisation's own work, or an assignment the council decided. */
@Schema(
    name = "ActionKind",
    description =
        "ACTIVITY: the organisation's own work (aktivitet); ASSIGNMENT: an assignment decided by"
            + " the council with the plan (KF-uppdrag). Frozen once the plan is adopted.")
public enum ActionKind {
  ACTIVITY,
  ASSIGNMENT
}
