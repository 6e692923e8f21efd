package se.styrkort.assessment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.evaluation.ChangeType;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.Outlook;

/** One version of an assessment: what it said, its state, who changed it, when and why. */
@Schema(name = "AssessmentRevision")
public record AssessmentRevisionView(
    @Schema(example = "7") long assessmentId,
    @Schema(example = "1") long version,
    @Schema(example = "SUBMITTED") ChangeType changeType,
    @Schema(example = "PARTIALLY_FULFILLED") AssessedStatus status,
    @Schema(nullable = true, example = "UNCERTAIN") Outlook outlook,
    @Schema(example = "Matematiken förbättras men ligger under riket.") String motivation,
    @Schema(nullable = true) String analysis,
    @Schema(example = "SUBMITTED") EvaluationState state,
    @Schema(nullable = true, example = "Ny statistik från Skolverket") String reason,
    @Schema(example = "api-key 5 (Barn- och utbildningsförvaltningen)") String changedBy,
    Instant changedAt) {

  static AssessmentRevisionView from(AssessmentRevision r) {
    return new AssessmentRevisionView(
        r.assessmentId,
        r.version,
        r.changeType,
        r.status,
        r.outlook,
        r.motivation,
        r.analysis,
        r.state,
        r.reason,
        r.changedBy,
        r.changedAt);
  }
}
