package se.styrkort.bulk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Many follow-up values of one plan, written together: all of them or none. */
@Schema(name = "BulkEvaluationRequest")
public record BulkEvaluationRequest(
    @Schema(
            description =
                "Keyed by (measurementPointId, year, kind, asOf): an existing key is corrected,"
                    + " a new one recorded.")
        @NotNull
        @Size(min = 1, max = BulkEvaluationRequest.MAX_ROWS)
        List<@Valid @NotNull BulkEvaluationRow> rows) {

  /** Enough for every point of a large plan for a year, small enough for one transaction. */
  public static final int MAX_ROWS = 5000;
}
