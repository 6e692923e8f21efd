package se.styrkort.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.EvaluationKind;

/** What a bulk approval did: which values it approved and which are still drafts. */
@Schema(name = "BulkApproval")
public record BulkApprovalView(
    @Schema(example = "1") long planId,
    @Schema(example = "2024-12-31") LocalDate asOf,
    @Schema(nullable = true, example = "OUTCOME") EvaluationKind kind,
    @Schema(example = "2", description = "How many submitted values were approved.")
        int approvedCount,
    @Schema(example = "[3, 4]") List<Long> approvedIds,
    @Schema(
            example = "1",
            description = "Values of that date still in DRAFT: not submitted, so not approved.")
        int draftCount,
    @Schema(example = "[5]") List<Long> draftIds) {}
