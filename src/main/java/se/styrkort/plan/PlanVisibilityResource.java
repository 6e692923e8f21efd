package se.styrkort.plan;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;

/** Whether a plan is public. Its own root: /plans would shadow this path. */
@Path("/api/v1/plans/{planId}/visibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanVisibilityResource {

  @Inject PlanService plans;

  @PUT
  @Operation(
      operationId = "setPlanVisibility",
      summary = "Make a plan public, or not",
      description =
          "A public plan is readable without signing in (plan, tree, goals, indicators,"
              + " measurement points, follow-up values, fulfilment) while it is ADOPTED; a draft"
              + " never is. Allowed in every status. Requires If-Match.")
  public RestResponse<PlanView> set(
      @RestPath long planId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull PlanVisibilityRequest request) {
    PlanView plan = PlanView.from(plans.setVisibility(planId, ifMatch, request.isPublic()));
    return EntityTags.changed(plan, plan.version());
  }
}
