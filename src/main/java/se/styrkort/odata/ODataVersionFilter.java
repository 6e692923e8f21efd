package se.styrkort.odata;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.styrkort.common.Problem;

/**
 * Every answer of the feed names its protocol version, and every refusal (from the feed itself, the
 * access filter, the rate limit or the HTTP layer's 404/405/406) is an OData error object rather
 * than problem+json, with the same stable code.
 */
public class ODataVersionFilter {

  static final MediaType ERROR_TYPE = MediaType.valueOf("application/json;odata.metadata=minimal");

  /**
   * A client that can read only an older OData (OData-MaxVersion: 3.0) or that speaks another
   * version is refused, rather than answered in a version it cannot read.
   */
  @ServerRequestFilter
  public void versions(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().startsWith("/odata/")) {
      return;
    }
    for (String header : new String[] {"OData-MaxVersion", "OData-Version"}) {
      String value = request.getHeaderString(header);
      if (value != null && !major4(value, header.equals("OData-MaxVersion"))) {
        throw ODataException.badRequest(
            header,
            "this service speaks OData 4.0; '"
                + (value.length() > 20 ? value.substring(0, 20) : value)
                + "' excludes it");
      }
    }
  }

  /**
   * $metadata asked for as JSON only (CSDL JSON is OData 4.01): 406 with an OData error that says
   * XML is what there is. Before matching, since a request no method can produce for is otherwise
   * answered as a path that does not exist.
   */
  @ServerRequestFilter(preMatching = true)
  public void metadataAsXmlOnly(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().equals("/odata/v1/$metadata")) {
      return;
    }
    java.util.List<MediaType> accepted = request.getAcceptableMediaTypes();
    if (accepted.isEmpty()
        || accepted.stream()
            .anyMatch(
                type ->
                    type.isCompatible(MediaType.APPLICATION_XML_TYPE)
                        || type.isCompatible(MediaType.TEXT_XML_TYPE))) {
      return;
    }
    throw ODataException.notAcceptable(METADATA_AS_XML);
  }

  static final String METADATA_AS_XML =
      "$metadata is served as CSDL XML only: accept application/xml";

  private static boolean major4(String value, boolean atLeast) {
    String major = value.trim().split("\\.", 2)[0];
    try {
      int number = Integer.parseInt(major);
      return atLeast ? number >= 4 : number == 4;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @ServerResponseFilter
  public void version(ContainerRequestContext request, ContainerResponseContext response) {
    if (!request.getUriInfo().getPath().startsWith("/odata/")) {
      return;
    }
    response.getHeaders().putSingle("OData-Version", "4.0");
    if (response.getEntity() instanceof Problem problem) {
      ODataError error = ODataError.of(problem);
      if (response.getStatus() == 406 && request.getUriInfo().getPath().endsWith("/$metadata")) {
        // CSDL JSON (OData 4.01) is not served: say so rather than offer JSON.
        error =
            new ODataError(
                new ODataError.Body(
                    error.error().code(), METADATA_AS_XML, null, error.error().details()));
      }
      response.setEntity(error, null, ERROR_TYPE);
    }
  }
}
