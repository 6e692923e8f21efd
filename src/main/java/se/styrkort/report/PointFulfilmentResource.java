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
import se.styrkort.report.FulfilmentViews.PointSeries;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

@Path("/api/v1/measurement-points/{pointId}/fulfilment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment")
public class PointFulfilmentResource {

  @Inject FulfilmentService fulfilment;

  @GET
  @Operation(
      operationId = "getMeasurementPointFulfilment",
      summary = "Fulfilment of one measurement point, for a year or a series of years",
      description =
          "With fromYear and/or toYear (each defaulting to the plan's first and last year) it"
              + " answers one entry per year: the series a chart needs.")
  public PointSeries get(
      @RestPath long pointId,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @Parameter(description = FulfilmentParameters.YEAR, example = "2024") @RestQuery Integer year,
      @Parameter(description = "First year of a series.", example = "2023") @RestQuery
          Integer fromYear,
      @Parameter(description = "Last year of a series.", example = "2026") @RestQuery
          Integer toYear,
      @Parameter(description = FulfilmentParameters.BASIS) @RestQuery Basis basis,
      @Parameter(description = FulfilmentParameters.APPROVED_ONLY) @RestQuery
          boolean approvedOnly) {
    return fulfilment.forPoint(pointId, year, fromYear, toYear, basis, approvedOnly);
  }
}
