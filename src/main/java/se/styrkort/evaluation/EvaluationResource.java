package se.styrkort.evaluation;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Idempotency;
import se.styrkort.common.Page;
import se.styrkort.common.PageRequest;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.security.CallerAccess;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Follow-up values (forecasts and outcomes) and history.")
public class EvaluationResource {

  @Inject Idempotency idempotency;
  @Inject EvaluationService evaluations;
  @Inject EvaluationApprovalService approvals;
  @Inject EvaluationPermissions permissions;
  @Inject CallerAccess access;

  @GET
  @Path("/measurement-points/{pointId}/evaluations")
  @Operation(
      operationId = "listEvaluations",
      summary = "List a measurement point's follow-up values",
      description = "Ordered by year, asOf and kind; optionally only one year or kind.")
  public Page<EvaluationView> list(
      @RestPath long pointId,
      @RestQuery Integer year,
      @RestQuery EvaluationKind kind,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(
        evaluations.list(pointId, year, kind, page).stream()
            .map(permissions::view)
            .map(this::forReader)
            .toList(),
        uri);
  }

  @POST
  @Path("/measurement-points/{pointId}/evaluations")
  @Operation(
      operationId = "createEvaluation",
      summary = "Record a follow-up value",
      description =
          "A forecast or outcome of the point. One per year, kind and asOf: a second one is"
              + " refused (409 DUPLICATE, naming the existing value), correct that one instead.")
  public RestResponse<EvaluationView> create(
      @RestPath long pointId,
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull EvaluationRequest request,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /measurement-points/" + pointId + "/evaluations",
        request,
        EvaluationView.class,
        () -> {
          EvaluationView evaluation = permissions.view(evaluations.create(pointId, request));
          return EntityTags.created(
              uri.getBaseUriBuilder().path("api/v1/evaluations/{id}").build(evaluation.id()),
              evaluation,
              evaluation.version());
        });
  }

  @GET
  @Path("/evaluations/{evaluationId}")
  @Operation(
      operationId = "getEvaluation",
      summary = "Get a follow-up value",
      description = "The value with its state and allowed transitions; its ETag is its version.")
  public RestResponse<EvaluationView> get(
      @RestPath long evaluationId, @RestHeader("If-None-Match") String ifNoneMatch) {
    EvaluationView evaluation = forReader(permissions.view(evaluations.get(evaluationId)));
    return EntityTags.ok(evaluation, evaluation.version(), ifNoneMatch);
  }

  /** Authorship is for signed-in readers: anonymous readers of a public plan get none. */
  private EvaluationView forReader(EvaluationView view) {
    return access.seesAuthorship() ? view : view.withoutAuthorship();
  }

  @PUT
  @Path("/evaluations/{evaluationId}")
  @Operation(
      operationId = "updateEvaluation",
      summary = "Correct a follow-up value",
      description =
          "Replaces every field; the earlier version stays in the history. A changed year, kind"
              + " or asOf must not collide with another value (409 DUPLICATE). A SUBMITTED value"
              + " goes back to DRAFT (it must be submitted again); an APPROVED value is locked"
              + " (409 EVALUATION_LOCKED) until it is reopened. Requires If-Match.")
  public RestResponse<EvaluationView> update(
      @RestPath long evaluationId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull EvaluationRequest request) {
    EvaluationView evaluation =
        permissions.view(evaluations.update(evaluationId, ifMatch, request));
    return EntityTags.changed(evaluation, evaluation.version());
  }

  @DELETE
  // A 204 has no body to negotiate and errors are problem+json whatever the Accept: never 406.
  @Produces(MediaType.WILDCARD)
  @Path("/evaluations/{evaluationId}")
  @Operation(
      operationId = "deleteEvaluation",
      summary = "Delete a follow-up value",
      description =
          "Its history stays readable. An APPROVED value is locked (409 EVALUATION_LOCKED) until"
              + " it is reopened. Requires If-Match.")
  public RestResponse<Void> delete(
      @RestPath long evaluationId, @RestHeader("If-Match") String ifMatch) {
    evaluations.delete(evaluationId, ifMatch);
    return RestResponse.noContent();
  }

  @POST
  @Path("/evaluations/{evaluationId}/submission")
  @Operation(
      operationId = "submitEvaluation",
      summary = "Submit a follow-up value for approval",
      description = "DRAFT → SUBMITTED; from any other state 409. Requires If-Match.")
  public RestResponse<EvaluationView> submit(
      @RestPath long evaluationId, @RestHeader("If-Match") String ifMatch) {
    return changed(approvals.submit(evaluationId, ifMatch));
  }

  @POST
  @Path("/evaluations/{evaluationId}/approval")
  @Operation(
      operationId = "approveEvaluation",
      summary = "Approve a follow-up value",
      description =
          "SUBMITTED → APPROVED; from any other state 409. An approved value is locked and counts"
              + " for fulfilment with approvedOnly. Requires If-Match.")
  public RestResponse<EvaluationView> approve(
      @RestPath long evaluationId, @RestHeader("If-Match") String ifMatch) {
    return changed(approvals.approve(evaluationId, ifMatch));
  }

  @POST
  @Path("/evaluations/{evaluationId}/reopening")
  @Operation(
      operationId = "reopenEvaluation",
      summary = "Reopen an approved follow-up value",
      description =
          "APPROVED → DRAFT, so it can be corrected; the reason is required and kept in the"
              + " history. From any other state 409. Requires If-Match.")
  public RestResponse<EvaluationView> reopen(
      @RestPath long evaluationId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ReopeningRequest request) {
    return changed(approvals.reopen(evaluationId, ifMatch, request));
  }

  private RestResponse<EvaluationView> changed(Evaluation evaluation) {
    return EntityTags.changed(permissions.view(evaluation), evaluation.version);
  }

  @GET
  @Path("/evaluations/{evaluationId}/history")
  @Operation(
      operationId = "getEvaluationHistory",
      summary = "Every version of a follow-up value",
      description =
          "Newest first, the current version included, with who changed it and when. Still"
              + " answers after the value was deleted (the newest entry is then DELETED).")
  public Page<EvaluationRevisionView> history(
      @RestPath long evaluationId,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(
        evaluations.history(evaluationId, page).stream().map(EvaluationRevisionView::from).toList(),
        uri);
  }
}
