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

@Path("/api/v1/plans/{planId}/good-financial-management")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment")
public class GoodFinancialManagementResource {

  @Inject GoodFinancialManagement management;

  @GET
  @Operation(
      operationId = "getGoodFinancialManagement",
      summary = "Evaluation of god ekonomisk hushållning",
      description =
          "The statutory evaluation for the annual report (Kommunallagen 11 kap, LKBR): the"
              + " plan's goals marked goodFinancialManagement, each with its fulfilment for the"
              + " year, and a summary sentence in Swedish (\"4 av 5 mål för god ekonomisk"
              + " hushållning är uppfyllda.\").")
  public GoodFinancialManagement.Evaluation get(
      @RestPath long planId,
      @Parameter(description = FulfilmentParameters.YEAR, example = "2024") @RestQuery Integer year,
      @Parameter(description = FulfilmentParameters.BASIS) @RestQuery Basis basis,
      @Parameter(description = FulfilmentParameters.APPROVED_ONLY) @RestQuery
          boolean approvedOnly) {
    return management.evaluate(planId, year, basis, approvedOnly);
  }
}
