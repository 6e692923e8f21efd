package se.styrkort.kolada;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The one resource of Kolada's API that Styrkort reads: a key figure's values for areas and years.
 * The body is read as text and parsed by {@link KoladaClient}, so that a malformed answer is a
 * clear failure of Kolada's and not a client exception.
 */
@Path("/data/kpi/{kpi}/municipality/{areas}/year/{years}")
public interface KoladaApi {

  /**
   * @param areas comma-separated area codes ("0000" riket, "0018" Örebro län, "1864")
   * @param years comma-separated years
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  String data(
      @RestPath String kpi,
      @RestPath String areas,
      @RestPath String years,
      @RestQuery Integer page,
      @RestQuery("per_page") Integer perPage);
}
