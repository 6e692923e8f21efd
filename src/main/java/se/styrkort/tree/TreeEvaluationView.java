package se.styrkort.tree;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.evaluation.Evaluation;
import se.styrkort.fulfilment.EvaluationKind;

/** A follow-up value (forecast or outcome) as the tree shows it. */
@Schema(name = "PlanTreeEvaluation")
public record TreeEvaluationView(
    @Schema(example = "12") long id,
    @Schema(example = "2024") int year,
    @Schema(example = "OUTCOME") EvaluationKind kind,
    @Schema(example = "2024-12-31") LocalDate asOf,
    @Schema(ref = "Value", nullable = true) Object value,
    @Schema(nullable = true, example = "Ej klart sammanställt") String note,
    @Schema(nullable = true, example = "Helår") String periodLabel) {

  static TreeEvaluationView from(Evaluation evaluation) {
    return new TreeEvaluationView(
        evaluation.id,
        evaluation.year,
        evaluation.kind,
        evaluation.asOf,
        evaluation.value == null ? null : evaluation.value.toJson(),
        evaluation.note,
        evaluation.periodLabel);
  }
}
