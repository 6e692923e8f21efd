package se.styrkort.action;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.common.EntityTags;
import se.styrkort.common.Idempotency;
import se.styrkort.common.Page;
import se.styrkort.security.CallerAccess;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

@Path("/api/v1/plans/{planId}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Actions",
    description =
        "Actions and assignments (aktiviteter, KF-uppdrag) serving a plan's goals, with a status"
            + " report per reporting period.")
public class PlanActionsResource {

  @Inject Idempotency idempotency;
  @Inject ActionService actions;
  @Inject RequestLanguage language;
  @Inject CallerAccess caller;

  @GET
  @Operation(
      operationId = "listActions",
      summary = "List a plan's actions and assignments",
      description =
          "In the order they were created; optionally only those serving one goal, or one kind."
              + " kindText in the language asked for.")
  public Page<ActionView> list(
      @RestPath long planId,
      @Parameter(description = "Only actions serving this goal.", example = "2") @RestQuery
          Long goalId,
      @Parameter(description = "Only actions of this kind.") @RestQuery ActionKind kind,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang) {
    return new Page<>(
        actions.list(planId, goalId, kind).stream()
            .map(a -> ActionView.from(a, language.get(), caller.seesAuthorship()))
            .toList(),
        null);
  }

  @POST
  @Operation(
      operationId = "createAction",
      summary = "Create an action or assignment",
      description =
          "It serves one or more goals (or focus areas) of this plan: a goal that does not exist"
              + " or is another plan's is 409, in the same words. In a draft any kind; in an"
              + " adopted plan only an ACTIVITY (an ASSIGNMENT is decided with the plan: 409"
              + " PLAN_FROZEN); in an archived plan none.")
  public RestResponse<ActionView> create(
      @RestPath long planId,
      @Parameter(description = Idempotency.HEADER_DESCRIPTION) @RestHeader(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull ActionRequest request,
      @Context UriInfo uri) {
    return idempotency.respond(
        idempotencyKey,
        "POST /plans/" + planId + "/actions",
        request,
        ActionView.class,
        () -> {
          PlanAction action = actions.create(planId, request);
          return EntityTags.created(
              uri.getBaseUriBuilder().path("api/v1/actions/{id}").build(action.id),
              ActionView.from(action, language.get(), true),
              action.version);
        });
  }
}
