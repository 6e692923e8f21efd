package se.styrkort.bi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One follow-up value, flat, with its approval state; the CSV columns are these, in order. */
@Schema(name = "BiEvaluation", description = "One follow-up value (forecast or outcome), flat.")
public record EvaluationRow(
    @Schema(example = "12") long evaluationId,
    @Schema(example = "1") long planId,
    @Schema(example = "1") long indicatorId,
    @Schema(example = "1") long pointId,
    @Schema(example = "Förskola") String pointLabel,
    @Schema(example = "2024") int year,
    @Schema(
            example = "OUTCOME",
            enumeration = {"FORECAST", "OUTCOME"})
        String kind,
    @Schema(example = "2024-12-31") LocalDate asOf,
    @Schema(nullable = true, example = "99.5", description = "The value, where it is a number.")
        BigDecimal value,
    @Schema(nullable = true, example = "99.5", description = "The value as text.") String valueText,
    @Schema(nullable = true, example = "Ökning jämfört med föregående år") String note,
    @Schema(nullable = true, example = "Helår") String periodLabel,
    @Schema(
            example = "APPROVED",
            enumeration = {"DRAFT", "SUBMITTED", "APPROVED"})
        String state,
    @Schema(
            nullable = true,
            example = "anna.andersson",
            description = "Who recorded the value; null for anonymous readers.")
        String recordedBy,
    @Schema(example = "2025-01-15T09:30:00Z") Instant recordedAt,
    @Schema(example = "0") long version) {}
