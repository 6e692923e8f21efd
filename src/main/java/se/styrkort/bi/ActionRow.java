package se.styrkort.bi;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One action or assignment, flat, with the goals it serves and its latest status report; the CSV
 * columns and the OData set Actions are these, in order.
 */
@Schema(
    name = "BiAction",
    description =
        "One action or assignment with the goals it serves and its status in the latest reporting"
            + " period that has a report.")
public record ActionRow(
    @Schema(example = "12") long actionId,
    @Schema(example = "7") long planId,
    @Schema(example = "Barn- och utbildningsnämndens plan 2025–2026") String planName,
    @Schema(
            example = "ASSIGNMENT",
            enumeration = {"ACTIVITY", "ASSIGNMENT"})
        String kind,
    @Schema(example = "Utred föräldrasamverkan i förskolan") String title,
    @Schema(
            example = "41 43",
            description =
                "The ids of the goals (or focus areas) it serves, ascending, separated by a space:"
                    + " split it into rows to relate actions to Goals.")
        String goalIds,
    @Schema(nullable = true, example = "2") Long responsibleUnitId,
    @Schema(nullable = true, example = "BUN") String responsibleUnitCode,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description = "The responsible person; null for anonymous readers.")
        String responsiblePerson,
    @Schema(nullable = true, example = "2025-01-01") LocalDate startDate,
    @Schema(nullable = true, example = "2025-10-31") LocalDate endDate,
    @Schema(nullable = true, example = "KF 2024-11-25 § 112") String decisionReference,
    @Schema(
            nullable = true,
            example = "5",
            description = "The latest reporting period (by its date) with a status report.")
        Long latestPeriodId,
    @Schema(nullable = true, example = "2025-DELAR") String latestPeriodCode,
    @Schema(nullable = true, example = "2025") Integer latestPeriodYear,
    @Schema(
            nullable = true,
            example = "STARTED",
            enumeration = {"NOT_STARTED", "STARTED", "COMPLETED", "DELAYED", "CANCELLED"},
            description = "The status reported for that period; null when none was reported.")
        String latestStatus,
    @Schema(nullable = true, example = "Utredningen pågår; återrapport i oktober.")
        String latestComment,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description = "Who reported it; null for anonymous readers.")
        String latestRecordedBy,
    @Schema(nullable = true, example = "2025-09-20T08:00:00Z") Instant latestRecordedAt,
    @Schema(example = "0", description = "The action's version (its ETag).") long version) {}
