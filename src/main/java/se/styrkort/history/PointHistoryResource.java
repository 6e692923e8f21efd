package se.styrkort.history;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.styrkort.common.Page;
import se.styrkort.common.PageRequest;

@Path("/api/v1/measurement-points/{pointId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "Who changed the plan's definition, when, and from what.")
public class PointHistoryResource {

  @Inject ChangeLog changes;

  @GET
  @Operation(
      operationId = "getMeasurementPointHistory",
      summary = "Every change of a measurement point and its targets",
      description =
          "Newest first, with the content before and after each change. Still answers after the point was deleted; a point created before history was kept answers with an empty page.")
  public Page<ChangeRecordView> history(
      @RestPath long pointId,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(changes.ofPoint(pointId, page), uri);
  }
}
