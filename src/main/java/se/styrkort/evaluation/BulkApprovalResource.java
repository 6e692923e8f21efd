package se.styrkort.evaluation;

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

/**
 * Approval of a whole reporting date at once. Rooted at its full path: JAX-RS picks the root class
 * by its longest literal prefix, so under /api/v1 the plan resource would shadow it.
 */
@Path("/api/v1/plans/{planId}/evaluations/approval")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class BulkApprovalResource {

  @Inject EvaluationApprovalService approvals;

  @POST
  @Operation(
      operationId = "approvePlanEvaluations",
      summary = "Approve every submitted follow-up value of a plan for a reporting date",
      description =
          "Approves all SUBMITTED values of the plan with that asOf (and kind, if given) in one"
              + " transaction: all of them or none. Drafts are left alone and listed, so the"
              + " caller sees what is still missing; nothing submitted approves nothing (200).")
  public BulkApprovalView approve(
      @RestPath long planId, @Valid @NotNull BulkApprovalRequest request) {
    return approvals.approveAll(planId, request);
  }
}
