package se.styrkort.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import se.styrkort.common.Problem;
import se.styrkort.security.CallerAccess;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Changes",
    description =
        "The change feed for systems that keep a copy: every create, update and delete, in"
            + " commit order. See docs/sync.md.")
public class ChangeFeedResource {

  @Inject CallerAccess access;

  @Inject ChangeFeedService feed;

  @GET
  @Operation(
      operationId = "listChanges",
      summary = "Changes after a cursor, in commit order",
      description =
          "Every create, update and delete of plans, goals, indicators, measurement points,"
              + " targets and follow-up values, oldest first, each once. Without a cursor the"
              + " feed starts at the oldest change it keeps. next always continues right after"
              + " this page: follow it while hasMore is true, then poll it. A cursor older than"
              + " the retention (styrkort.changes.retention, 90 days by default) gets 410"
              + " CURSOR_EXPIRED: load everything again.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangePage.class)))
  @APIResponse(
      responseCode = "410",
      description =
          "The cursor is older than the retention: changes after it are gone (CURSOR_EXPIRED).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  public ChangePage list(
      @Parameter(
              description = "Where to continue: from a next link or from GET /changes/latest.",
              example = "czo0Mg")
          @RestQuery
          String cursor,
      @Parameter(
              description = "Changes per page, 1–500.",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "500"),
              example = "100")
          @RestQuery
          Integer limit,
      @Parameter(description = "Only the changes of this plan.", example = "1") @RestQuery
          Long planId,
      @Context UriInfo uri) {
    ChangeFeedService.Slice slice =
        feed.read(
            cursor, limit, planId, access.readablePlanIds(), ChangeEntityType.PUBLISHED_IN_V1);
    String base = uri.getBaseUri().toString().replaceAll("/$", "");
    String next = next(uri, limit, slice);
    return new ChangePage(
        slice.changes().stream().map(change -> ChangeView.from(change, base)).toList(),
        next,
        slice.hasMore());
  }

  @GET
  @Path("/actions")
  @Operation(
      operationId = "listActionChanges",
      summary = "Changes of actions and their status reports, after a cursor",
      description =
          "The feed of actions and assignments and their status reports, beside the main feed"
              + " (whose kinds v1 fixed): same cursors (a cursor of either feed continues either),"
              + " same order, paging and retention (410 CURSOR_EXPIRED), and only the plans the"
              + " caller may read.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ActionChangeView.Page.class)))
  @APIResponse(
      responseCode = "410",
      description =
          "The cursor is older than the retention: changes after it are gone (CURSOR_EXPIRED).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  public ActionChangeView.Page actions(
      @Parameter(description = "Where to continue: from a next link or from GET /changes/latest.")
          @RestQuery
          String cursor,
      @Parameter(
              description = "Changes per page, 1–500.",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "500"),
              example = "100")
          @RestQuery
          Integer limit,
      @Parameter(description = "Only the changes of this plan.", example = "1") @RestQuery
          Long planId,
      @Context UriInfo uri) {
    ChangeFeedService.Slice slice =
        feed.read(cursor, limit, planId, access.readablePlanIds(), ChangeEntityType.OF_ACTIONS);
    String base = uri.getBaseUri().toString().replaceAll("/$", "");
    String next = next(uri, limit, slice);
    return new ActionChangeView.Page(
        slice.changes().stream().map(change -> ActionChangeView.from(change, base)).toList(),
        next,
        slice.hasMore());
  }

  @GET
  @Path("/latest")
  @Operation(
      operationId = "getLatestChangeCursor",
      summary = "A cursor at the end of the feed",
      description =
          "Take it before a full load, then follow the feed from it: the changes made during the"
              + " load come again, and applying them is harmless (compare versions).")
  public ChangeFeedPosition latest(@Context UriInfo uri) {
    String cursor = feed.latest().encode();
    String next =
        uri.getBaseUriBuilder()
            .path("api/v1/changes")
            .queryParam("cursor", cursor)
            .build()
            .toString();
    return new ChangeFeedPosition(cursor, next);
  }

  /** The link right after this page, with the same limit; never null. */
  private static String next(UriInfo uri, Integer limit, ChangeFeedService.Slice slice) {
    return se.styrkort.common.NextLinks.next(
        uri,
        new java.util.LinkedHashMap<>(
            java.util.Map.of(
                "limit",
                Integer.toString(limit == null ? ChangeFeedService.DEFAULT_LIMIT : limit),
                "cursor",
                slice.next().encode())));
  }
}
