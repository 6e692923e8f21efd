package se.styrkort.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.EvaluationKind;

/** A new reporting period of a plan's year. */
@Schema(name = "ReportingPeriodRequest")
public record ReportingPeriodRequest(
    @Schema(example = "2024") @NotNull @Min(1900) @Max(2200) Integer year,
    @Schema(
            example = "2024-DELAR",
            description = "Unique within the plan: letters, digits, '-' and '_'.")
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_-]*$")
        String code,
    @Schema(example = "Delår 2024") @NotBlank @Size(max = 100) String label,
    @Schema(
            example = "2024-08-31",
            description =
                "The date the period's values describe; within the year, unique in the" + " plan.")
        @NotNull
        LocalDate asOf,
    @Schema(
            example = "2024-09-30",
            description = "When values, assessments and analyses are due; on or after asOf.")
        @NotNull
        LocalDate deadline,
    @Schema(
            example = "FORECAST",
            description =
                "The follow-up value expected of each point: a forecast at an interim"
                    + " period, the outcome at the year's end.")
        @NotNull
        EvaluationKind expectedKind,
    @Schema(example = "true", description = "Whether each goal and indicator is to be assessed.")
        boolean expectsAssessments,
    @Schema(example = "true", description = "Whether the assessments are to carry an analysis.")
        boolean expectsAnalyses) {}
