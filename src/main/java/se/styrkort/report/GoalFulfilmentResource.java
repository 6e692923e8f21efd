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
import se.styrkort.cache.PlanWide;
import se.styrkort.fulfilment.Basis;
import se.styrkort.report.FulfilmentViews.TreeFulfilment;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

@Path("/api/v1/goals/{goalId}/fulfilment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment")
public class GoalFulfilmentResource {

  @Inject FulfilmentService fulfilment;

  @GET
  @PlanWide
  @Operation(
      operationId = "getGoalFulfilment",
      summary = "Fulfilment of a focus area or goal and everything beneath it",
      description =
          "The node's measurement points judged and rolled up through its indicators and sub-goals.")
  public TreeFulfilment get(
      @RestPath long goalId,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @Parameter(description = FulfilmentIncludes.DESCRIPTION, example = "actions") @RestQuery
          String include,
      @Parameter(description = FulfilmentParameters.YEAR, example = "2024") @RestQuery Integer year,
      @Parameter(description = FulfilmentParameters.BASIS) @RestQuery Basis basis,
      @Parameter(description = FulfilmentParameters.APPROVED_ONLY) @RestQuery
          boolean approvedOnly) {
    return fulfilment.forGoal(goalId, year, basis, approvedOnly);
  }
}
