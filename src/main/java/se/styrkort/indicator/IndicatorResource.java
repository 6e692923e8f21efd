package se.styrkort.indicator;

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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class IndicatorResource {

  @Inject se.styrkort.security.CallerAccess caller;

  @Inject Idempotency idempotency;
  @Inject IndicatorService indicators;

  @GET
  @Path("/goals/{goalId}/indicators")
  @Operation(
      operationId = "listIndicators",
      summary = "List the indicators serving a goal",
      description = "By position, lowest first.")
  public Page<IndicatorView> list(
      @RestPath long goalId,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(
        indicators.list(goalId, page).stream()
            .map(i -> i.forReader(caller.seesAuthorship()))
            .toList(),
        uri);
  }

  @POST
  @Path("/goals/{goalId}/indicators")
  @Operation(
      operationId = "createIndicator",
      summary = "Create an indicator serving a goal",
      description =
          "409 when the goal is a focus area. Without a position it goes last among the goal's"
              + " indicators.")
  public RestResponse<IndicatorView> create(
      @RestPath long goalId,
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull IndicatorRequest request,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /goals/" + goalId + "/indicators",
        request,
        IndicatorView.class,
        () -> {
          IndicatorView indicator = indicators.create(goalId, request);
          return EntityTags.created(
              uri.getBaseUriBuilder()
                  .path(IndicatorResource.class)
                  .path(IndicatorResource.class, "get")
                  .build(indicator.id()),
              indicator,
              indicator.version());
        });
  }

  @GET
  @Path("/indicators/{indicatorId}")
  @Operation(
      operationId = "getIndicator",
      summary = "Get an indicator",
      description = "The indicator with its comparisons; its ETag is its version.")
  public RestResponse<IndicatorView> get(
      @RestPath long indicatorId, @RestHeader("If-None-Match") String ifNoneMatch) {
    IndicatorView indicator = indicators.view(indicatorId).forReader(caller.seesAuthorship());
    return EntityTags.ok(indicator, indicator.version(), ifNoneMatch);
  }

  @PUT
  @Path("/indicators/{indicatorId}")
  @Operation(
      operationId = "updateIndicator",
      summary = "Replace an indicator's fields",
      description =
          "A goalId moves it to another goal of the same plan (409 for another plan or a focus"
              + " area). Requires If-Match.")
  public RestResponse<IndicatorView> update(
      @RestPath long indicatorId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull IndicatorRequest request) {
    IndicatorView indicator = indicators.update(indicatorId, ifMatch, request);
    return EntityTags.changed(indicator, indicator.version());
  }

  @DELETE
  // A 204 has no body to negotiate and errors are problem+json whatever the Accept: never 406.
  @Produces(MediaType.WILDCARD)
  @Path("/indicators/{indicatorId}")
  @Operation(
      operationId = "deleteIndicator",
      summary = "Delete an indicator",
      description =
          "Refused with 409, naming them, while it has measurement points. Requires If-Match.")
  public RestResponse<Void> delete(
      @RestPath long indicatorId, @RestHeader("If-Match") String ifMatch) {
    indicators.delete(indicatorId, ifMatch);
    return RestResponse.noContent();
  }
}
