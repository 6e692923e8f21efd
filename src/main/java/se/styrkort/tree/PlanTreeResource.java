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
              + " words in the language asked for. The ETag changes whenever anything in the plan"
              + " does, and differs between requests that differ in their parameters or"
              + " language.")
  public RestResponse<PlanTreeView> get(
      @RestPath long planId,
      @Parameter(
              description = "Only this year's follow-up values; targets are always all years.",
              example = "2024")
          @RestQuery
          @Min(1900)
          @Max(2200)
          Integer year,
      @Parameter(
              description =
                  "What the tree carries beyond its structure, targets and values: assessments"
                      + " (needs year or period), e.g. include=assessments.")
          @RestQuery
          List<PlanTreeInclude> include,
      @Parameter(
              description =
                  "The code of the reporting period whose assessments the nodes carry (with"
                      + " include=assessments); 400 when the plan has no such period or it is"
                      + " of another year than year.",
              example = "2024-HELAR")
          @RestQuery
          @Size(max = 32)
          String period,
      @Parameter(description = RequestLanguage.DESCRIPTION) @RestQuery Language lang,
      @RestHeader("If-None-Match") String ifNoneMatch) {
    PlanTreeService.TaggedTree tagged =
        trees.get(
            planId,
            year,
            include == null || include.isEmpty() ? Set.of() : EnumSet.copyOf(include),
            period,
            language.get());
    return EntityTags.ok(tagged.tree(), tagged.tag(), ifNoneMatch);
  }
}
