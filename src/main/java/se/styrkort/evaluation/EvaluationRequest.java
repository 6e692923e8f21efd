package se.styrkort.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.EvaluationKind;

/** A follow-up value to record, or the corrected content of one. */
@Schema(
    name = "EvaluationRequest",
    description =
        "A follow-up value. Its value is typed by the point: a number (PERCENT 0–100), a level of"
            + " its scale, or true/false; it may be null only when a note says why.")
public record EvaluationRequest(
    @Schema(
            example = "2024",
            description = "The year described: from the plan's first recorded year to its end.")
        @NotNull
        @Min(1900)
        @Max(2200)
        Integer year,
    @Schema(example = "OUTCOME") @NotNull EvaluationKind kind,
    @Schema(
            example = "2024-12-31",
            description =
                "The date the value describes: in the year itself or the year after (outcomes"
                    + " often arrive after the year has ended).")
        @NotNull
        LocalDate asOf,
    @Schema(ref = "Value") JsonNode value,
    @Schema(nullable = true, example = "Ej klart sammanställt", description = "Analysis text.")
        @Size(max = 10000)
        String note,
    @Schema(nullable = true, example = "Helår") @Size(max = 100) String periodLabel) {}
