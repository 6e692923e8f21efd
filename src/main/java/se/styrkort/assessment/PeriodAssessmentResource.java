package se.styrkort.assessment;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Idempotency;
import se.styrkort.common.Page;
import se.styrkort.common.PageRequest;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.security.CallerAccess;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

@Path("/api/v1/reporting-periods/{periodId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Assessments",
    description =
        "A person's judgement of a plan, focus area, goal or indicator in a reporting period:"
            + " assessed status, outlook, motivation and analysis, beside the computed status.")
public class PeriodAssessmentResource {

  @Inject Idempotency idempotency;
  @Inject AssessmentService assessments;
  @Inject RequestLanguage language;
  @Inject CallerAccess access;

  @GET
  @Operation(
      operationId = "listAssessments",
      summary = "List a reporting period's assessments",
      description =
          "The plan's first, then focus areas, goals and indicators; optionally one kind or one"
              + " node. Words (statusText, outlookText, nodeKindText) in the language asked for:"
              + " Accept-Language: sv or lang=sv. Paged like every collection: limit (default"
              + " 50) and the next link's cursor.")
  public Page<AssessmentView> list(
      @RestPath long periodId,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @Parameter(description = "Only assessments of this kind of node.") @RestQuery
          NodeKind nodeKind,
      @Parameter(description = "Only the assessment of this node.", example = "2") @RestQuery
          Long nodeId,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo listUri) {
    PageRequest page = PageRequest.of(limit, cursor);
    ReportingPeriod period = assessments.period(periodId);
    return page.slice(
        assessments.list(periodId, nodeKind, nodeId).stream()
            .map(a -> AssessmentView.from(a, period, assessments.allowed(a, period), language))
            // Authorship is for signed-in readers: anonymous readers of a public plan get none.
            .map(view -> view.forReader(access.seesAuthorship()))
            .toList(),
        listUri);
  }

  @POST
  @Operation(
      operationId = "createAssessment",
      summary = "Assess a node in a reporting period",
      description =
          "One assessment per node and period (409 DUPLICATE names the existing one). The node"
              + " must be of the period's plan; an outlook is taken only at interim periods. A"
              + " closed period takes none (409 PERIOD_CLOSED).")
  public RestResponse<AssessmentView> create(
      @RestPath long periodId,
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull AssessmentRequest request,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /reporting-periods/" + periodId + "/assessments",
        request,
        AssessmentView.class,
        () -> {
          Assessment assessment = assessments.create(periodId, request);
          ReportingPeriod period = assessments.period(periodId);
          return EntityTags.created(
              uri.getBaseUriBuilder().path("api/v1/assessments/{id}").build(assessment.id),
              AssessmentView.from(
                  assessment, period, assessments.allowed(assessment, period), language),
              assessment.version);
        });
  }
}
