package se.styrkort.document;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.styrkort.cache.PlanWide;
import se.styrkort.common.Problem;

/**
 * The follow-up report a municipality publishes, generated from live data: accessible HTML or a
 * tagged PDF of the same content (issue 21).
 */
@Path("/api/v1/plans/{planId}/report")
@Tag(name = "Fulfilment")
public class ReportResource {

  static final String HTML = "text/html;charset=utf-8";
  static final String PDF = "application/pdf";

  @Inject ReportService reports;
  @Inject PdfRenderer pdf;

  @GET
  @PlanWide
  @Produces({MediaType.TEXT_HTML, PDF})
  @Operation(
      operationId = "getPlanReport",
      summary = "The plan's follow-up report, as HTML or PDF",
      description =
          "The document a municipality publishes (delårsrapport, årsredovisning), in Swedish: a"
              + " title page (organisation, plan, period, decision, date of the data), a summary"
              + " (points per status per focus area, \"8 av 23 mätpunkter uppfyllda\"), then per"
              + " focus area its description and per goal its computed status and assessment"
              + " (motivation, outlook, analysis), and per indicator a table Mätpunkt | Läget"
              + " {baseline year} | Målvärde {year} | Prognos/Utfall | Status, with riket and the"
              + " county beside the own value where the point has reference series. Targets as"
              + " written (≥ 2023) with the resolved level beside; missing values read"
              + " \"saknas\", never 0. Accessible: semantic HTML (WCAG 2.1 AA), and a tagged PDF"
              + " (PDF/UA: structure tree, language, title, table headers) of the same content."
              + " The form: format=html|pdf when given (a link a person opens), else Accept"
              + " (text/html or application/pdf); HTML when both or anything are accepted.")
  @APIResponse(
      responseCode = "200",
      description = "The report.",
      content = {
        @Content(
            mediaType = MediaType.TEXT_HTML,
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description = "An XHTML document, lang=\"sv\", UTF-8."),
            examples =
                @ExampleObject(
                    name = "report",
                    value =
                        "<!DOCTYPE html>\n<html lang=\"sv\" xml:lang=\"sv\""
                            + " xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>…<title>Uppföljning"
                            + " 2024 – Flerårsplan 2025–2026</title>…</head>\n<body>…<h2"
                            + " id=\"sammanfattning\">Sammanfattning</h2>\n<p"
                            + " class=\"mening\"><strong>0 av 23 mätpunkter"
                            + " uppfyllda…</strong></p>…</body>\n</html>\n")),
        @Content(
            mediaType = PDF,
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    format = "binary",
                    description = "A tagged PDF (PDF/UA-1, PDF/A-3u), fonts embedded."),
            examples = @ExampleObject(name = "report", value = "%PDF-1.7 …"))
      })
  @APIResponse(
      responseCode = "400",
      description = "A year outside the plan, a period the plan does not have, or both disagree.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No plan with that planId (or none the caller may read).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response get(
      @RestPath long planId,
      @Parameter(
              description =
                  "The year to report; by default the period's year, else the latest year the"
                      + " plan has targets for.",
              example = "2024")
          @RestQuery
          @Min(1900)
          @Max(2200)
          Integer year,
      @Parameter(
              description =
                  "A reporting period's code (listReportingPeriods): only values dated on or"
                      + " before its asOf count, and assessments are those of the year's periods"
                      + " up to it. Without it, every value of the year counts.",
              example = "2024-HELAR")
          @RestQuery
          @Size(min = 1, max = 32)
          String period,
      @Parameter(
              description =
                  "Count only APPROVED follow-up values, as an official report would; by default"
                      + " every recorded value counts.")
          @RestQuery
          boolean approvedOnly,
      @Parameter(
              description =
                  "html or pdf; wins over Accept, for a link a person opens or a page embeds.",
              example = "pdf")
          @RestQuery
          ReportFormat format,
      @Context HttpHeaders headers) {
    ReportDocument document = reports.build(planId, year, period, approvedOnly);
    String html = ReportTemplates.report(document).render();
    if (chosen(format, headers) == ReportFormat.pdf) {
      return Response.ok(pdf.render(html), PDF).build();
    }
    return Response.ok(html, HTML).build();
  }

  /** format when given; else the first of HTML and PDF in the client's order of preference. */
  static ReportFormat chosen(ReportFormat format, HttpHeaders headers) {
    if (format != null) {
      return format;
    }
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
        return ReportFormat.html;
      }
      if (!type.isWildcardSubtype() && type.isCompatible(MediaType.valueOf(PDF))) {
        return ReportFormat.pdf;
      }
    }
    return ReportFormat.html;
  }
}
