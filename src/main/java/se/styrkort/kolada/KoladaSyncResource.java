package se.styrkort.kolada;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import se.styrkort.common.Problem;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Kolada",
    description =
        "Fills the Kolada reference series (source KOLADA: a key figure and an area code) with"
            + " Kolada's values for the plan's years. Källa: Kolada.")
public class KoladaSyncResource {

  private static final String FAILURES =
      " If a request to Kolada still fails after the retries (timeouts, 429, 5xx, with a doubling"
          + " wait), nothing is written and the problem says what Kolada answered: 502"
          + " KOLADA_BAD_RESPONSE, 503 KOLADA_UNAVAILABLE, 504 KOLADA_TIMEOUT.";

  @Inject KoladaSync sync;

  @POST
  @Path("/measurement-points/{pointId}/kolada-sync")
  @Operation(
      operationId = "syncPointWithKolada",
      summary = "Sync a measurement point's Kolada series",
      description =
          "Fetches every Kolada series of the point for the plan's years (baseline year to end"
              + " year), following Kolada's paging and taking the total (gender T). A value Kolada"
              + " revised replaces the shown one, which is kept in the series' history; a year"
              + " Kolada has no value for is kept as missing, never 0. A point without Kolada"
              + " series gets an empty report."
              + FAILURES)
  @APIResponse(
      responseCode = "200",
      description = "Synced; the report says what changed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = KoladaSyncReport.class)))
  @APIResponse(
      responseCode = "502",
      description = "Kolada's answer was not its data format, or it refused the request.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "Kolada (429, 5xx, unreachable) or the database is unavailable.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "504",
      description = "Kolada did not answer in time.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public KoladaSyncReport point(@RestPath long pointId) {
    return sync.point(pointId);
  }

  @POST
  @Path("/plans/{planId}/kolada-sync")
  @Operation(
      operationId = "syncPlanWithKolada",
      summary = "Sync every Kolada series of a plan",
      description =
          "As for one measurement point, for every point of the plan, all written in one"
              + " transaction: one request (and its pages) per key figure, with all its areas."
              + FAILURES)
  @APIResponse(
      responseCode = "200",
      description = "Synced; the report says what changed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = KoladaSyncReport.class)))
  @APIResponse(
      responseCode = "502",
      description = "Kolada's answer was not its data format, or it refused the request.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "Kolada (429, 5xx, unreachable) or the database is unavailable.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "504",
      description = "Kolada did not answer in time.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public KoladaSyncReport plan(@RestPath long planId) {
    return sync.plan(planId);
  }
}
