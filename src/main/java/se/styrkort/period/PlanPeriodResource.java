package se.styrkort.period;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Idempotency;
import se.styrkort.common.Page;
import se.styrkort.common.PageRequest;

// Rooted at its full path: a class at /api/v1 would lose to PlanResource's longer prefix.
@Path("/api/v1/plans/{planId}/reporting-periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Reporting periods",
    description =
        "A plan's reporting dates (tertial 1, delår, helår) with deadlines; closing one locks its"
            + " follow-up values, assessments and analyses.")
public class PlanPeriodResource {

  @Inject Idempotency idempotency;
  @Inject ReportingPeriodService periods;

  @GET
  @Operation(
      operationId = "listReportingPeriods",
      summary = "List a plan's reporting periods",
      description =
          "Ordered by asOf; optionally one year. A plan without periods has none. Paged like"
              + " every collection: limit (default 50) and the next link's cursor.")
  public Page<ReportingPeriodView> list(
      @RestPath long planId,
      @Parameter(example = "2024") @RestQuery @Min(1900) @Max(2200) Integer year,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.slice(periods.list(planId, year).stream().map(periods::view).toList(), uri);
  }

  @POST
  @Operation(
      operationId = "createReportingPeriod",
      summary = "Add a reporting period to a plan's year",
      description =
          "A follow-up value of the year belongs to the first period whose asOf is on or after"
              + " its own (after the last period: to the last). Code and asOf are unique within"
              + " the plan (409 DUPLICATE).")
  public RestResponse<ReportingPeriodView> create(
      @RestPath long planId,
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull ReportingPeriodRequest request,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /plans/" + planId + "/reporting-periods",
        request,
        ReportingPeriodView.class,
        () -> {
          ReportingPeriod period = periods.create(planId, request);
          return EntityTags.created(
              uri.getBaseUriBuilder().path("api/v1/reporting-periods/{id}").build(period.id),
              periods.view(period),
              period.version);
        });
  }

  @POST
  @Path("/default-calendar")
  @Operation(
      operationId = "adoptDefaultCalendar",
      summary = "Adopt the default calendar: tertial 1, delår, helår",
      description =
          "For the year given, or every year from startYear to endYear: Tertial 1 as of 30 April"
              + " (forecasts, due 31 May), Delår as of 31 August (forecasts and analyses, due 30"
              + " September), Helår as of 31 December (outcomes and analyses, due 15 February)."
              + " Codes are YEAR-T1, YEAR-DELAR, YEAR-HELAR. Periods the plan has already (same"
              + " code or date) stay as they are, so a repeated call changes nothing. Answers"
              + " every period of those years.")
  public Page<ReportingPeriodView> adoptDefaultCalendar(
      @RestPath long planId, @Valid DefaultCalendarRequest request) {
    return new Page<>(
        periods.adoptDefaultCalendar(planId, request).stream().map(p -> periods.view(p)).toList(),
        null);
  }
}
