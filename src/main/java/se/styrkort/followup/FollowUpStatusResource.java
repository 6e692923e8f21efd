package se.styrkort.followup;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.styrkort.common.Page;
import se.styrkort.common.PageRequest;
import se.styrkort.followup.FollowUpViews.PointStatus;
import se.styrkort.followup.FollowUpViews.Report;

// Rooted at its full path: a class at /api/v1 would lose to PlanResource's longer prefix.
@Path("/api/v1/plans/{planId}/follow-up-status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class FollowUpStatusResource {

  @Inject FollowUpService followUp;

  @GET
  @Operation(
      operationId = "getFollowUpStatus",
      summary = "Which measurement points still lack a forecast or an outcome",
      description =
          "For the year of asOf (or the given year), every measurement point with a target that"
              + " year: MISSING when nothing is recorded, FORECAST_ONLY with a forecast dated on"
              + " or before asOf, COMPLETE with an outcome. Counts per status cover the whole"
              + " plan; items are paged in plan order.")
  public Report get(
      @RestPath long planId,
      @Parameter(required = true, description = "The reporting date.", example = "2024-08-31")
          @RestQuery
          LocalDate asOf,
      @Parameter(
              description = "The year followed up; the year of asOf when not given.",
              example = "2024")
          @RestQuery
          @Min(1900)
          @Max(2200)
          Integer year,
      @Parameter(description = "Only points in this status.") @RestQuery FollowUpStatus status,
      @Parameter(
              description =
                  "Count only APPROVED follow-up values: a point whose outcome is not approved"
                      + " yet is then FORECAST_ONLY or MISSING.")
          @RestQuery
          boolean approvedOnly,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    FollowUpService.Result result = followUp.report(planId, asOf, year, status, approvedOnly);
    Page<PointStatus> items = page.page(FollowUpService.slice(result.points(), page), uri);
    return new Report(
        planId,
        result.planName(),
        result.year(),
        asOf,
        approvedOnly,
        result.counts(),
        items.items(),
        items.next());
  }
}
