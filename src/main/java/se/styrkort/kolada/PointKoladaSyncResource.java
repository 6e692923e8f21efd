package se.styrkort.kolada;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/measurement-points/{pointId}/kolada-sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Kolada",
    description =
        "Fills the Kolada reference series (source KOLADA: a key figure and an area code) with"
            + " Kolada's values for the plan's years. Källa: Kolada.")
public class PointKoladaSyncResource {

  static final String FAILURES =
      " If a request to Kolada still fails after the retries (timeouts, 429, 5xx, with a doubling"
          + " wait), nothing is written and the problem says what Kolada answered: 502"
          + " KOLADA_BAD_RESPONSE, 503 KOLADA_UNAVAILABLE, 504 KOLADA_TIMEOUT.";

  @Inject KoladaSync sync;

  @POST
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
  public KoladaSyncReport point(@RestPath long pointId) {
    return sync.point(pointId);
  }
}
