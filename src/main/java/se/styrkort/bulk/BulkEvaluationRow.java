package se.styrkort.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.evaluation.EvaluationRequest;
import se.styrkort.fulfilment.EvaluationKind;

/** One follow-up value of a bulk entry: a single value's fields plus the point it belongs to. */
@Schema(name = "BulkEvaluationRow")
public record BulkEvaluationRow(
    @Schema(example = "1", description = "A measurement point of the plan.") @NotNull
        Long measurementPointId,
    @Schema(example = "2024") @NotNull @Min(1900) @Max(2200) Integer year,
    @Schema(example = "OUTCOME") @NotNull EvaluationKind kind,
    @Schema(example = "2024-12-31") @NotNull LocalDate asOf,
    @Schema(ref = "Value") JsonNode value,
    @Schema(nullable = true, example = "Ej klart sammanställt") @Size(max = 10000) String note,
    @Schema(nullable = true, example = "Helår") @Size(max = 100) String periodLabel) {

  /** The row as the single-value request it stands for. */
  EvaluationRequest toRequest() {
    return new EvaluationRequest(year, kind, asOf, value, note, periodLabel);
  }
}
