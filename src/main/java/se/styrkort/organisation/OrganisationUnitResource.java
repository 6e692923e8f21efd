package se.styrkort.organisation;

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
import se.styrkort.plan.PlanView;
import se.styrkort.security.CallerAccess;

@Path("/api/v1/organisation-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Organisation",
    description =
        "The organisation's units — council, executive board, committees, companies,"
            + " departments, units — as a tree with codes. A plan belongs to a unit, and an API key"
            + " may be limited to the plans of units.")
public class OrganisationUnitResource {

  @Inject Idempotency idempotency;
  @Inject OrganisationUnitService units;
  @Inject CallerAccess access;

  @GET
  @Operation(
      operationId = "listOrganisationUnits",
      summary = "List organisation units",
      description =
          "Every unit, oldest first, each with its parent: build the tree from parentId. The"
              + " organisation is public information, like the municipality's own chart.")
  public Page<OrganisationUnitView> list(
      @RestQuery Integer limit, @RestQuery String cursor, @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(units.list(page).stream().map(OrganisationUnitView::from).toList(), uri);
  }

  @POST
  @Operation(
      operationId = "createOrganisationUnit",
      summary = "Create an organisation unit",
      description = "A root (the council) without parentId, any other unit under its parent.")
  public RestResponse<OrganisationUnitView> create(
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull OrganisationUnitRequest request,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /organisation-units",
        request,
        OrganisationUnitView.class,
        () -> {
          OrganisationUnitView unit = OrganisationUnitView.from(units.create(request));
          return EntityTags.created(
              uri.getBaseUriBuilder()
                  .path(OrganisationUnitResource.class)
                  .path(Long.toString(unit.id()))
                  .build(),
              unit,
              unit.version());
        });
  }

  @GET
  @Path("/{unitId}")
  @Operation(operationId = "getOrganisationUnit", summary = "Get an organisation unit")
  public RestResponse<OrganisationUnitView> get(
      @RestPath long unitId, @RestHeader("If-None-Match") String ifNoneMatch) {
    OrganisationUnitView unit = OrganisationUnitView.from(units.get(unitId));
    return EntityTags.ok(unit, unit.version(), ifNoneMatch);
  }

  @PUT
  @Path("/{unitId}")
  @Operation(
      operationId = "updateOrganisationUnit",
      summary = "Replace an organisation unit's fields",
      description =
          "Moving a unit (a new parentId) moves every unit beneath it. Requires If-Match.")
  public RestResponse<OrganisationUnitView> update(
      @RestPath long unitId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull OrganisationUnitRequest request) {
    OrganisationUnitView unit = OrganisationUnitView.from(units.update(unitId, ifMatch, request));
    return EntityTags.changed(unit, unit.version());
  }

  @DELETE
  @Produces(MediaType.WILDCARD)
  @Path("/{unitId}")
  @Operation(
      operationId = "deleteOrganisationUnit",
      summary = "Delete an organisation unit",
      description =
          "Refused with 409 while units lie beneath it or plans belong to it. Requires If-Match.")
  public RestResponse<Void> delete(@RestPath long unitId, @RestHeader("If-Match") String ifMatch) {
    units.delete(unitId, ifMatch);
    return RestResponse.noContent();
  }

  @GET
  @Path("/{unitId}/plans")
  @Operation(
      operationId = "listOrganisationUnitPlans",
      summary = "List a unit's plans",
      description =
          "The plans that belong to the unit — with beneath=true, to it and every unit under it —"
              + " that the caller may read, oldest first.")
  public Page<PlanView> plans(
      @RestPath long unitId,
      @Parameter(description = "Include the plans of every unit beneath this one.") @RestQuery
          boolean beneath,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(
        units.plans(unitId, beneath, access.readablePlanIds(), page).stream()
            .map(PlanView::from)
            .toList(),
        uri);
  }
}
