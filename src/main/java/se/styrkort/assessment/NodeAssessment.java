package se.styrkort.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.Outlook;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.Vocabulary;

/** A node's assessment inside a document about the whole plan (fulfilment, tree). */
@Schema(
    name = "NodeAssessment",
    description = "A person's judgement of the node, as GET /api/v1/assessments/{id} shows it.")
public record NodeAssessment(
    @Schema(example = "7") long assessmentId,
    @Schema(example = "3") long periodId,
    @Schema(example = "2024-HELAR") String periodCode,
    @Schema(example = "NOT_FULFILLED") AssessedStatus status,
    @Schema(example = "Ej uppfyllt") String statusText,
    @Schema(nullable = true, example = "UNCERTAIN") Outlook outlook,
    @Schema(nullable = true, example = "Osäkert") String outlookText,
    @Schema(example = "Andelen elever med godkänt i matematik minskade.") String motivation,
    @Schema(nullable = true) String analysis,
    @Schema(example = "APPROVED") EvaluationState state,
    @Schema(example = "Godkänd", description = "state in the language asked for.")
        String stateText) {

  /** The row with its words in {@code language}. */
  public static NodeAssessment of(NodeAssessments.Row row, Language language) {
    return new NodeAssessment(
        row.id(),
        row.periodId(),
        row.periodCode(),
        row.status(),
        Vocabulary.text(row.status(), language),
        row.outlook(),
        Vocabulary.text(row.outlook(), language),
        row.motivation(),
        row.analysis(),
        row.state(),
        Vocabulary.text(row.state(), language));
  }
}
