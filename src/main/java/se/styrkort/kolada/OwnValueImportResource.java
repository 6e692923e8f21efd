package se.styrkort.kolada;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/measurement-points/{pointId}/kolada-import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kolada")
public class OwnValueImportResource {

  @Inject OwnValueImport imports;

  @POST
  @Operation(
      operationId = "importOwnValuesFromKolada",
      summary = "Record a point's outcomes from Kolada",
      description =
          "For a point measured by a Kolada key figure: fetches the municipality's values (the"
              + " plan's organisationCode, e.g. 1864) for the plan's years and records each as an"
              + " OUTCOME dated 31 December, with the note \"Källa: Kolada (KPI)\", for the years"
              + " that have no outcome yet; recorded outcomes are never replaced, and the report"
              + " lists where Kolada differs. 409 when the plan has no municipality code."
              + PointKoladaSyncResource.FAILURES)
  public OwnValueImportReport importOwnValues(
      @RestPath long pointId, @Valid @NotNull OwnValueImportRequest request) {
    return imports.run(pointId, request.koladaKpi());
  }
}
