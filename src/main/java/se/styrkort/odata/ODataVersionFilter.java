package se.styrkort.odata;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every answer of the feed, problems included, names its protocol version. */
public class ODataVersionFilter {

  @ServerResponseFilter
  public void version(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getUriInfo().getPath().startsWith("/odata/")) {
      response.getHeaders().putSingle("OData-Version", "4.0");
    }
  }
}
