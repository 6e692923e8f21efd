package se.styrkort.transfer;

import jakarta.inject.Inject;
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
import se.styrkort.plan.PlanView;

/** Revising an adopted plan. Its own root: /plans would shadow this path. */
@Path("/api/v1/plans/{planId}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanRevisionResource {

  @Inject Idempotency idempotency;
  @Inject PlanReviser reviser;

  @POST
  @Operation(
      operationId = "createPlanRevision",
      summary = "Start a revision of an adopted plan",
      description =
          "Creates a DRAFT copy of the plan's fields, goals, indicators, measurement points and"
              + " targets, with predecessorId naming the original; follow-up values, reporting"
              + " periods and assessments are not copied (they describe the original's years and"
              + " stay with it; the draft adopts a calendar of its own). Actions and assignments"
              + " still open are copied, serving the copies of their goals, with their responsible,"
              + " dates and decision reference and without status reports; an action whose"
              + " report in its latest reported period says COMPLETED or CANCELLED stays with the"
              + " original. Change the draft, then adopt it: that"
              + " archives the original. Only an ADOPTED plan can be revised, and only one"
              + " DRAFT revision at a time (else 409). A revision is a new plan: a key limited to"
              + " some plans cannot create one (403), as it cannot create or import a plan."
              + " Location names the new plan.")
  public RestResponse<PlanView> revise(
      @RestPath long planId,
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /plans/" + planId + "/revisions",
        "",
        PlanView.class,
        () -> {
          PlanView revision = PlanView.from(reviser.revise(planId));
          return EntityTags.created(
              uri.getBaseUriBuilder().path("/api/v1/plans/{planId}").build(revision.id()),
              revision,
              revision.version());
        });
  }
}
