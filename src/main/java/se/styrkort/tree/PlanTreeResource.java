package se.styrkort.tree;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.cache.PlanWide;
import se.styrkort.common.EntityTags;

@Path("/api/v1/plans/{planId}/tree")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanTreeResource {

  @Inject PlanTreeService trees;

  @GET
  @PlanWide
  @Operation(
      operationId = "getPlanTree",
      summary = "Get the whole plan as one document",
      description =
          "Focus areas → goals → indicators → measurement points with their targets, baseline"
              + " and follow-up values, for a web page. The ETag changes whenever anything in"
              + " the plan does.")
  public RestResponse<PlanTreeView> get(
      @RestPath long planId,
      @Parameter(
              description = "Only this year's follow-up values; targets are always all years.",
              example = "2024")
          @RestQuery
          @Min(1900)
          @Max(2200)
          Integer year,
      @RestHeader("If-None-Match") String ifNoneMatch) {
    PlanTreeService.TaggedTree tagged = trees.get(planId, year);
    return EntityTags.ok(tagged.tree(), tagged.tag(), ifNoneMatch);
  }
}
