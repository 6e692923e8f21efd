package se.styrkort.goal;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/**
 * One focus area or goal, under the /api/v1 root that the resources of single goals, indicators and
 * points share. The plan's collection of goals is {@link PlanGoalsResource}.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class GoalResource {

  @Inject se.styrkort.security.CallerAccess caller;

  @Inject GoalService goals;

  @GET
  @Path("/goals/{goalId}")
  @Operation(
      operationId = "getGoal",
      summary = "Get a focus area or goal",
      description = "The node with its place in the tree; its ETag is its version.")
  public RestResponse<GoalView> get(
      @RestPath long goalId, @RestHeader("If-None-Match") String ifNoneMatch) {
    GoalView goal = GoalView.from(goals.get(goalId)).forReader(caller.seesAuthorship());
    return EntityTags.ok(goal, goal.version(), ifNoneMatch);
  }

  @PUT
  @Path("/goals/{goalId}")
  @Operation(
      operationId = "updateGoal",
      summary = "Replace a focus area's or goal's fields",
      description =
          "May move a goal under another parent of the same plan; 409 for a move under itself or"
              + " its sub-goals, a parent for a focus area, or a change of kind. Requires"
              + " If-Match.")
  public RestResponse<GoalView> update(
      @RestPath long goalId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull GoalRequest request) {
    GoalView goal = GoalView.from(goals.update(goalId, ifMatch, request));
    return EntityTags.changed(goal, goal.version());
  }

  @DELETE
  // A 204 has no body to negotiate and errors are problem+json whatever the Accept: never 406.
  @Produces(MediaType.WILDCARD)
  @Path("/goals/{goalId}")
  @Operation(
      operationId = "deleteGoal",
      summary = "Delete a focus area or goal",
      description =
          "Refused with 409, naming them, while it has sub-goals or indicators. Requires"
              + " If-Match.")
  public RestResponse<Void> delete(@RestPath long goalId, @RestHeader("If-Match") String ifMatch) {
    goals.delete(goalId, ifMatch);
    return RestResponse.noContent();
  }
}
