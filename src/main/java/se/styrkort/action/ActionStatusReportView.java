package se.styrkort.action;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.Vocabulary;

/** An action's status report for one period. */
@Schema(name = "ActionStatusReport")
public record ActionStatusReportView(
    @Schema(readOnly = true, example = "31") long id,
    @Schema(readOnly = true, example = "12") long actionId,
    @Schema(readOnly = true, example = "1") long planId,
    @Schema(readOnly = true, example = "3") long periodId,
    @Schema(readOnly = true, example = "2025-DELAR") String periodCode,
    @Schema(example = "STARTED") ActionStatus status,
    @Schema(example = "Påbörjad", description = "status in the language asked for.")
        String statusText,
    @Schema(nullable = true, example = "Utredningen pågår; återrapport till nämnden i oktober.")
        String comment,
    @Schema(
            readOnly = true,
            example = "true",
            description = "Whether it can still change: false once the period is closed.")
        boolean editable,
    @Schema(
            readOnly = true,
            nullable = true,
            example = "api-key 5 (Barn- och utbildningsförvaltningen)",
            description = "Who wrote it; not shown to anonymous readers.")
        String recordedBy,
    @Schema(readOnly = true) Instant recordedAt,
    @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; the ETag.")
        long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {

  static ActionStatusReportView from(
      ActionStatusReport r, ReportingPeriod period, Language language, boolean showAuthor) {
    return new ActionStatusReportView(
        r.id,
        r.actionId,
        r.planId,
        r.periodId,
        period.code,
        r.status,
        Vocabulary.text(r.status, language),
        r.comment,
        period.state == se.styrkort.period.PeriodState.OPEN,
        showAuthor ? r.recordedBy : null,
        r.recordedAt,
        r.version,
        r.createdAt,
        r.updatedAt);
  }
}
