package se.styrkort.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.point.PointValues;

/** One version of a follow-up value: what it held, who wrote it and when. */
@Schema(name = "EvaluationRevision")
public record EvaluationRevisionView(
    @Schema(example = "1") long evaluationId,
    @Schema(example = "1") long measurementPointId,
    @Schema(
            example = "1",
            description =
                "The evaluation's version this revision recorded; a deletion is one past the"
                    + " last.")
        long version,
    @Schema(example = "UPDATED") ChangeType changeType,
    @Schema(example = "2024") int year,
    @Schema(example = "OUTCOME") EvaluationKind kind,
    @Schema(example = "2024-12-31") LocalDate asOf,
    @Schema(ref = "Value") Object value,
    @Schema(nullable = true, example = "Ej klart sammanställt") String note,
    @Schema(nullable = true, example = "Helår") String periodLabel,
    @Schema(example = "APPROVED", description = "The approval state this version had.")
        EvaluationState state,
    @Schema(
            nullable = true,
            example = "Utfallet för Förskola räknades om efter ny statistik från SCB",
            description = "Why the state changed, where there is a reason (always for REOPENED).")
        String reason,
    @Schema(example = "anonymous") String changedBy,
    Instant changedAt) {

  static EvaluationRevisionView from(EvaluationRevision revision) {
    return new EvaluationRevisionView(
        revision.evaluationId,
        revision.pointId,
        revision.version,
        revision.changeType,
        revision.year,
        revision.kind,
        revision.asOf,
        PointValues.toJson(revision.value),
        revision.note,
        revision.periodLabel,
        revision.state,
        revision.reason,
        revision.changedBy,
        revision.changedAt);
  }
}
