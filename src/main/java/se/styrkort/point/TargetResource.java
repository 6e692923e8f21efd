package se.styrkort.point;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measurement points")
public class TargetResource {

  private static final String TARGET = "/measurement-points/{pointId}/targets/{year}";

  @Inject TargetService targets;

  @PUT
  @Path(TARGET)
  @Operation(
      operationId = "putTarget",
      summary = "Create or replace one year's target",
      description =
          "Creates the year's target (201; send no If-Match) or replaces it (200; If-Match with"
              + " the target's ETag, which is also its version in the measurement point). Either"
              + " way the point's own version moves on.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TargetView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TargetView.class)))
  public RestResponse<TargetView> put(
      @RestPath long pointId,
      @RestPath int year,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull TargetRequest request,
      @Context UriInfo uri) {
    TargetService.Outcome outcome = targets.put(pointId, year, ifMatch, request);
    TargetView target = TargetView.from(outcome.target());
    return outcome.created()
        ? EntityTags.created(uri.getRequestUri(), target, target.version())
        : EntityTags.changed(target, target.version());
  }

  @DELETE
  // A 204 has no body to negotiate and errors are problem+json whatever the Accept: never 406.
  @Produces(MediaType.WILDCARD)
  @Path(TARGET)
  @Operation(
      operationId = "deleteTarget",
      summary = "Delete one year's target",
      description = "Requires If-Match with the target's ETag; the point's version moves on.")
  public RestResponse<Void> delete(
      @RestPath long pointId, @RestPath int year, @RestHeader("If-Match") String ifMatch) {
    targets.delete(pointId, year, ifMatch);
    return RestResponse.noContent();
  }
}
