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

@Path("/api/v1/actions/{actionId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class ActionHistoryResource {

  @Inject ChangeLog changes;

  @GET
  @Operation(
      operationId = "getActionHistory",
      summary = "Every change of an action or assignment",
      description =
          "Newest first, with the content before and after each change. Still answers after the"
              + " action was deleted.")
  public Page<ActionChangeRecordView> history(
      @RestPath long actionId,
      @RestQuery Integer limit,
      @RestQuery String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(
        changes.of(EntityType.ACTION, actionId, page).stream()
            .map(ActionChangeRecordView::from)
            .toList(),
        uri);
  }
}
