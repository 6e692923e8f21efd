package se.styrkort.action;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.evaluation.ChangeType;

/** One version of a status report. */
@Schema(name = "ActionStatusReportRevision")
public record ActionStatusReportRevisionView(
    @Schema(example = "31") long reportId,
    @Schema(example = "3") long periodId,
    @Schema(example = "1") long version,
    @Schema(example = "UPDATED") ChangeType changeType,
    @Schema(example = "DELAYED") ActionStatus status,
    @Schema(nullable = true, example = "Försenad: utredaren har slutat.") String comment,
    @Schema(example = "api-key 5 (Barn- och utbildningsförvaltningen)") String changedBy,
    Instant changedAt) {

  static ActionStatusReportRevisionView from(ActionStatusReportRevision r) {
    return new ActionStatusReportRevisionView(
        r.reportId,
        r.periodId,
        r.version,
        r.changeType,
        r.status,
        r.comment,
        r.changedBy,
        r.changedAt);
  }
}
