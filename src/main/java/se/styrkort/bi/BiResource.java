package se.styrkort.bi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import se.styrkort.bi.Cursors.FactKey;
import se.styrkort.cache.PlanWide;
import se.styrkort.common.NextLinks;
import se.styrkort.common.PageRequest;
import se.styrkort.common.Problem;
import se.styrkort.security.CallerAccess;

/**
 * Flat tables for Power BI and other report tools: fixed paths with plain query parameters (what
 * scheduled refresh needs), JSON pages with the next link in the body, or the whole table as CSV,
 * streamed as it is read.
 */
@Path("/api/v1/bi")
@Tag(
    name = "BI",
    description =
        "Flat tables for Power BI: JSON pages (follow next) or CSV (Accept: text/csv), streamed"
            + " whole. CSV dialect: RFC 4180, comma, CRLF, UTF-8 without BOM, header row, empty"
            + " field for null.")
public class BiResource {

  @Inject CallerAccess access;

  private static final String CSV_DESCRIPTION =
      "The whole table as CSV (RFC 4180: comma, CRLF, double-quote quoting; UTF-8 without BOM;"
          + " a header row naming the columns as in JSON, in the same order; an empty field for"
          + " null; decimal point; ISO 8601 dates). Not paged: streamed as it is read, so the"
          + " first bytes arrive at once. The same columns when there are no rows.";

  @Inject FactsService facts;
  @Inject FactsExport export;
  @Inject EvaluationsService evaluations;
  @Inject NodeFactsService nodeFacts;
  @Inject ActionsService actions;

  private final FlatTable<EvaluationRow> evaluationTable = new FlatTable<>(EvaluationRow.class);
  private final FlatTable<NodeFactRow> nodeTable = new FlatTable<>(NodeFactRow.class);
  private final FlatTable<ActionRow> actionTable = new FlatTable<>(ActionRow.class);

