package se.styrkort.followup;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.styrkort.followup.PeriodFollowUpViews.Report;
import se.styrkort.period.PeriodFollowUpStatus;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

@Path("/api/v1/reporting-periods/{periodId}/follow-up-status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class PeriodFollowUpResource {

  @Inject PeriodFollowUpService followUp;

  @GET
  @Operation(
      operationId = "getPeriodFollowUpStatus",
      summary = "What a reporting period still lacks, and what is overdue",
      description =
          "For each measurement point with a target in the period's year: the value the period"
              + " expects (its expectedKind, belonging to the period by its asOf); for each goal"
              + " and indicator: its assessment and, where expected, its analysis. Each is"
              + " MISSING, DRAFT, SUBMITTED or APPROVED, and overdue when MISSING or DRAFT after"
              + " the deadline. Counts cover every item; the status filter narrows the items.")
  public Report get(
      @RestPath long periodId,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @Parameter(description = "Only items in this status.") @RestQuery PeriodFollowUpStatus status,
      @Parameter(description = "Only overdue items.") @RestQuery boolean overdue) {
    Report report = followUp.report(periodId);
    if (status == null && !overdue) {
      return report;
    }
    return new Report(
        report.planId(),
        report.periodId(),
        report.periodCode(),
        report.periodLabel(),
        report.asOf(),
        report.deadline(),
        report.state(),
        report.today(),
        report.counts(),
        report.items().stream()
            .filter(item -> status == null || item.status() == status)
            .filter(item -> !overdue || item.overdue())
            .toList());
  }
}
