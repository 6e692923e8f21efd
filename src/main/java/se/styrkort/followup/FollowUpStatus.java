package se.styrkort.followup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a measurement point's follow-up for a year has come by a reporting date. */
@Schema(
    name = "FollowUpStatus",
    description =
        "MISSING: nothing recorded for the year yet; FORECAST_ONLY: a forecast as of the"
            + " reporting date or earlier, no outcome; COMPLETE: an outcome is recorded.")
public enum FollowUpStatus {
  MISSING,
  FORECAST_ONLY,
  COMPLETE
}
