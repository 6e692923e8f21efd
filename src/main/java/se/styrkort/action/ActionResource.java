package se.styrkort.action;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Page;
import se.styrkort.period.ReportingPeriod;
import se.styrkort.security.CallerAccess;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

@Path("/api/v1/actions/{actionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions")
public class ActionResource {

  @Inject ActionService actions;
  @Inject RequestLanguage language;
  @Inject CallerAccess caller;

  @GET
  @Operation(
      operationId = "getAction",
      summary = "Get an action or assignment",
      description = "Its ETag is its version.")
  public RestResponse<ActionView> get(
      @RestPath long actionId,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @RestHeader("If-None-Match") String ifNoneMatch) {
    PlanAction action = actions.get(actionId);
    return EntityTags.ok(
        ActionView.from(action, language.get(), caller.seesAuthorship()),
        action.version,
        ifNoneMatch);
  }

  @PUT
  @Operation(
      operationId = "updateAction",
      summary = "Change an action or assignment",
      description =
          "Replaces every field. Once the plan is adopted the kind is frozen (409 naming kind);"
              + " an archived plan's actions do not change (409 PLAN_FROZEN). Requires If-Match.")
  public RestResponse<ActionView> update(
      @RestPath long actionId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ActionRequest request) {
    PlanAction action = actions.update(actionId, ifMatch, request);
    return EntityTags.changed(ActionView.from(action, language.get(), true), action.version);
  }

  @DELETE
  // A 204 has no body to negotiate and errors are problem+json whatever the Accept: never 406.
  @Produces(MediaType.WILDCARD)
  @Operation(
      operationId = "deleteAction",
      summary = "Delete an action or assignment",
      description =
          "Not an action with status reports (409 HAS_DEPENDENTS), nor an assignment of an adopted"
              + " plan (409 PLAN_FROZEN). Its history stays readable. Requires If-Match.")
  public RestResponse<Void> delete(
      @RestPath long actionId, @RestHeader("If-Match") String ifMatch) {
    actions.delete(actionId, ifMatch);
    return RestResponse.noContent();
  }

  @GET
  @Path("/status-reports")
  @Operation(
      operationId = "listActionStatusReports",
      summary = "An action's status reports",
      description = "One per reporting period, oldest period first.")
  public Page<ActionStatusReportView> reports(
      @RestPath long actionId,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang) {
    return new Page<>(actions.reports(actionId).stream().map(this::view).toList(), null);
  }

  @GET
  @Path("/status-reports/{periodId}")
  @Operation(
      operationId = "getActionStatusReport",
      summary = "An action's status report for one reporting period",
      description =
          "404 when the period has none yet (or is not of the action's plan). Its ETag is its"
              + " version.")
  public RestResponse<ActionStatusReportView> report(
      @RestPath long actionId,
      @RestPath long periodId,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @RestHeader("If-None-Match") String ifNoneMatch) {
    ActionStatusReport report = actions.report(actionId, periodId);
    return EntityTags.ok(view(report), report.version, ifNoneMatch);
  }

  @PUT
  @Path("/status-reports/{periodId}")
  @Operation(
      operationId = "reportActionStatus",
      summary = "Report an action's status for a reporting period",
      description =
          "Creates the period's report (201) or replaces it (200): replacing requires If-Match"
              + " with the report's ETag (428 without, 412 when stale); creating takes none. The"
              + " period must be of the action's plan (else 404, as for a missing one) and open:"
              + " a closed period locks its reports (409 PERIOD_CLOSED). Every version is kept"
              + " (…/history).")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ActionStatusReportView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ActionStatusReportView.class)))
  public RestResponse<ActionStatusReportView> putReport(
      @RestPath long actionId,
      @RestPath long periodId,
      @RestHeader("If-Match") String ifMatch,
      @Valid @NotNull ActionStatusReportRequest request,
      @Context UriInfo uri) {
    ActionService.Reported reported = actions.putReport(actionId, periodId, ifMatch, request);
    ActionStatusReport report = reported.report();
    return reported.created()
        ? EntityTags.created(
            java.net.URI.create("/api/v1/actions/" + actionId + "/status-reports/" + periodId),
            view(report),
            report.version)
        : EntityTags.changed(view(report), report.version);
  }

  @GET
  @Path("/status-reports/{periodId}/history")
  @Operation(
      operationId = "getActionStatusReportHistory",
      summary = "Every version of an action's status report",
      description = "Newest first, the current version included, with who changed it and when.")
  public Page<ActionStatusReportRevisionView> reportHistory(
      @RestPath long actionId, @RestPath long periodId) {
    return new Page<>(
        actions.reportHistory(actionId, periodId).stream()
            .map(ActionStatusReportRevisionView::from)
            .toList(),
        null);
  }

  private ActionStatusReportView view(ActionStatusReport report) {
    ReportingPeriod period = actions.period(report.periodId);
    return ActionStatusReportView.from(report, period, language.get(), caller.seesAuthorship());
  }
}
