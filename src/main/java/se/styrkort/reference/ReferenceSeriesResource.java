package se.styrkort.reference;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Reference series",
    description =
        "National, county or group values beside a measurement point's own, by year, with their"
            + " source (entered by hand or synced from Kolada: \"Källa: Kolada\").")
public class ReferenceSeriesResource {

  @Inject ReferenceSeriesService series;

  @GET
  @Path("/measurement-points/{pointId}/reference-series")
  @Operation(
      operationId = "listReferenceSeries",
      summary = "List a measurement point's reference series",
      description = "Every series of the point, by level and label, each with its values by year.")
  public List<ReferenceSeriesView> list(@RestPath long pointId) {
    return series.list(pointId);
  }

  @POST
  @Path("/measurement-points/{pointId}/reference-series")
  @Operation(
      operationId = "createReferenceSeries",
      summary = "Create a reference series",
      description =
          "A new series beside the point's own values, optionally with its values (years within"
              + " the plan's; a null value is missing, never 0). Level and label are unique per"
              + " point (409).")
  public RestResponse<ReferenceSeriesView> create(
      @RestPath long pointId,
      @Valid @NotNull ReferenceSeriesRequest request,
      @Context UriInfo uri) {
    ReferenceSeriesView created = series.create(pointId, request);
    return EntityTags.created(location(uri, created.id()), created, created.version());
  }

  @GET
  @Path("/reference-series/{seriesId}")
  @Operation(
      operationId = "getReferenceSeries",
      summary = "Get a reference series",
      description = "The series with its values; its ETag is its version.")
  public RestResponse<ReferenceSeriesView> get(
      @RestPath long seriesId, @RestHeader("If-None-Match") String ifNoneMatch) {
    ReferenceSeriesView view = series.view(seriesId);
    return EntityTags.ok(view, view.version(), ifNoneMatch);
  }

  @PUT
  @Path("/reference-series/{seriesId}")
  @Operation(
      operationId = "updateReferenceSeries",
      summary = "Replace a reference series",
      description =
          "Replaces the series and all its values; a year's earlier value is kept in the"
              + " series' history. Requires If-Match.")
  public RestResponse<ReferenceSeriesView> update(
      @RestPath long seriesId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ReferenceSeriesRequest request) {
    ReferenceSeriesView view = series.update(seriesId, ifMatch, request);
    return EntityTags.changed(view, view.version());
  }

  @DELETE
  // A 204 has no body to negotiate and errors are problem+json whatever the Accept: never 406.
  @Produces(MediaType.WILDCARD)
  @Path("/reference-series/{seriesId}")
  @Operation(
      operationId = "deleteReferenceSeries",
      summary = "Delete a reference series",
      description = "Deletes the series with its values and their history. Requires If-Match.")
  public RestResponse<Void> delete(
      @RestPath long seriesId, @RestHeader("If-Match") String ifMatch) {
    series.delete(seriesId, ifMatch);
    return RestResponse.noContent();
  }

  @GET
  @Path("/reference-series/{seriesId}/history")
  @Operation(
      operationId = "getReferenceSeriesHistory",
      summary = "Earlier values of a reference series",
      description =
          "Every value the series showed for a year before a newer one replaced it (a revision"
              + " in Kolada, or a correction by hand), newest first.")
  public List<ReferenceRevisionView> history(@RestPath long seriesId) {
    return series.history(seriesId);
  }

  private static URI location(UriInfo uri, long seriesId) {
    return uri.getBaseUriBuilder().path("api/v1/reference-series/{seriesId}").build(seriesId);
  }
}
