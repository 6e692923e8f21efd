package se.styrkort.tree;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.evaluation.Evaluation;

/** A point's baseline: the outcome of the plan's baseline year. */
@Schema(name = "PlanTreeBaseline")
public record TreeBaselineView(
    @Schema(ref = "Value", nullable = true) Object value,
    @Schema(nullable = true, example = "Ej klart sammanställt") String note,
    @Schema(example = "2023-12-31") LocalDate asOf,
    @Schema(example = "12") long evaluationId) {

  static TreeBaselineView from(Evaluation outcome) {
    return new TreeBaselineView(
        outcome.value == null ? null : outcome.value.toJson(),
        outcome.note,
        outcome.asOf,
        outcome.id);
  }
}
