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

@Path("/api/v1/indicators/{indicatorId}/fulfilment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment")
public class IndicatorFulfilmentResource {

  @Inject FulfilmentService fulfilment;

  @GET
  @PlanWide
  @Operation(
      operationId = "getIndicatorFulfilment",
      summary = "Fulfilment of an indicator and its measurement points",
      description = "Each measurement point judged, and the indicator rolled up from them.")
  public TreeFulfilment get(
      @RestPath long indicatorId,
      @Parameter(description = FulfilmentParameters.YEAR, example = "2024") @RestQuery Integer year,
      @Parameter(description = FulfilmentParameters.BASIS) @RestQuery Basis basis,
      @Parameter(description = FulfilmentParameters.APPROVED_ONLY) @RestQuery
          boolean approvedOnly) {
    return fulfilment.forIndicator(indicatorId, year, basis, approvedOnly);
  }
}
