package se.styrkort.period;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far one expected item of a reporting period (a value, an assessment) has come. */
@Schema(
    name = "PeriodFollowUpStatus",
    description =
        "MISSING: nothing recorded yet; DRAFT: recorded, not submitted; SUBMITTED: waiting for"
            + " approval; APPROVED: done. An item MISSING or DRAFT after the deadline is also"
            + " overdue.")
public enum PeriodFollowUpStatus {
  MISSING,
  DRAFT,
  SUBMITTED,
  APPROVED
}
