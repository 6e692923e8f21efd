package se.styrkort.plan;

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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;

/** The council's adoption of a plan. Its own root: /plans would shadow this path. */
@Path("/api/v1/plans/{planId}/adoption")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanAdoptionResource {

  @Inject PlanLifecycleService lifecycle;

  @POST
  @Operation(
      operationId = "adoptPlan",
      summary = "Adopt a draft plan",
      description =
          "Records the council's decision and makes the plan ADOPTED; from then on its structure,"
              + " targets and fields are frozen (409 PLAN_FROZEN) while follow-up values stay"
              + " open. Adopting a revision archives the plan it revises, so a key limited to"
              + " plans must reach that plan too (else 403). Only a DRAFT can be adopted (else"
              + " 409). Requires If-Match.")
  public RestResponse<PlanView> adopt(
      @RestPath long planId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull PlanAdoptionRequest request) {
    PlanView plan = PlanView.from(lifecycle.adopt(planId, ifMatch, request));
    return EntityTags.changed(plan, plan.version());
  }
}
