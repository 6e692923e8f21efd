package se.styrkort.bulk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk entry did (or, in a dry run, would do), with the ids of the values it touched. */
@Schema(name = "BulkEvaluationResult")
public record BulkEvaluationResult(
    @Schema(example = "false", description = "True when nothing was written (dryRun).")
        boolean dryRun,
    @Schema(example = "2") int created,
    @Schema(example = "1") int updated,
    @Schema(example = "1", description = "Rows equal to the value already recorded: not written.")
        int unchanged,
    @Schema(example = "[7, 8]", description = "Empty in a dry run (nothing was created).")
        List<Long> createdIds,
    @Schema(example = "[3]") List<Long> updatedIds,
    @Schema(example = "[4]") List<Long> unchangedIds) {}
