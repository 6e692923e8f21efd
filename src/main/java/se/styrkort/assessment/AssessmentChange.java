package se.styrkort.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.Outlook;

/** A correction of an assessment: every field it has beside its node and period. */
@Schema(name = "AssessmentChange")
public record AssessmentChange(
    @Schema(example = "NOT_FULFILLED") @NotNull AssessedStatus status,
    @Schema(
            example = "EXPECTED_NOT_MET",
            nullable = true,
            description = "Only at an interim period (one that expects forecasts).")
        Outlook outlook,
    @Schema(example = "Andelen elever med godkänt i matematik minskade till 16 %.")
        @NotBlank
        @Size(max = 4000)
        String motivation,
    @Schema(
            nullable = true,
            example =
                "Analys i förhållande till riket och Örebro län: Matematik 16 % (riket 20 %, Örebro"
                    + " län 18 %).")
        @Size(max = 20000)
        String analysis) {}
