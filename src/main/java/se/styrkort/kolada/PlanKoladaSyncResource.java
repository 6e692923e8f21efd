package se.styrkort.kolada;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/plans/{planId}/kolada-sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kolada")
public class PlanKoladaSyncResource {

  @Inject KoladaSync sync;

  @POST
  @Operation(
      operationId = "syncPlanWithKolada",
      summary = "Sync every Kolada series of a plan",
      description =
          "As for one measurement point, for every point of the plan, all written in one"
              + " transaction: one request (and its pages) per key figure, with all its areas."
              + PointKoladaSyncResource.FAILURES)
  public KoladaSyncReport plan(@RestPath long planId) {
    return sync.plan(planId);
  }
}
