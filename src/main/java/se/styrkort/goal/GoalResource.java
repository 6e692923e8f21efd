package se.styrkort.goal;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Page;
import se.styrkort.common.PageRequest;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class GoalResource {

  @Inject GoalService goals;

  @GET
  @Path("/plans/{planId}/goals")
  @Operation(
      operationId = "listGoals",
      summary = "List a plan's focus areas and goals",
      description =
          "Flat, each with its parentId, in tree order: every focus area by position, followed by"
              + " its goals and their sub-goals, depth first, by position among siblings."
              + " Optionally only one kind, or only the direct children of parentId.")
  public Page<GoalView> list(
      @RestPath long planId,
      @RestQuery GoalKind kind,
      @RestQuery Long parentId,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(
        goals.list(planId, kind, parentId, page).stream().map(GoalView::from).toList(), uri);
  }

  @POST
  @Path("/plans/{planId}/goals")
  @Operation(
      operationId = "createGoal",
      summary = "Create a focus area or goal",
      description =
          "A FOCUS_AREA has no parent; a GOAL needs a parent (a focus area or goal of the same"
              + " plan), else 409. Without a position it goes last among its siblings.")
  public RestResponse<GoalView> create(
      @RestPath long planId, @Valid @NotNull GoalRequest request, @Context UriInfo uri) {
    GoalView goal = GoalView.from(goals.create(planId, request));
    return EntityTags.created(
        uri.getBaseUriBuilder()
            .path(GoalResource.class)
            .path(GoalResource.class, "get")
            .build(goal.id()),
        goal,
        goal.version());
  }

  @GET
  @Path("/goals/{goalId}")
  @Operation(operationId = "getGoal", summary = "Get a focus area or goal")
  public RestResponse<GoalView> get(
      @RestPath long goalId, @RestHeader("If-None-Match") String ifNoneMatch) {
    GoalView goal = GoalView.from(goals.get(goalId));
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
