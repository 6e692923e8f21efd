package se.styrkort.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.EvaluationKind;

/** A reporting period as the API shows it. */
@Schema(name = "ReportingPeriod")
public record ReportingPeriodView(
    @Schema(readOnly = true, example = "2") long id,
    @Schema(readOnly = true, example = "1") long planId,
    @Schema(example = "2024") int year,
    @Schema(example = "2024-DELAR") String code,
    @Schema(example = "Delår 2024") String label,
    @Schema(example = "2024-08-31") LocalDate asOf,
    @Schema(example = "2024-09-30") LocalDate deadline,
    @Schema(example = "FORECAST") EvaluationKind expectedKind,
    @Schema(example = "true") boolean expectsAssessments,
    @Schema(example = "true") boolean expectsAnalyses,
    @Schema(readOnly = true, example = "OPEN") PeriodState state,
    @Schema(
            readOnly = true,
            nullable = true,
            example = "api-key 4 (Ekonomikontoret)",
            description =
                "Who closed the period; null while it is open, and for anonymous readers of a"
                    + " public plan, who do not see authorship.")
        String closedBy,
    @Schema(readOnly = true, nullable = true) Instant closedAt,
    @Schema(
            readOnly = true,
            example = "[\"EDIT\", \"CLOSE\"]",
            description =
                "What this caller may do to the period now: EDIT (planner, open periods), CLOSE"
                    + " (approver, open), REOPEN (approver, closed).")
        List<PeriodAction> allowedTransitions,
    @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; the ETag.")
        long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {

  static ReportingPeriodView from(
      ReportingPeriod period, List<PeriodAction> allowed, boolean seesAuthorship) {
    return new ReportingPeriodView(
        period.id,
        period.planId,
        period.year,
        period.code,
        period.label,
        period.asOf,
        period.deadline,
        period.expectedKind,
        period.expectsAssessments,
        period.expectsAnalyses,
        period.state,
        seesAuthorship ? period.closedBy : null,
        period.closedAt,
        allowed,
        period.version,
        period.createdAt,
        period.updatedAt);
  }
}
