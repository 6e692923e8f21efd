package se.styrkort.report;

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
import se.styrkort.fulfilment.Basis;

@Path("/api/v1/goals/{goalId}/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment")
public class ContributingGoalsResource {

  @Inject ContributingGoals contributions;

  @GET
  @Operation(
      operationId = "getGoalContributions",
      summary = "Goals that contribute to a goal",
      description =
          "The committees' goals that contribute to this (council) goal, each with its computed"
              + " fulfilment for the year in its own plan; only those the caller may read. The"
              + " year defaults to the goal's plan's last year.")
  public ContributingGoals.Contributions get(
      @RestPath long goalId,
      @Parameter(description = FulfilmentParameters.YEAR, example = "2024") @RestQuery Integer year,
      @Parameter(description = FulfilmentParameters.BASIS) @RestQuery Basis basis,
      @Parameter(description = FulfilmentParameters.APPROVED_ONLY) @RestQuery
          boolean approvedOnly) {
    return contributions.of(goalId, year, basis, approvedOnly);
  }
}
