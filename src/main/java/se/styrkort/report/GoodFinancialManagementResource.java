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
              + " plan's goals marked goodFinancialManagement, each with its computed fulfilment for"
              + " the year and its assessment beside it (the latest reporting period of the year"
              + " that has one; APPROVED ones only for anonymous readers and with"
              + " approvedOnly=true), and a summary sentence in Swedish. The summary counts a goal"
              + " as fulfilled by its assessment where it has one (status FULFILLED) and by its"
              + " computed status (FULFILLED) where it has none: \"4 av 5 mål för god ekonomisk"
              + " hushållning bedöms uppfyllda.\" when any goal is judged by an assessment,"
              + " \"… är uppfyllda.\" when none is.")
  public GoodFinancialManagement.Evaluation get(
      @RestPath long planId,
      @Parameter(description = FulfilmentParameters.YEAR, example = "2024") @RestQuery Integer year,
      @Parameter(description = FulfilmentParameters.BASIS) @RestQuery Basis basis,
      @Parameter(description = FulfilmentParameters.APPROVED_ONLY) @RestQuery
          boolean approvedOnly) {
    return management.evaluate(planId, year, basis, approvedOnly);
  }
}
