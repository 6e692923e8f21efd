package se.styrkort.plan;

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
import se.styrkort.security.CallerAccess;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Multi-year plans: the root of each goal tree.")
public class PlanResource {

  @Inject Idempotency idempotency;
  @Inject PlanService plans;
  @Inject CallerAccess access;

  @GET
  @Operation(
      operationId = "listPlans",
      summary = "List plans",
      description =
          "Plans in the order they were created, optionally filtered: those the caller may read"
              + " (anonymous callers: the public, adopted plans).")
  public Page<PlanView> list(
      @RestQuery PlanStatus status,
      @RestQuery String organisation,
      @Parameter(
              description =
                  "Only the plans of the organisation with this code (Kolada, SCB): with"
                      + " status=ADOPTED, an organisation's plan in force.",
              example = "1864")
          @RestQuery
          String organisationCode,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(
        plans.list(status, organisation, organisationCode, access.readablePlanIds(), page).stream()
            .map(PlanView::from)
            .toList(),
        uri);
  }

  @POST
  @Operation(
      operationId = "createPlan",
      summary = "Create a plan",
      description =
          "A new plan is a DRAFT; status may be left out or be DRAFT (ADOPTED or ARCHIVED → 400:"
              + " a plan is adopted only through POST /api/v1/plans/{planId}/adoption, with its"
              + " decision). A key limited to some plans cannot create plans (403).")
  public RestResponse<PlanView> create(
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull PlanRequest request,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /plans",
        request,
        PlanView.class,
        () -> {
          PlanView plan = PlanView.from(plans.create(request));
          return EntityTags.created(
              uri.getBaseUriBuilder()
                  .path(PlanResource.class)
                  .path(Long.toString(plan.id()))
                  .build(),
              plan,
              plan.version());
        });
  }

  @GET
  @Path("/{planId}")
  @Operation(
      operationId = "getPlan",
      summary = "Get a plan",
      description = "The plan with its status and fulfilment rule; its ETag is its version.")
  public RestResponse<PlanView> get(
      @RestPath long planId, @RestHeader("If-None-Match") String ifNoneMatch) {
    PlanView plan = PlanView.from(plans.get(planId));
    return EntityTags.ok(plan, plan.version(), ifNoneMatch);
  }

  @PUT
  @Path("/{planId}")
  @Operation(
      operationId = "updatePlan",
      summary = "Replace a plan's fields",
      description = "Requires If-Match with the plan's current ETag.")
  public RestResponse<PlanView> update(
      @RestPath long planId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull PlanRequest request) {
    PlanView plan = PlanView.from(plans.update(planId, ifMatch, request));
    return EntityTags.changed(plan, plan.version());
  }

  @DELETE
  // A 204 has no body to negotiate and errors are problem+json whatever the Accept: never 406.
  @Produces(MediaType.WILDCARD)
  @Path("/{planId}")
  @Operation(
      operationId = "deletePlan",
      summary = "Delete a plan",
      description = "Refused with 409 while the plan has goals. Requires If-Match.")
  public RestResponse<Void> delete(@RestPath long planId, @RestHeader("If-Match") String ifMatch) {
    plans.delete(planId, ifMatch);
    return RestResponse.noContent();
  }
}
