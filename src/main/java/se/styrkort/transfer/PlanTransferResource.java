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
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.security.CallerAccess;
import se.styrkort.security.Role;

/** A whole plan out as one document, and such a document in as a new plan. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanTransferResource {

  @Inject PlanExporter exporter;
  @Inject Idempotency idempotency;
  @Inject PlanDocumentWriter writer;
  @Inject CallerAccess access;

  /** The approval states the caller could give a value by the ordinary operations. */
  private boolean mayCreate(EvaluationState state) {
    return switch (state) {
      case DRAFT -> true;
      case SUBMITTED -> access.holds(Role.REPORTER);
      case APPROVED -> access.holds(Role.APPROVER);
    };
  }

  @GET
  @Path("/{planId}/export")
  @Operation(
      operationId = "exportPlan",
      summary = "Export a whole plan as one document",
      description =
          "The plan's fields, its goal tree with indicators, measurement points and targets, and"
              + " every follow-up value, the reporting periods and every assessment (under the"
              + " node it judges, naming its period by code), and the actions and assignments"
              + " (naming the goals they serve by their place in the document, the responsible"
              + " unit by its code, with their status reports), without database ids: POST it to"
              + " /api/v1/plans/import here or in another installation.")
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
              + " An import creates nothing the importer could not create by the ordinary"
              + " operations: the plan is a DRAFT whatever the document's status; every follow-up"
              + " value is recorded by the importer at the time of the import (the document's"
              + " recordedBy and recordedAt are not kept), and keeps its approval state only when"
              + " the importer holds the role that gives it (SUBMITTED: reporter, APPROVED:"
              + " approver; admin holds both), else gets the highest state below it that they"
              + " may give (down to DRAFT). Assessments follow the same rule as values (recorded"
              + " by the importer, now; their state kept only as far as the importer's role"
              + " gives it); reporting periods are created by the importer, and a CLOSED one is"
              + " closed by the importer only when they may close periods (approver), else left"
              + " OPEN. Actions are created as in the document (an assignment too: the plan is a"
              + " draft), the responsible unit only where its code names a unit here; their"
              + " status reports are recorded by the importer at the time of the import, as"
              + " values are. The history names the importer. The answer counts the lowered values and"
              + " assessments and says in notes what was not kept. Location names the new plan.")
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
          PlanImportResult result =
              writer.importDocument(
                  document,
                  new PlanDocumentWriter.Importer(
                      access.identity(), this::mayCreate, () -> access.holds(Role.APPROVER)));
          return EntityTags.created(
              uri.getBaseUriBuilder().path("/api/v1/plans/{planId}").build(result.planId()),
              result,
              result.planVersion());
        });
  }
}
