package se.styrkort.period;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a reporting period still takes its values, assessments and analyses. */
@Schema(
    name = "PeriodState",
    description =
        "OPEN: values, assessments and analyses of the period may change; CLOSED: an approver"
            + " closed it and everything belonging to it is locked until it is reopened.")
public enum PeriodState {
  OPEN,
  CLOSED
}
