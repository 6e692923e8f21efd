package se.styrkort.period;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a reporting period's history. */
@Schema(name = "ReportingPeriodEvent")
public record ReportingPeriodEventView(
    @Schema(example = "2") long periodId,
    @Schema(example = "2", description = "The period's version after the change.") long version,
    @Schema(
            example = "REOPENED",
            enumeration = {"CREATED", "UPDATED", "CLOSED", "REOPENED"})
        String changeType,
    @Schema(example = "OPEN") PeriodState state,
    @Schema(example = "2024-09-30") LocalDate deadline,
    @Schema(
            nullable = true,
            example = "Förskolans utfall rättades efter ny statistik från SCB",
            description = "Why the period was reopened; null for other changes.")
        String reason,
    @Schema(example = "api-key 4 (Ekonomikontoret)") String changedBy,
    Instant changedAt) {

  static ReportingPeriodEventView from(ReportingPeriodEvent event) {
    return new ReportingPeriodEventView(
        event.periodId,
        event.version,
        event.changeType.name(),
        event.state,
        event.deadline,
        event.reason,
        event.changedBy,
        event.changedAt);
  }
}
