package se.styrkort.odata;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import se.styrkort.cache.PlanWide;
import se.styrkort.common.Problem;
import se.styrkort.security.CallerAccess;

/**
 * A read-only OData v4 feed for Power BI's OData connector: the service document, $metadata and six
 * entity sets with $filter, $select, $orderby, $top, $skip, $count and server-driven paging.
 * Anything else OData defines answers 501, never a silently different result.
 */
@Path("/odata/v1")
@Tag(
    name = "OData",
    description =
        "Read-only OData v4 (minimal metadata JSON) for Power BI's OData feed connector. Every"
            + " answer carries OData-Version: 4.0; options it does not implement answer 501.")
public class ODataResource {

  @Inject CallerAccess access;

  static final String JSON = "application/json;odata.metadata=minimal";

  @Inject ODataService service;
  @Inject ObjectMapper json;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getODataServiceDocument",
      summary = "OData service document",
      description = "The entity sets of the feed, relative to this URL (the service root).")
  @APIResponse(
      responseCode = "200",
      description = "The service document.",
      headers =
          @Header(
              name = "OData-Version",
              description = "4.0",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ServiceDocument.class)))
  public Response serviceDocument(@Context UriInfo uri) {
    ServiceDocument document =
        new ServiceDocument(
            root(uri) + "$metadata",
            EntitySets.ALL.stream()
                .map(set -> new ServiceDocument.Entry(set.name(), "EntitySet", set.name()))
                .toList());
    return Response.ok(document, JSON).build();
  }

  @GET
  @Path("/$metadata")
  @Produces(MediaType.APPLICATION_XML)
  @Operation(
      operationId = "getODataMetadata",
      summary = "OData metadata (CSDL XML)",
      description = "The entity types, their keys and primitive properties, and the container.")
  @APIResponse(
      responseCode = "200",
      description = "The CSDL 4.0 document.",
      headers =
          @Header(
              name = "OData-Version",
              description = "4.0",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_XML,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      example =
                          "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">…</edmx:Edmx>")))
  public Response metadata() {
    return Response.ok(Csdl.document(), MediaType.APPLICATION_XML + ";charset=utf-8").build();
  }

  @GET
  @PlanWide
  @Path("/Facts")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listODataFacts",
      summary = "OData: Facts",
      description =
          "The BI facts (one per measurement point and year, as GET /api/v1/bi/facts), keyed by"
              + " pointId and year, in that order. $orderby accepts only pointId or pointId,year.")
  @APIResponse(
      responseCode = "200",
      description = "A page of facts.",
      headers =
          @Header(
              name = "OData-Version",
              description = "4.0",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
  @APIResponse(
      responseCode = "501",
      description = "An OData option or feature this service does not implement.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response facts(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return read(EntitySets.FACTS, options, uri);
  }

  @GET
  @Path("/Plans")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "listODataPlans", summary = "OData: Plans", description = "Plans.")
  @APIResponse(
      responseCode = "200",
      description = "A page of plans.",
      headers =
          @Header(
              name = "OData-Version",
              description = "4.0",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
  @APIResponse(
      responseCode = "501",
      description = "An OData option or feature this service does not implement.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response plans(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return read(EntitySets.PLANS, options, uri);
  }

  @GET
  @Path("/Goals")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listODataGoals",
      summary = "OData: Goals",
      description = "Focus areas and goals (kind), with parentId for the tree.")
  @APIResponse(
      responseCode = "200",
      description = "A page of goals.",
      headers =
          @Header(
              name = "OData-Version",
              description = "4.0",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
  @APIResponse(
      responseCode = "501",
      description = "An OData option or feature this service does not implement.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response goals(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return read(EntitySets.GOALS, options, uri);
  }

  @GET
  @Path("/Indicators")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listODataIndicators",
      summary = "OData: Indicators",
      description = "Indicators, with the goal and plan they belong to.")
  @APIResponse(
      responseCode = "200",
      description = "A page of indicators.",
      headers =
          @Header(
              name = "OData-Version",
              description = "4.0",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
  @APIResponse(
      responseCode = "501",
      description = "An OData option or feature this service does not implement.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response indicators(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return read(EntitySets.INDICATORS, options, uri);
  }

  @GET
  @Path("/MeasurementPoints")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listODataMeasurementPoints",
      summary = "OData: MeasurementPoints",
      description = "Measurement points, with their indicator and plan.")
  @APIResponse(
      responseCode = "200",
      description = "A page of measurement points.",
      headers =
          @Header(
              name = "OData-Version",
              description = "4.0",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
  @APIResponse(
      responseCode = "501",
      description = "An OData option or feature this service does not implement.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response measurementPoints(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return read(EntitySets.MEASUREMENT_POINTS, options, uri);
  }

  @GET
  @Path("/Evaluations")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listODataEvaluations",
      summary = "OData: Evaluations",
      description = "Every follow-up value (forecast or outcome) with its approval state.")
  @APIResponse(
      responseCode = "200",
      description = "A page of follow-up values.",
      headers =
          @Header(
              name = "OData-Version",
              description = "4.0",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
  @APIResponse(
      responseCode = "501",
      description = "An OData option or feature this service does not implement.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response evaluations(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return read(EntitySets.EVALUATIONS, options, uri);
  }

  /** Entities by key, $count and navigation segments: OData features this feed leaves out. */
  @GET
  @Path("/{resource: (Facts|Plans|Goals|Indicators|MeasurementPoints|Evaluations)[(/%].*}")
  @Operation(hidden = true)
  public Response unsupportedPath(@RestPath String resource) {
    throw ODataException.notImplemented(
        "addressing '" + resource + "' (only whole entity sets with query options)");
  }

  private Response read(EntitySet feedSet, QueryOptions options, UriInfo uri) {
    EntitySet set = access.seesAuthorship() ? feedSet : feedSet.withoutAuthorship();
    ODataQuery query = ODataQuery.parse(set, options, uri.getQueryParameters());
    ODataService.Result result = service.read(set, query, access.readablePlanIds());
    Map<String, Object> body = new LinkedHashMap<>();
    String selection =
        query.select().size() == set.properties().size()
            ? ""
            : "("
                + String.join(",", query.select().stream().map(EntitySet.Property::name).toList())
                + ")";
    body.put("@odata.context", root(uri) + "$metadata#" + set.name() + selection);
    if (result.count() != null) {
      body.put("@odata.count", result.count());
    }
    body.put("value", result.rows());
    if (result.nextSkipToken() != null) {
      body.put(
          "@odata.nextLink",
          se.styrkort.common.NextLinks.next(
              uri, java.util.Map.of("$skiptoken", result.nextSkipToken())));
    }
    return Response.ok(body, JSON).build();
  }

  private static String root(UriInfo uri) {
    return uri.getBaseUriBuilder().path("odata/v1/").build().toString();
  }
}
