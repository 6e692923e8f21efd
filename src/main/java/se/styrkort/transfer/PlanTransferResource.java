package se.styrkort.transfer;

import jakarta.inject.Inject;
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
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Idempotency;

/** A whole plan out as one document, and such a document in as a new plan. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanTransferResource {

  @Inject PlanExporter exporter;
  @Inject Idempotency idempotency;
  @Inject PlanDocumentWriter writer;

  @GET
  @Path("/{planId}/export")
  @Operation(
      operationId = "exportPlan",
      summary = "Export a whole plan as one document",
      description =
          "The plan's fields, its goal tree with indicators, measurement points and targets, and"
              + " every follow-up value, without database ids: POST it to /api/v1/plans/import"
              + " here or in another installation.")
  public PlanDocument export(@RestPath long planId) {
    return exporter.export(planId);
  }

  @POST
  @Path("/import")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createPlanFromDocument",
      summary = "Import a plan document as a new plan",
      description =
          "Creates a new plan from a document in the export format, all of it or nothing: every"
              + " invalid value is reported at once, named by its place in the document"
              + " (focusAreas[1].goals[0].indicators[2].measurementPoints[0].targets[0].value)."
              + " The plan keeps the document's status (DRAFT when it has none); follow-up"
              + " values keep their approval state, recordedBy and recordedAt. Location names the new"
              + " plan.")
  public RestResponse<PlanImportResult> importPlan(
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @NotNull PlanDocument document,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /plans/import",
        document,
        PlanImportResult.class,
        () -> {
          PlanImportResult result = writer.write(document, PlanDocumentWriter.IMPORTED_BY);
          return EntityTags.created(
              uri.getBaseUriBuilder().path("/api/v1/plans/{planId}").build(result.planId()),
              result,
              result.planVersion());
        });
  }
}
