package se.styrkort.assessment;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.evaluation.EvaluationAction;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.vocabulary.RequestLanguage;

/** An assessment as the API shows it, with its words in the language asked for. */
@Schema(name = "Assessment")
public record AssessmentView(
    @Schema(readOnly = true, example = "7") long id,
    @Schema(readOnly = true, example = "1") long planId,
    @Schema(readOnly = true, example = "3") long periodId,
    @Schema(readOnly = true, example = "2024-HELAR") String periodCode,
    @Schema(example = "GOAL") NodeKind nodeKind,
    @Schema(example = "Mål", description = "nodeKind in the language asked for.")
        String nodeKindText,
    @Schema(example = "2") long nodeId,
    @Schema(example = "PARTIALLY_FULFILLED") AssessedStatus status,
    @Schema(example = "Delvis uppfyllt", description = "status in the language asked for.")
        String statusText,
    @Schema(nullable = true, example = "UNCERTAIN") Outlook outlook,
    @Schema(nullable = true, example = "Osäkert", description = "outlook in the language asked.")
        String outlookText,
    @Schema(example = "Matematiken förbättras men ligger under riket.") String motivation,
    @Schema(
            nullable = true,
            example =
                "Analys i förhållande till riket och Örebro län: Matematik 16 % (riket 20 %).")
        String analysis,
    @Schema(readOnly = true, example = "SUBMITTED") EvaluationState state,
    @Schema(readOnly = true, example = "Inskickad") String stateText,
    @Schema(
            readOnly = true,
            example = "[\"APPROVE\"]",
            description =
                "What this caller may do now: what the state allows, narrowed to the caller's"
                    + " role (a reporter: EDIT, DELETE, SUBMIT; an approver: APPROVE, REOPEN), and"
                    + " nothing while the period is closed.")
        List<EvaluationAction> allowedTransitions,
    @Schema(
            readOnly = true,
            nullable = true,
            example = "api-key 5 (Barn- och utbildningsförvaltningen)",
            description =
                "Who recorded the current version: the signed-in user or the API key; null for"
                    + " anonymous readers of a public plan, who do not see authorship.")
        String recordedBy,
    @Schema(readOnly = true) Instant recordedAt,
    @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; the ETag.")
        long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {

  /** This view for a reader who does not see authorship (anonymous): recordedBy left out. */
  AssessmentView forReader(boolean seesAuthorship) {
    if (seesAuthorship) {
      return this;
    }
    return new AssessmentView(
        id,
        planId,
        periodId,
        periodCode,
        nodeKind,
        nodeKindText,
        nodeId,
        status,
        statusText,
        outlook,
        outlookText,
        motivation,
        analysis,
        state,
        stateText,
        allowedTransitions,
        null,
        recordedAt,
        version,
        createdAt,
        updatedAt);
  }

  static AssessmentView from(
      Assessment a,
      ReportingPeriod period,
      List<EvaluationAction> allowed,
      RequestLanguage language) {
    return new AssessmentView(
        a.id,
        a.planId,
        a.periodId,
        period.code,
        a.nodeKind,
        language.text(a.nodeKind),
        a.nodeId,
        a.status,
        language.text(a.status),
        a.outlook,
        language.text(a.outlook),
        a.motivation,
        a.analysis,
        a.state,
        language.text(a.state),
        allowed,
        a.recordedBy,
        a.recordedAt,
        a.version,
        a.createdAt,
        a.updatedAt);
  }
}
