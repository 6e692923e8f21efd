package se.styrkort.plan;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.DomainException;
import se.styrkort.common.Problem;
import se.styrkort.security.CallerAccess;

/**
 * An organisation's plan in force, found by its code: what a public site asks first. Its own root
 * class, because JAX-RS picks the root class by the longest literal prefix (/plans/current before
 * /plans/{planId}).
 */
@Path("/api/v1/plans/current")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class CurrentPlanResource {

  /** Plans follow Swedish calendar years: the year changes at midnight in Sweden. */
  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject PlanService plans;
  @Inject CallerAccess access;

  @GET
  @Operation(
      operationId = "getCurrentPlan",
      summary = "Get an organisation's current adopted plan",
      description =
          "The plan in force today (in Sweden) of the organisation with this code: ADOPTED (not a"
              + " draft, not archived), begun (startYear ≤ this year), and readable by the caller"
              + " (anonymous callers: public plans); of several, the one with the latest"
              + " startYear, then the latest adoption. A plan whose last year has passed stays in"
              + " force until its successor is adopted (which archives it). Answered"
              + " with the plan itself (not a redirect: one round trip, and a browser's fetch"
              + " caches and revalidates it like any read), Content-Location naming its own"
              + " address. 404 when there is none.")
  @APIResponse(
      responseCode = "200",
      description = "The current plan.",
      headers =
          @Header(
              name = "Content-Location",
              description = "The plan's own address, /api/v1/plans/{planId}.",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "404",
      description =
          "The organisation has no current plan (that the caller may read): the same answer for"
              + " an organisation that has none and one whose current plan is not public.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RestResponse<PlanView> get(
      @Parameter(
              description = "The organisation's code (SCB's municipality code, as Kolada uses it).",
              example = "1864",
              required = true)
          @RestQuery
          @NotBlank
          @Size(max = 20)
          String organisationCode,
      @Parameter(
              description =
                  "Only the plans of this organisation unit (where committees adopt plans of their"
                      + " own under the same code).",
              example = "1")
          @RestQuery
          Long organisationUnitId,
      @Context UriInfo uri) {
    int year = LocalDate.now(SWEDEN).getYear();
    Plan plan =
        plans
            .current(organisationCode, organisationUnitId, year, access.readablePlanIds())
            .orElseThrow(
                () ->
                    new DomainException(
                        se.styrkort.common.ProblemCode.NOT_FOUND,
                        "No adopted plan of organisation "
                            + organisationCode
                            + (organisationUnitId == null ? "" : " unit " + organisationUnitId)
                            + " has begun by "
                            + year
                            + "."));
    return RestResponse.ResponseBuilder.ok(PlanView.from(plan))
        .header(
            "Content-Location",
            uri.getBaseUriBuilder().path("/api/v1/plans/{planId}").build(plan.id).getPath())
        .build();
  }
}