  @GET
  @PlanWide
  @Path("/facts")
  @Produces({MediaType.APPLICATION_JSON, FlatTable.CSV})
  @Operation(
      operationId = "listBiFacts",
      summary = "BI facts: one row per measurement point and year",
      description =
          "For every measurement point of the plan (or of every plan) and every year of its plan"
              + " within fromYear–toYear: where it sits, its target as written and resolved, the"
              + " baseline, the outcome, the latest forecast, the computed status, progress and"
              + " trend (basis LATEST), and the national and county values. Ordered by point id"
              + " and year. JSON is paged; with Accept: text/csv the whole table is streamed.")
  @APIResponse(
      responseCode = "200",
      description = "A page of facts (JSON) or all of them (CSV).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BiPages.FactPage.class)),
        @Content(
            mediaType = FlatTable.CSV,
            schema = @Schema(type = SchemaType.STRING, description = CSV_DESCRIPTION),
            examples =
                @ExampleObject(
                    name = "facts",
                    value =
                        "planId,planName,organisationCode,focusAreaId,focusAreaCode,…,status,"
                            + "reason,progress,trend,nationalValue,countyValue,"
                            + "nationalDifference,countyDifference\r\n"
                            + "1,Flerårsplan 2025–2026,1864,1,1,…,PARTIALLY_FULFILLED,,0.5,"
                            + "IMPROVED,97.2,96.8,2.3,2.7\r\n"))
      })
  @APIResponse(
      responseCode = "404",
      description = "No plan with that planId (or none the caller may read).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response facts(
      @Parameter(description = "Only this plan's facts; every plan when absent.", example = "1")
          @RestQuery
          Long planId,
      @Parameter(description = "The first year (default: each plan's first).", example = "2024")
          @RestQuery
          Integer fromYear,
      @Parameter(description = "The last year (default: each plan's last).", example = "2026")
          @RestQuery
          Integer toYear,
      @Parameter(description = "Rows per JSON page, 1–500 (default 50).", example = "500")
          @RestQuery
          Integer limit,
      @Parameter(description = "Opaque; from the previous page's next link.") @RestQuery
          String cursor,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    BiFilter filter = BiFilter.of(planId, fromYear, toYear, access.readablePlanIds());
    if (wantsCsv(headers)) {
      // The plans are read (and a missing one refused) before the first byte is sent.
      FactsExport.Prepared prepared =
          QuarkusTransaction.requiringNew().call(() -> export.prepare(filter));
      return factsCsv(prepared);
    }
    // The page in two statements (the plans with their goals, then the points with their targets,
    // values and reference values) that see one snapshot: the export's reading, which gives the
    // rows of FactsService#rows (FactsExportTest) in a number of statements that does not grow.
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              FactsExport.Prepared prepared = export.prepare(filter);
              PageRequest page = PageRequest.of(limit, null);
              FactKey after = Cursors.fact(cursor);
              List<FactRow> rows = export.page(prepared, after, page.fetchSize());
              String next = null;
              if (rows.size() > page.limit()) {
                rows = rows.subList(0, page.limit());
                FactRow last = rows.get(rows.size() - 1);
                next = next(uri, page, Cursors.fact(new FactKey(last.pointId(), last.year())));
              }
              return Response.ok(new BiPages.FactPage(rows, next), MediaType.APPLICATION_JSON)
                  .build();
            });
  }

  @GET
  @Path("/evaluations")
  @Produces({MediaType.APPLICATION_JSON, FlatTable.CSV})
  @Operation(
      operationId = "listBiEvaluations",
      summary = "BI follow-up values: every forecast and outcome, flat",
      description =
          "Every follow-up value of the plan (or of every plan) within fromYear–toYear, with its"
              + " approval state, ordered by id. JSON is paged; with Accept: text/csv the whole"
              + " table is streamed.")
  @APIResponse(
      responseCode = "200",
      description = "A page of follow-up values (JSON) or all of them (CSV).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BiPages.EvaluationPage.class)),
        @Content(
            mediaType = FlatTable.CSV,
            schema = @Schema(type = SchemaType.STRING, description = CSV_DESCRIPTION),
            examples =
                @ExampleObject(
                    name = "evaluations",
                    value =
                        "evaluationId,planId,indicatorId,pointId,pointLabel,year,kind,asOf,value,"
                            + "valueText,note,periodLabel,state,recordedBy,recordedAt,version\r\n"
                            + "12,1,1,1,Förskola,2024,OUTCOME,2024-12-31,99.5,99.5,,Helår,"
                            + "APPROVED,anna.andersson,2025-01-15T09:30:00Z,0\r\n"))
      })
  @APIResponse(
      responseCode = "404",
      description = "No plan with that planId (or none the caller may read).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response evaluations(
      @Parameter(description = "Only this plan's values; every plan when absent.", example = "1")
          @RestQuery
          Long planId,
      @Parameter(description = "The first year.", example = "2024") @RestQuery Integer fromYear,
      @Parameter(description = "The last year.", example = "2026") @RestQuery Integer toYear,
      @Parameter(description = "Rows per JSON page, 1–500 (default 50).", example = "500")
          @RestQuery
          Integer limit,
      @Parameter(description = "Opaque; from the previous page's next link.") @RestQuery
          String cursor,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    return byId(
        new ByIdTable<>(
            evaluationTable,
            evaluations::rows,
            evaluations::stream,
            EvaluationRow::evaluationId,
            Cursors::evaluation,
            BiPages.EvaluationPage::new),
        BiFilter.of(planId, fromYear, toYear, access.readablePlanIds()),
        Cursors.evaluation(cursor),
        limit,
        headers,
        uri);
  }

  @GET
  @Path("/node-facts")
  @Produces({MediaType.APPLICATION_JSON, FlatTable.CSV})
  @Operation(
      operationId = "listBiNodeFacts",
      summary = "BI node facts: one row per node of the goal tree and year",
      description =
          "For every node of the plan's goal tree (or of every plan's) — the plan, its focus"
              + " areas, goals and indicators — and every year of its plan within"
              + " fromYear–toYear: its kind, parent and place, the computed status (basis"
              + " LATEST), the measurement points beneath it by status, the share fulfilled,"
              + " and the assessed status beside the computed one. Ordered by plan id, year,"
              + " kind (PLAN, FOCUS_AREA, GOAL, INDICATOR) and node id. JSON is paged; with"
              + " Accept: text/csv the whole table is streamed.")
  @APIResponse(
      responseCode = "200",
      description = "A page of node rows (JSON) or all of them (CSV).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BiPages.NodeFactPage.class)),
        @Content(
            mediaType = FlatTable.CSV,
            schema = @Schema(type = SchemaType.STRING, description = CSV_DESCRIPTION),
            examples =
                @ExampleObject(
                    name = "nodeFacts",
                    value =
                        "planId,planName,year,kind,nodeId,parentKind,parentId,depth,code,path,"
                            + "title,status,fulfilled,…,shareFulfilled,assessedStatus,outlook,"
                            + "periodCode,deviatesFromComputed\r\n"
                            + "1,Flerårsplan 2025–2026,2024,GOAL,5,FOCUS_AREA,4,2,2.1,…,"
                            + "PARTIALLY_FULFILLED,1,…,0.5,NOT_FULFILLED,,2024-HELAR,true\r\n"))
      })
  @APIResponse(
      responseCode = "404",
      description = "No plan with that planId (or none the caller may read).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response nodeFacts(
      @Parameter(description = "Only this plan's nodes; every plan when absent.", example = "1")
          @RestQuery
          Long planId,
      @Parameter(description = "The first year (default: each plan's first).", example = "2024")
          @RestQuery
          Integer fromYear,
      @Parameter(description = "The last year (default: each plan's last).", example = "2026")
          @RestQuery
          Integer toYear,
      @Parameter(description = "Rows per JSON page, 1–500 (default 50).", example = "500")
          @RestQuery
          Integer limit,
      @Parameter(description = "Opaque; from the previous page's next link.") @RestQuery
          String cursor,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    BiFilter filter = facts.check(BiFilter.of(planId, fromYear, toYear, access.readablePlanIds()));
    boolean approvedOnly = !access.seesAuthorship();
    Cursors.NodeKey after = Cursors.node(cursor);
    if (wantsCsv(headers)) {
      return csv(
          nodeTable,
          (printer, sink) -> nodeFacts.stream(filter, approvedOnly, null, rows -> sink.test(rows)));
    }
    PageRequest page = PageRequest.of(limit, null);
    List<NodeFactRow> rows = nodeFacts.rows(filter, approvedOnly, after, page.fetchSize());
    String next = null;
    if (rows.size() > page.limit()) {
      rows = rows.subList(0, page.limit());
      next = next(uri, page, Cursors.node(NodeFactsService.key(rows.get(rows.size() - 1))));
    }
    return Response.ok(new BiPages.NodeFactPage(rows, next), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("/actions")
  @Produces({MediaType.APPLICATION_JSON, FlatTable.CSV})
  @Operation(
      operationId = "listBiActions",
      summary = "BI actions: one row per action or assignment",
      description =
          "Every action and assignment of the plan (or of every plan whose years meet"
              + " fromYear–toYear): its kind, title, the goals it serves (goalIds, separated by a"
              + " space), responsible unit and person, dates, decision reference, and its status"
              + " in the latest reporting period that has a report (latestStatus, with that"
              + " period's id, code and year; null when none was reported). Ordered by action id."
              + " Anonymous readers see public adopted plans only, without responsiblePerson and"
              + " latestRecordedBy. JSON is paged; with Accept: text/csv the whole table is"
              + " streamed.")
  @APIResponse(
      responseCode = "200",
      description = "A page of actions (JSON) or all of them (CSV).",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BiPages.ActionPage.class)),
        @Content(
            mediaType = FlatTable.CSV,
            schema = @Schema(type = SchemaType.STRING, description = CSV_DESCRIPTION),
            examples =
                @ExampleObject(
                    name = "actions",
                    value =
                        "actionId,planId,planName,kind,title,goalIds,responsibleUnitId,"
                            + "responsibleUnitCode,…,latestPeriodCode,latestPeriodYear,"
                            + "latestStatus,latestComment,latestRecordedBy,latestRecordedAt,"
                            + "version\r\n"
                            + "12,7,Barn- och utbildningsnämndens plan 2025–2026,ASSIGNMENT,"
                            + "Utred föräldrasamverkan i förskolan,41 43,2,BUN,…,2025-DELAR,2025,"
                            + "STARTED,Utredningen pågår.,anna.andersson@example.se,"
                            + "2025-09-20T08:00:00Z,0\r\n"))
      })
  @APIResponse(
      responseCode = "404",
      description = "No plan with that planId (or none the caller may read).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response actions(
      @Parameter(description = "Only this plan's actions; every plan when absent.", example = "7")
          @RestQuery
          Long planId,
      @Parameter(description = "Only plans that reach this year or later.", example = "2025")
          @RestQuery
          Integer fromYear,
      @Parameter(description = "Only plans that start in this year or earlier.", example = "2026")
          @RestQuery
          Integer toYear,
      @Parameter(description = "Rows per JSON page, 1–500 (default 50).", example = "500")
          @RestQuery
          Integer limit,
      @Parameter(description = "Opaque; from the previous page's next link.") @RestQuery
          String cursor,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    return byId(
        new ByIdTable<>(
            actionTable,
            actions::rows,
            actions::stream,
            ActionRow::actionId,
            Cursors::action,
            BiPages.ActionPage::new),
        BiFilter.of(planId, fromYear, toYear, access.readablePlanIds()),
        Cursors.action(cursor),
        limit,
        headers,
        uri);
  }

  /**
   * A table ordered by id (follow-up values, actions): how to read a page and the whole of it, a
   * row's id and cursor, and the JSON page.
   */
  private record ByIdTable<R extends Record>(
      FlatTable<R> table,
      IdChunks.Reader<R> page,
      BiConsumer<BiFilter, Predicate<List<R>>> whole,
      ToLongFunction<R> id,
      LongFunction<String> cursor,
      BiFunction<List<R>, String, Object> body) {}

  /**
   * One request of a table ordered by id: the whole of it as CSV, or a JSON page of rows after
   * {@code afterId} with the link to the next. Rows say who recorded them to signed-in readers.
   */
  private <R extends Record> Response byId(
      ByIdTable<R> table,
      BiFilter asked,
      long afterId,
      Integer limit,
      HttpHeaders headers,
      UriInfo uri) {
    BiFilter filter = facts.check(asked).withAuthorship(access.seesAuthorship());
    if (wantsCsv(headers)) {
      return csv(table.table(), (printer, sink) -> table.whole().accept(filter, sink));
    }
    PageRequest page = PageRequest.of(limit, null);
    List<R> rows = table.page().rows(filter, afterId, page.fetchSize());
    String next = null;
    if (rows.size() > page.limit()) {
      rows = rows.subList(0, page.limit());
      next =
          next(uri, page, table.cursor().apply(table.id().applyAsLong(rows.get(rows.size() - 1))));
    }
    return Response.ok(table.body().apply(rows, next), MediaType.APPLICATION_JSON).build();
  }

  private static String next(UriInfo uri, PageRequest page, String cursor) {
    Map<String, String> replace = new LinkedHashMap<>();
    replace.put("limit", Integer.toString(page.limit()));
    replace.put("cursor", cursor);
    return NextLinks.next(uri, replace);
  }

  /** CSV only when the client prefers it to JSON; a client that accepts anything gets JSON. */
  private static boolean wantsCsv(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (!type.isWildcardSubtype() && type.isCompatible(MediaType.valueOf(FlatTable.CSV))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The facts as CSV: the bytes {@link #csv} would write with {@link FlatTable}, written by {@link
   * FactCsv} straight into UTF-8 (a million rows is the size this table reaches); each batch
   * flushed as it is read (the header with the first, so that a failure before it still gets its
   * problem answer).
   */
  private Response factsCsv(FactsExport.Prepared prepared) {
    StreamingOutput body =
        output -> {
          FactCsv csv = new FactCsv(output);
          csv.header();
          export.stream(
              prepared,
              rows -> {
                try {
                  csv.rows(rows);
                  csv.flush();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return true;
              });
          csv.flush();
        };
    return Response.ok(body, FlatTable.CSV_UTF8).build();
  }

  /**
   * Streams a table: the header at once, then each chunk as it is read, flushed so the client sees
   * progress (Power BI gives up on a silent connection after 100 s).
   */
  private static <R extends Record> Response csv(
      FlatTable<R> table, BiConsumer<CSVPrinter, Predicate<List<R>>> source) {
    StreamingOutput body =
        output -> {
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
          CSVPrinter printer = table.printer(writer);
          source.accept(
              printer,
              rows -> {
                table.print(printer, rows);
                try {
                  writer.flush();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return true;
              });
          writer.flush();
        };
    return Response.ok(body, FlatTable.CSV_UTF8).build();
  }
}
