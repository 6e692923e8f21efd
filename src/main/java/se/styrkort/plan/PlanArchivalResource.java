package se.styrkort.plan;

import jakarta.inject.Inject;
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

/** Retiring an adopted plan. Its own root: /plans would shadow this path. */
@Path("/api/v1/plans/{planId}/archival")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanArchivalResource {

  @Inject PlanLifecycleService lifecycle;

  @POST
  @Operation(
      operationId = "archivePlan",
      summary = "Archive an adopted plan",
      description =
          "Makes an ADOPTED plan ARCHIVED (else 409). It stays readable with its follow-up"
              + " values. Requires If-Match.")
  public RestResponse<PlanView> archive(
      @RestPath long planId, @RestHeader("If-Match") String ifMatch) {
    PlanView plan = PlanView.from(lifecycle.archive(planId, ifMatch));
    return EntityTags.changed(plan, plan.version());
  }
}
