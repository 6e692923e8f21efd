package se.styrkort.odata;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.styrkort.common.Problem;

/**
 * Every answer of the feed names its protocol version, and every refusal (from the feed itself, the
 * access filter, the rate limit or the HTTP layer's 404/405/406) is an OData error object rather
 * than problem+json, with the same stable code.
 */
public class ODataVersionFilter {

  static final MediaType ERROR_TYPE = MediaType.valueOf("application/json;odata.metadata=minimal");

  @ServerResponseFilter
  public void version(ContainerRequestContext request, ContainerResponseContext response) {
    if (!request.getUriInfo().getPath().startsWith("/odata/")) {
      return;
    }
    response.getHeaders().putSingle("OData-Version", "4.0");
    if (response.getEntity() instanceof Problem problem) {
      response.setEntity(ODataError.of(problem), null, ERROR_TYPE);
    }
  }
}
