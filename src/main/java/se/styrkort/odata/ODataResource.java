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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import se.styrkort.cache.PlanWide;
import se.styrkort.security.CallerAccess;

/**
 * A read-only OData v4 feed for Power BI's OData connector: the service document, $metadata and six
 * entity sets with $filter, $select, $orderby, $top, $skip, $count, keyset paging, /$count and
 * entities by key. Anything else OData defines answers 501, never a silently different result.
 *
 * <p>What every operation here shares is written into the contract by {@link
 * se.styrkort.common.ContractFilter}: each answer's OData-Version header, and the 501 of every
 * operation that takes query options. The annotations say what is particular to each.
 *
 * <p>The protocol layer is our own (about 2,000 lines) rather than Apache Olingo's server library:
 * the feed is read-only over SQL we push down ourselves, and Olingo would still need every SQL
 * translation, the access rules and the keyset paging written against its processor interfaces,
 * while bringing its own error and serialisation paths for the contract to describe. Conformance is
 * checked from the other side instead: the tests read the feed with Olingo's client.
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
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ServiceDocument.class)))
  public Response serviceDocument(@Context UriInfo uri) {
    access.challengeAnonymousSeeingNothing(null);
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
              + " pointId and year, in that order. $orderby other than pointId or pointId,year"
              + " needs planId eq N in $filter (501 otherwise).")
  @APIResponse(
      responseCode = "200",
      description = "A page of facts.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
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
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
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
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
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
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
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
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
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
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
  public Response evaluations(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return read(EntitySets.EVALUATIONS, options, uri);
  }

  @GET
  @Path("/NodeFacts")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listODataNodeFacts",
      summary = "OData: NodeFacts",
      description =
          "One entity per node of a plan's goal tree (plan, focus area, goal, indicator) and"
              + " year, as GET /api/v1/bi/node-facts: kind, parent, code and path, the computed"
              + " status, the points beneath by status, the share fulfilled and the assessed"
              + " status. Keyed by kind, nodeId and year: NodeFacts(kind='GOAL',nodeId=5,year=2025)"
              + " and NodeFacts/$count are addressed as on the other sets. Computed a plan-year"
              + " at a time: without $orderby in the order of planId, year, kind and nodeId, and"
              + " a page computes only the plan-years it shows (it may end short, with a next"
              + " link, when its filter matches few rows). $orderby that does not begin with"
              + " planId, and a count whose $filter tests other properties than planId and year,"
              + " need planId eq N in $filter (501 otherwise).")
  @APIResponse(
      responseCode = "200",
      description = "A page of node rows.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
  public Response nodeFacts(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return read(EntitySets.NODE_FACTS, options, uri);
  }

  @GET
  @Path("/{entitySet: (Facts|Plans|Goals|Indicators|MeasurementPoints|Evaluations)}/$count")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(
      operationId = "countODataEntities",
      summary = "OData: the number of entities in a set",
      description =
          "As a plain number; $filter applies (Facts/$count?$filter=planId eq 1). Other options"
              + " are refused.")
  @APIResponse(
      responseCode = "200",
      description = "The count.",
      content =
          @Content(
              mediaType = MediaType.TEXT_PLAIN,
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", example = "44069")))
  public Response count(
      @Parameter(
              description = "The entity set.",
              schema =
                  @Schema(
                      enumeration = {
                        "Facts",
                        "Plans",
                        "Goals",
                        "Indicators",
                        "MeasurementPoints",
                        "Evaluations"
                      }))
          @RestPath
          String entitySet,
      @BeanParam QueryOptions options,
      @Context UriInfo uri) {
    EntitySet set = EntitySets.named(entitySet).orElseThrow();
    ODataQuery query = ODataQuery.parse(set, options, uri.getQueryParameters());
    access.challengeAnonymousSeeingNothing(namedPlan(set, query));
    if (query.skipToken() != null
        || query.top() != null
        || query.skip() != 0
        || !query.orderBy().isEmpty()) {
      throw ODataException.badRequest(
          "$count", "only $filter applies to a count; $top, $skip and $orderby do not");
    }
    long count = service.count(set, query.filter(), access.readablePlanIds());
    return Response.ok(Long.toString(count), MediaType.TEXT_PLAIN).build();
  }

  @GET
  @Path("/{entity: (Facts|Plans|Goals|Indicators|MeasurementPoints|Evaluations)\\([^/]*\\)}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getODataEntity",
      summary = "OData: one entity by its key",
      description =
          "Plans(1), Goals(id=7), Facts(pointId=3,year=2025). $select applies. An entity the"
              + " caller may not read is answered as one that does not exist.")
  @APIResponse(
      responseCode = "200",
      description = "The entity, with @odata.context.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataEntity.class)))
  @APIResponse(
      responseCode = "404",
      description = "No entity with that key that the caller may read.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataError.class)))
  public Response entity(
      @Parameter(description = "The set and the key.", example = "Plans(1)") @RestPath
          String entity,
      @BeanParam QueryOptions options,
      @Context UriInfo uri) {
    int open = entity.indexOf('(');
    EntitySet feedSet = EntitySets.named(entity.substring(0, open)).orElseThrow();
    // As in a set read: an anonymous reader never sees authorship, by key neither.
    EntitySet set = access.seesAuthorship() ? feedSet : feedSet.withoutAuthorship();
    Map<String, Object> key = Keys.parse(set, entity.substring(open + 1, entity.length() - 1));
    access.challengeAnonymousSeeingNothing(null);
    ODataQuery query = ODataQuery.parse(set, options, uri.getQueryParameters());
    if (query.filter() != null
        || query.top() != null
        || query.skip() != 0
        || query.count()
        || !query.orderBy().isEmpty()) {
      throw ODataException.badRequest(
          "$select",
          "only $select applies to one entity; $filter, $top, $skip, $count and"
              + " $orderby do not");
    }
    Map<String, Object> found =
        service
            .byKey(set, key, query.select(), access.readablePlanIds())
            .orElseThrow(
                () ->
                    new ODataException(
                        se.styrkort.common.ProblemCode.NOT_FOUND,
                        "No " + set.name() + " entity with the key (" + Keys.describe(key) + ").",
                        java.util.List.of()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "@odata.context",
        root(uri) + "$metadata#" + set.name() + selection(set, query) + "/$entity");
    body.putAll(found);
    return Response.ok(body, JSON).build();
  }

  /**
   * NodeFacts/$count, as /{entitySet}/$count answers for the other sets (a route of its own, so
   * that the published pattern of the other sets' path stays as v1 has it).
   */
  @GET
  @Path("/NodeFacts/$count")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public Response countNodeFacts(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return count(EntitySets.NODE_FACTS.name(), options, uri);
  }

  /** NodeFacts(kind='GOAL',nodeId=5,year=2025), as /{entity} answers for the other sets. */
  @GET
  @Path("/{nodeFact: NodeFacts\\([^/]*\\)}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response nodeFact(
      @RestPath String nodeFact, @BeanParam QueryOptions options, @Context UriInfo uri) {
    return entity(nodeFact, options, uri);
  }

  @GET
  @Path("/Actions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listODataActions",
      summary = "OData: Actions",
      description =
          "One entity per action or assignment, as GET /api/v1/bi/actions: kind, title, the"
              + " goals it serves (goalIds, separated by a space), responsible unit and person,"
              + " dates, decision reference, and the status in the latest reporting period that"
              + " has a report. Keyed by actionId: Actions(12) and Actions/$count are addressed"
              + " as on the other sets. Anonymous readers see public adopted plans only, without"
              + " responsiblePerson and latestRecordedBy.")
  @APIResponse(
      responseCode = "200",
      description = "A page of actions.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ODataPage.class)))
  public Response actions(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return read(EntitySets.ACTIONS, options, uri);
  }

  /** Actions/$count, as NodeFacts/$count (a route of its own; v1's pattern stays). */
  @GET
  @Path("/Actions/$count")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(hidden = true)
  public Response countActions(@BeanParam QueryOptions options, @Context UriInfo uri) {
    return count(EntitySets.ACTIONS.name(), options, uri);
  }

  /** Actions(12), as /{entity} answers for the other sets. */
  @GET
  @Path("/{action: Actions\\([^/]*\\)}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response action(
      @RestPath String action, @BeanParam QueryOptions options, @Context UriInfo uri) {
    return entity(action, options, uri);
  }

  /** Navigation, $value, $ref and other addressing this feed does not implement. */
  @GET
  @Path(
      "/{resource: (Facts|Plans|Goals|Indicators|MeasurementPoints|Evaluations|NodeFacts|Actions)"
          + "(\\([^/]*\\))?[/%].*}")
  @Operation(hidden = true)
  public Response unsupportedPath(@RestPath String resource) {
    throw ODataException.notImplemented(
        "addressing '"
            + (resource.length() > 60 ? resource.substring(0, 60) + "…" : resource)
            + "' (entity sets, entities by key and /$count only)");
  }

  private static String selection(EntitySet set, ODataQuery query) {
    return query.select().size() == set.properties().size()
        ? ""
        : "("
            + String.join(",", query.select().stream().map(EntitySet.Property::name).toList())
            + ")";
  }

  private Response read(EntitySet feedSet, QueryOptions options, UriInfo uri) {
    EntitySet set = access.seesAuthorship() ? feedSet : feedSet.withoutAuthorship();
    ODataQuery query = ODataQuery.parse(set, options, uri.getQueryParameters());
    access.challengeAnonymousSeeingNothing(namedPlan(set, query));
    ODataService.Result result = service.read(set, query, access.readablePlanIds());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", root(uri) + "$metadata#" + set.name() + selection(set, query));
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

  /** The plan a query's $filter limits it to (planId eq N; id eq N on Plans), or null. */
  private static Long namedPlan(EntitySet set, ODataQuery query) {
    return FactPushdown.namedPlan(query.filter(), set.name().equals("Plans") ? "id" : "planId");
  }

  private static String root(UriInfo uri) {
    return uri.getBaseUriBuilder().path("odata/v1/").build().toString();
  }
}
