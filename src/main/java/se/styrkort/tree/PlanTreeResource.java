package se.styrkort.tree;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

@Path("/api/v1/plans/{planId}/tree")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanTreeResource {

  @Inject PlanTreeService trees;
  @Inject RequestLanguage language;

  @GET
  @PlanWide
  @Operation(
      operationId = "getPlanTree",
      summary = "Get the whole plan as one document",
      description =
          "Focus areas → goals → indicators → measurement points with their targets, baseline"
              + " and follow-up values, for a web page. With include=assessments the plan, each"
              + " focus area, goal and indicator carries its assessment of a reporting period"
              + " (period=2024-HELAR, or with year= alone each node's latest of that year), its"
              + " words in the language asked for. With include=fulfilment&year= every node carries"
              + " its computed fulfilment and every point its judgement, as"
              + " /plans/{planId}/fulfilment names them, and detail=summary cuts each point to what"
              + " a public page shows: one call for a page. The ETag changes whenever anything in the plan"
              + " does, and differs between requests that differ in their parameters or"
              + " language.")
  public RestResponse<PlanTreeView> get(
      @RestPath long planId,
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
    PlanTreeService.TaggedTree tagged =
        trees.get(planId, year, asked(include), detail, period, language.get());
    return EntityTags.ok(tagged.tree(), tagged.tag(), ifNoneMatch);
  }

  /** The includes asked for, as a set. */
  static Set<PlanTreeInclude> asked(List<PlanTreeInclude> include) {
    return include == null || include.isEmpty() ? Set.of() : EnumSet.copyOf(include);
  }
}
