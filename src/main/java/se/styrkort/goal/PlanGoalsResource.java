package se.styrkort.goal;

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

/**
 * A plan's focus areas and goals as a collection. It has a root path of its own because JAX-RS
 * picks the most specific root first: under {@code PlanResource}'s /api/v1/plans it would never be
 * reached.
 */
@Path("/api/v1/plans/{planId}/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class PlanGoalsResource {

  @Inject se.styrkort.security.CallerAccess caller;

  @Inject Idempotency idempotency;
  @Inject GoalService goals;

  @GET
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
        goals.list(planId, kind, parentId, page).stream()
            .map(goal -> GoalView.from(goal).forReader(caller.seesAuthorship()))
            .toList(),
        uri);
  }

  @POST
  @Operation(
      operationId = "createGoal",
      summary = "Create a focus area or goal",
      description =
          "A FOCUS_AREA has no parent; a GOAL needs a parent (a focus area or goal of the same"
              + " plan), else 409. Without a position it goes last among its siblings.")
  public RestResponse<GoalView> create(
      @RestPath long planId,
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull GoalRequest request,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /plans/" + planId + "/goals",
        request,
        GoalView.class,
        () -> {
          GoalView goal = GoalView.from(goals.create(planId, request));
          return EntityTags.created(
              uri.getBaseUriBuilder()
                  .path(GoalResource.class)
                  .path(GoalResource.class, "get")
                  .build(goal.id()),
              goal,
              goal.version());
        });
  }
}
