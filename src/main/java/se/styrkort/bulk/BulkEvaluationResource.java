package se.styrkort.bulk;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import se.styrkort.common.Idempotency;

/**
 * Bulk entry of a plan's follow-up values. Rooted at its full path: JAX-RS picks the root class by
 * its longest literal prefix, so under /api/v1 the plan resource would shadow it.
 */
@Path("/api/v1/plans/{planId}/evaluations/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class BulkEvaluationResource {

  @Inject BulkEvaluationService bulk;
  @Inject Idempotency idempotency;

  @POST
  @Operation(
      operationId = "writePlanEvaluations",
      summary = "Record or correct many follow-up values of a plan at once",
      description =
          "Each row is keyed by (measurementPointId, year, kind, asOf): an existing value is"
              + " corrected (through the same path as PUT, so it gets a history revision), a new"
              + " key is recorded, an identical row is left unchanged. All rows or none: any"
              + " invalid row → 400 listing every failing row (rows[3].value); rows that would"
              + " change APPROVED values → 409 EVALUATION_LOCKED. With an Idempotency-Key, a"
              + " retry with the same body returns the first answer without writing; the same"
              + " key with another body → 422 IDEMPOTENCY_KEY_REUSED.")
  @APIResponse(
      responseCode = "200",
      description = "Written (or, for a retry, written before)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BulkEvaluationResult.class)))
  @APIResponse(
      responseCode = "422",
      description = "The Idempotency-Key was used before for a different request.",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public BulkEvaluationResult write(
      @RestPath long planId,
      @Parameter(description = "Makes retries safe: the same key and body are applied once.")
          @RestHeader("Idempotency-Key")
          String idempotencyKey,
      @Valid @NotNull BulkEvaluationRequest request) {
    return idempotency.once(
        idempotencyKey,
        "POST /plans/" + planId + "/evaluations/bulk",
        request,
        BulkEvaluationResult.class,
        () -> bulk.write(planId, request.rows(), false));
  }
}
