package se.styrkort.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.point.PointValues;

/** A follow-up value as the API shows it. */
@Schema(name = "Evaluation")
public record EvaluationView(
    @Schema(readOnly = true, example = "1") long id,
    @Schema(readOnly = true, example = "1") long measurementPointId,
    @Schema(example = "2024") int year,
    @Schema(example = "OUTCOME") EvaluationKind kind,
    @Schema(example = "2024-12-31") LocalDate asOf,
    @Schema(ref = "Value") Object value,
    @Schema(nullable = true, example = "Ej klart sammanställt") String note,
    @Schema(nullable = true, example = "Helår") String periodLabel,
    @Schema(
            readOnly = true,
            example = "SUBMITTED",
            description =
                "Approval state: DRAFT → SUBMITTED → APPROVED; an approved value is locked until"
                    + " it is reopened.")
        EvaluationState state,
    @Schema(
            readOnly = true,
            example = "[\"APPROVE\", \"EDIT\", \"DELETE\"]",
            description =
                "What this caller may do to the value now, one button each: what the state"
                    + " allows, narrowed to the caller's role (a reporter: EDIT, DELETE, SUBMIT;"
                    + " an approver: APPROVE, REOPEN; a viewer: nothing) and empty while the"
                    + " value's reporting period is closed.")
        List<EvaluationAction> allowedTransitions,
    @Schema(
            readOnly = true,
            nullable = true,
            example = "api-key 3 (Rapportering)",
            description =
                "Who recorded the current version: the signed-in user or the API key; null for"
                    + " anonymous readers of a public plan, who do not see authorship.")
        String recordedBy,
    @Schema(readOnly = true, description = "When the current version was recorded.")
        Instant recordedAt,
    @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; the ETag.")
        long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {

  /** This view for a reader who does not see authorship (anonymous): recordedBy left out. */
  EvaluationView withoutAuthorship() {
    return new EvaluationView(
        id,
        measurementPointId,
        year,
        kind,
        asOf,
        value,
        note,
        periodLabel,
        state,
        allowedTransitions,
        null,
        recordedAt,
        version,
        createdAt,
        updatedAt);
  }

  static EvaluationView from(Evaluation evaluation, List<EvaluationAction> allowed) {
    return new EvaluationView(
        evaluation.id,
        evaluation.pointId,
        evaluation.year,
        evaluation.kind,
        evaluation.asOf,
        PointValues.toJson(evaluation.value),
        evaluation.note,
        evaluation.periodLabel,
        evaluation.state,
        allowed,
        evaluation.recordedBy,
        evaluation.recordedAt,
        evaluation.version,
        evaluation.createdAt,
        evaluation.updatedAt);
  }
}
