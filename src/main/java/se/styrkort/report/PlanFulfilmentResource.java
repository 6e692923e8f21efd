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

@Path("/api/v1/plans/{planId}/fulfilment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment")
public class PlanFulfilmentResource {

  @Inject FulfilmentService fulfilment;

  @GET
  @PlanWide
  @Operation(
      operationId = "getPlanFulfilment",
      summary = "Fulfilment of a whole plan",
      description =
          "Every measurement point judged, rolled up through indicators, goals and focus areas to the plan, with counts per status at every node.")
  public TreeFulfilment get(
      @RestPath long planId,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @Parameter(description = FulfilmentIncludes.DESCRIPTION, example = "actions") @RestQuery
          String include,
      @Parameter(description = FulfilmentParameters.YEAR, example = "2024") @RestQuery Integer year,
      @Parameter(description = FulfilmentParameters.BASIS) @RestQuery Basis basis,
      @Parameter(description = FulfilmentParameters.APPROVED_ONLY) @RestQuery
          boolean approvedOnly) {
    return fulfilment.forPlan(planId, year, basis, approvedOnly);
  }
}
