package se.styrkort.followup;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

@Path("/api/v1/my/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class MyFollowUpResource {

  @Inject MyFollowUpService service;

  @GET
  @Operation(
      operationId = "listMyFollowUps",
      summary = "What is due or overdue for me",
      description =
          "Across every plan the caller may read, in the open reporting periods whose date has"
              + " passed: the follow-up values, assessments, analyses and action status reports"
              + " that are missing or drafts and that the caller is responsible for — matched by"
              + " the responsible person of the item's measurement point, indicator, goal or"
              + " action, or of the nearest node above it that names one, against the token's"
              + " user id, subject, preferred user name and e-mail, or the person an API key acts"
              + " for (case-insensitive) — and, for approvers, everything submitted that waits"
              + " for approval. Counts at the top; statusText in the language asked for.")
  public MyFollowUpViews.Report list(
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang) {
    return service.report();
  }
}
