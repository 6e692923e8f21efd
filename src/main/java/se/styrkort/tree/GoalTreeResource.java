package se.styrkort.tree;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import se.styrkort.cache.PlanWide;
import se.styrkort.common.EntityTags;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.RequestLanguage;

/**
 * A focus area's or goal's part of the plan tree. Focus areas are goals of kind FOCUS_AREA and are
 * addressed as /goals/{goalId} everywhere else (getGoal, getGoalFulfilment), so one operation
 * serves both.
 */
@Path("/api/v1/goals/{goalId}/tree")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class GoalTreeResource {

  @Inject PlanTreeService trees;
  @Inject RequestLanguage language;

  @GET
  @PlanWide
  @Operation(
      operationId = "getGoalTree",
      summary = "Get a focus area or goal with everything beneath it",
      description =
          "The node of GET /plans/{planId}/tree with the same parameters (include, detail, year,"
              + " period, lang), byte for byte, beside its plan's id, name and status: a page per"
              + " focus area or goal in one call. A focus area is a goal of kind FOCUS_AREA. The"
              + " ETag changes whenever anything in the plan does.")
  public RestResponse<PlanSubtreeView> get(
      @RestPath long goalId,
      @Parameter(description = PlanTreeParameters.YEAR, example = "2024")
          @RestQuery
          @Min(1900)
          @Max(2200)
          Integer year,
      @Parameter(description = PlanTreeParameters.INCLUDE) @RestQuery List<PlanTreeInclude> include,
      @Parameter(description = PlanTreeParameters.DETAIL, example = "summary") @RestQuery
          PlanTreeDetail detail,
      @Parameter(description = PlanTreeParameters.PERIOD, example = "2024-HELAR")
          @RestQuery
          @Size(max = 32)
          String period,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @RestHeader("If-None-Match") String ifNoneMatch) {
    PlanTreeService.TaggedSubtree tagged =
        trees.subtree(
            goalId, year, PlanTreeResource.asked(include), detail, period, language.get());
    return EntityTags.ok(tagged.subtree(), tagged.tag(), ifNoneMatch);
  }
}
