package se.styrkort.bulk;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.styrkort.common.Idempotency;

/** Follow-up values from a spreadsheet: the rows of a CSV file go through bulk entry. */
@Path("/api/v1/plans/{planId}/evaluations/import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes("text/csv")
@Tag(name = "Evaluations")
public class CsvImportResource {

  @Inject BulkEvaluationService bulk;
  @Inject Idempotency idempotency;
  @Inject Validator validator;

  @POST
  @Operation(
      operationId = "importPlanEvaluations",
      summary = "Import follow-up values of a plan from CSV",
      description =
          "UTF-8 (a BOM is allowed); comma or semicolon as the header uses; decimal comma or"
              + " point. Columns: measurementPointId, year, kind, asOf, value, note, periodLabel"
              + " (the last three optional). Each data line i is rows[i] of a bulk entry and"
              + " obeys its rules: all or nothing. With dryRun=true nothing is written and the"
              + " answer says what would be created, updated and left unchanged.")
  @RequestBody(
      content =
          @Content(
              mediaType = "text/csv",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
              example =
                  "measurementPointId;year;kind;asOf;value;note\n1;2024;OUTCOME;2024-12-31;96,5;"))
  @APIResponse(
      responseCode = "200",
      description = "Written, or what would be written (dryRun)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BulkEvaluationResult.class)))
  @APIResponse(
      responseCode = "422",
      description = "The Idempotency-Key was used before for a different request.",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
  public BulkEvaluationResult importCsv(
      @RestPath long planId,
      @Parameter(description = "Check and report only; write nothing.") @RestQuery boolean dryRun,
      @Parameter(description = "Makes retries safe: the same key and file are applied once.")
          @RestHeader("Idempotency-Key")
          String idempotencyKey,
      String csv) {
    if (dryRun) {
      return bulk.write(planId, CsvRows.parse(csv == null ? "" : csv, validator), true);
    }
    return idempotency.once(
        idempotencyKey,
        "POST /plans/" + planId + "/evaluations/import",
        csv == null ? "" : csv,
        BulkEvaluationResult.class,
        () -> bulk.write(planId, CsvRows.parse(csv == null ? "" : csv, validator), false));
  }
}
