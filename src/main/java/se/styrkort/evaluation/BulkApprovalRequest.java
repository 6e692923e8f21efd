package se.styrkort.evaluation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.EvaluationKind;

/** Which of a plan's submitted values to approve: those of one reporting date, maybe one kind. */
@Schema(name = "BulkApprovalRequest")
public record BulkApprovalRequest(
    @Schema(example = "2024-12-31", description = "The reporting date (the values' asOf).") @NotNull
        LocalDate asOf,
    @Schema(
            nullable = true,
            example = "OUTCOME",
            description = "Only values of this kind; both kinds when absent.")
        EvaluationKind kind) {}
