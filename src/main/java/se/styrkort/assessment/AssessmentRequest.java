package se.styrkort.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;

/** A new assessment of one node in a reporting period. */
@Schema(name = "AssessmentRequest")
public record AssessmentRequest(
    @Schema(example = "GOAL", description = "PLAN, FOCUS_AREA, GOAL or INDICATOR.") @NotNull
        NodeKind nodeKind,
    @Schema(
            example = "2",
            description =
                "The plan's id for PLAN, the goal's for FOCUS_AREA and GOAL, the indicator's for"
                    + " INDICATOR; of the period's plan.")
        @NotNull
        Long nodeId,
    @Schema(example = "PARTIALLY_FULFILLED") @NotNull AssessedStatus status,
    @Schema(
            example = "UNCERTAIN",
            nullable = true,
            description = "Only at an interim period (one that expects forecasts).")
        Outlook outlook,
    @Schema(
            example =
                "Matematiken förbättras men ligger fortfarande under riket; svenskan är i nivå med"
                    + " länet.")
        @NotBlank
        @Size(max = 4000)
        String motivation,
    @Schema(
            nullable = true,
            example =
                "Analys i förhållande till riket och Örebro län: Matematik 16 % (riket 20 %, Örebro"
                    + " län 18 %).")
        @Size(max = 20000)
        String analysis) {

  AssessmentChange fields() {
    return new AssessmentChange(status, outlook, motivation, analysis);
  }
}
