package se.styrkort.point;

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
import java.net.URI;
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
@Tag(name = "Measurement points", description = "Measured rows with a target per year.")
public class MeasurementPointResource {

  @Inject se.styrkort.security.CallerAccess caller;

  @Inject Idempotency idempotency;
  @Inject MeasurementPointService points;

  @GET
  @Path("/indicators/{indicatorId}/measurement-points")
  @Operation(
      operationId = "listMeasurementPoints",
      summary = "List an indicator's measurement points",
      description = "The indicator's rows ordered by position, each with its targets.")
  public Page<MeasurementPointView> list(
      @RestPath long indicatorId,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(
        points.list(indicatorId, page).stream()
            .map(p -> p.forReader(caller.seesAuthorship()))
            .toList(),
        uri);
  }

  @POST
  @Path("/indicators/{indicatorId}/measurement-points")
  @Operation(
      operationId = "createMeasurementPoint",
      summary = "Create a measurement point",
      description =
          "A new row of the indicator, optionally with its targets so that a whole row of the"
              + " plan document is created in one call.")
  public RestResponse<MeasurementPointView> create(
      @RestPath long indicatorId,
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull MeasurementPointRequest request,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /indicators/" + indicatorId + "/measurement-points",
        request,
        MeasurementPointView.class,
        () -> {
          MeasurementPointView point = points.create(indicatorId, request);
          return EntityTags.created(location(uri, point.id()), point, point.version());
        });
  }

  @GET
  @Path("/measurement-points/{pointId}")
  @Operation(
      operationId = "getMeasurementPoint",
      summary = "Get a measurement point",
      description =
          "The point with its targets, one per year; its ETag is its version, which moves on when a target changes.")
  public RestResponse<MeasurementPointView> get(
      @RestPath long pointId, @RestHeader("If-None-Match") String ifNoneMatch) {
    MeasurementPointView point = points.view(pointId).forReader(caller.seesAuthorship());
    return EntityTags.ok(point, point.version(), ifNoneMatch);
  }

  @PUT
  @Path("/measurement-points/{pointId}")
  @Operation(
      operationId = "updateMeasurementPoint",
      summary = "Replace a measurement point's definition",
      description =
          "Replaces every field but the targets (leave targets out). The valueType cannot"
              + " change, nor can the scale lose a level, while targets or follow-up values"
              + " use them (409). Requires If-Match.")
  public RestResponse<MeasurementPointView> update(
      @RestPath long pointId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull MeasurementPointRequest request) {
    MeasurementPointView point = points.update(pointId, ifMatch, request);
    return EntityTags.changed(point, point.version());
  }

  @DELETE
  // A 204 has no body to negotiate and errors are problem+json whatever the Accept: never 406.
  @Produces(MediaType.WILDCARD)
  @Path("/measurement-points/{pointId}")
  @Operation(
      operationId = "deleteMeasurementPoint",
      summary = "Delete a measurement point",
      description =
          "Deletes the point with its targets. Refused with 409 while it has follow-up values or"
              + " reference series."
              + " Requires If-Match.")
  public RestResponse<Void> delete(@RestPath long pointId, @RestHeader("If-Match") String ifMatch) {
    points.delete(pointId, ifMatch);
    return RestResponse.noContent();
  }

  private static URI location(UriInfo uri, long pointId) {
    return uri.getBaseUriBuilder().path("api/v1/measurement-points/{pointId}").build(pointId);
  }
}
