package se.styrkort.period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.EvaluationKind;

/**
 * What may change of an open period: its label, deadline and what is expected. Year, code and asOf
 * are what values belong to the period by, and stay.
 */
@Schema(name = "ReportingPeriodChange")
public record ReportingPeriodChange(
    @Schema(example = "Delår 2024") @NotBlank @Size(max = 100) String label,
    @Schema(example = "2024-10-15", description = "On or after the period's asOf.") @NotNull
        LocalDate deadline,
    @Schema(example = "FORECAST") @NotNull EvaluationKind expectedKind,
    @Schema(example = "true") boolean expectsAssessments,
    @Schema(example = "true") boolean expectsAnalyses) {}
