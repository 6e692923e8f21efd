package se.styrkort.assessment;

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
import se.styrkort.common.Page;
import se.styrkort.common.PageRequest;
import se.styrkort.evaluation.EvaluationAction;
import se.styrkort.evaluation.ReopeningRequest;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.security.CallerAccess;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

@Path("/api/v1/assessments/{assessmentId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {

  @Inject AssessmentService assessments;
  @Inject RequestLanguage language;
  @Inject CallerAccess access;

  @GET
  @Operation(
      operationId = "getAssessment",
      summary = "Get an assessment",
      description = "With its state and what this caller may do; its ETag is its version.")
  public RestResponse<AssessmentView> get(
      @RestPath long assessmentId,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @RestHeader("If-None-Match") String ifNoneMatch) {
    Assessment assessment = assessments.get(assessmentId);
    // Authorship is for signed-in readers: anonymous readers of a public plan get none.
    return EntityTags.ok(
        view(assessment).forReader(access.seesAuthorship()), assessment.version, ifNoneMatch);
  }

  @PUT
  @Operation(
      operationId = "updateAssessment",
      summary = "Correct an assessment",
      description =
          "Replaces status, outlook, motivation and analysis; the earlier version stays in the"
              + " history. A SUBMITTED assessment goes back to DRAFT; an APPROVED one is locked"
              + " (409 ASSESSMENT_LOCKED) until it is reopened; a closed period locks it (409"
              + " PERIOD_CLOSED). Requires If-Match.")
  public RestResponse<AssessmentView> update(
      @RestPath long assessmentId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull AssessmentChange change) {
    return changed(assessments.update(assessmentId, ifMatch, change));
  }

  @DELETE
  // A 204 has no body to negotiate and errors are problem+json whatever the Accept: never 406.
  @Produces(MediaType.WILDCARD)
  @Operation(
      operationId = "deleteAssessment",
      summary = "Delete an assessment",
      description =
          "Its history stays readable. Not while APPROVED (409 ASSESSMENT_LOCKED) or in a closed"
              + " period (409 PERIOD_CLOSED). Requires If-Match.")
  public RestResponse<Void> delete(
      @RestPath long assessmentId, @RestHeader("If-Match") String ifMatch) {
    assessments.delete(assessmentId, ifMatch);
    return RestResponse.noContent();
  }

  @POST
  @Path("/submission")
  @Operation(
      operationId = "submitAssessment",
      summary = "Submit an assessment for approval",
      description = "DRAFT → SUBMITTED; from any other state 409. Requires If-Match.")
  public RestResponse<AssessmentView> submit(
      @RestPath long assessmentId, @RestHeader("If-Match") String ifMatch) {
    return changed(assessments.move(assessmentId, ifMatch, EvaluationAction.SUBMIT, null));
  }

  @POST
  @Path("/approval")
  @Operation(
      operationId = "approveAssessment",
      summary = "Approve an assessment",
      description =
          "SUBMITTED → APPROVED, and locked; from any other state 409. Requires If-Match.")
  public RestResponse<AssessmentView> approve(
      @RestPath long assessmentId, @RestHeader("If-Match") String ifMatch) {
    return changed(assessments.move(assessmentId, ifMatch, EvaluationAction.APPROVE, null));
  }

  @POST
  @Path("/reopening")
  @Operation(
      operationId = "reopenAssessment",
      summary = "Reopen an approved assessment",
      description =
          "APPROVED → DRAFT; the reason is required and kept in the history. From any other"
              + " state 409. Requires If-Match.")
  public RestResponse<AssessmentView> reopen(
      @RestPath long assessmentId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ReopeningRequest request) {
    return changed(
        assessments.move(assessmentId, ifMatch, EvaluationAction.REOPEN, request.reason().strip()));
  }

  @GET
  @Path("/history")
  @Operation(
      operationId = "getAssessmentHistory",
      summary = "Every version of an assessment",
      description =
          "Newest first, the current version included, with who changed it, when and why. Still"
              + " answers after the assessment was deleted.")
  public Page<AssessmentRevisionView> history(
      @RestPath long assessmentId,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.slice(
        assessments.history(assessmentId).stream().map(AssessmentRevisionView::from).toList(), uri);
  }

  private RestResponse<AssessmentView> changed(Assessment assessment) {
    return EntityTags.changed(view(assessment), assessment.version);
  }

  private AssessmentView view(Assessment assessment) {
    ReportingPeriod period = assessments.period(assessment.periodId);
    return AssessmentView.from(
        assessment, period, assessments.allowed(assessment, period), language);
  }
}
