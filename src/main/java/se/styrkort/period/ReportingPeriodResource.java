package se.styrkort.period;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Page;
import se.styrkort.common.PageRequest;
import se.styrkort.evaluation.ReopeningRequest;

@Path("/api/v1/reporting-periods/{periodId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting periods")
public class ReportingPeriodResource {

  @Inject ReportingPeriodService periods;

  @GET
  @Operation(
      operationId = "getReportingPeriod",
      summary = "Get a reporting period",
      description = "With its state and what this caller may do to it; its ETag is its version.")
  public RestResponse<ReportingPeriodView> get(
      @RestPath long periodId, @RestHeader("If-None-Match") String ifNoneMatch) {
    ReportingPeriod period = periods.get(periodId);
    return EntityTags.ok(view(period), period.version, ifNoneMatch);
  }

  @PUT
  @Operation(
      operationId = "updateReportingPeriod",
      summary = "Change a period's label, deadline or expectations",
      description =
          "Only while it is open (409 PERIOD_CLOSED). Year, code and asOf stay: values belong to"
              + " the period by them. Requires If-Match.")
  public RestResponse<ReportingPeriodView> update(
      @RestPath long periodId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ReportingPeriodChange change) {
    ReportingPeriod period = periods.update(periodId, ifMatch, change);
    return EntityTags.changed(view(period), period.version);
  }

  @POST
  @Path("/closing")
  @Operation(
      operationId = "closeReportingPeriod",
      summary = "Close a reporting period",
      description =
          "OPEN → CLOSED: every follow-up value, assessment and analysis of the period is locked;"
              + " a write into it is 409 PERIOD_CLOSED naming the period. From CLOSED 409."
              + " Requires If-Match.")
  public RestResponse<ReportingPeriodView> close(
      @RestPath long periodId, @RestHeader("If-Match") String ifMatch) {
    ReportingPeriod period = periods.close(periodId, ifMatch);
    return EntityTags.changed(view(period), period.version);
  }

  @POST
  @Path("/reopening")
  @Operation(
      operationId = "reopenReportingPeriod",
      summary = "Reopen a closed reporting period",
      description =
          "CLOSED → OPEN; the reason is required and kept in the period's history. From OPEN"
              + " 409. Requires If-Match.")
  public RestResponse<ReportingPeriodView> reopen(
      @RestPath long periodId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ReopeningRequest request) {
    ReportingPeriod period = periods.reopen(periodId, ifMatch, request.reason());
    return EntityTags.changed(view(period), period.version);
  }

  @GET
  @Path("/history")
  @Operation(
      operationId = "getReportingPeriodHistory",
      summary = "Every change of a reporting period",
      description = "Newest first: created, changed, closed, reopened (with the reason), by whom.")
  public Page<ReportingPeriodEventView> history(
      @RestPath long periodId,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.slice(
        periods.history(periodId).stream().map(ReportingPeriodEventView::from).toList(), uri);
  }

  private ReportingPeriodView view(ReportingPeriod period) {
    return periods.view(period);
  }
}
