package se.styrkort.indicator;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator as the API shows it: a heading whose measurement points are listed under it. */
@Schema(name = "Indicator")
public record IndicatorView(
    @Schema(readOnly = true, example = "3") long id,
    @Schema(example = "2", description = "The goal this indicator serves.") long goalId,
    @Schema(readOnly = true, example = "1", description = "The plan of that goal.") long planId,
    @Schema(example = "Digitalisering") String title,
    @Schema(nullable = true, example = "elever = barn, ungdomar och vuxenstuderande")
        String description,
    @Schema(example = "3", description = "Order among the goal's indicators, lowest first.")
        int position,
    @Schema(
            description = "Reference levels the analysis shows beside the municipality's values.",
            example = "[\"NATIONAL\", \"COUNTY\"]")
        List<ComparisonLevel> comparisons,
    @Schema(nullable = true, example = "Kommunens ledningsgrupp") String owner,
    @Schema(
            nullable = true,
            example = "Nationella prov årskurs 3",
            description = "Where the values come from, e.g. a Kolada KPI id.")
        String source,
    @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; the ETag.")
        long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt,
    @Schema(nullable = true, example = "4", description = "The responsible organisation unit.")
        Long responsibleUnitId,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description =
                "The responsible person (a token's user id or an e-mail); not shown to anonymous"
                    + " readers of public plans.")
        String responsiblePerson) {

  public static IndicatorView from(Indicator indicator, long planId) {
    return new IndicatorView(
        indicator.id,
        indicator.goalId,
        planId,
        indicator.title,
        indicator.description,
        indicator.position,
        List.copyOf(indicator.comparisons),
        indicator.owner,
        indicator.source,
        indicator.version,
        indicator.createdAt,
        indicator.updatedAt,
        indicator.responsibleUnitId,
        indicator.responsiblePerson);
  }

  /** The same without the responsible person: what an anonymous reader sees. */
  public IndicatorView forReader(boolean seesPeople) {
    if (seesPeople || responsiblePerson == null) {
      return this;
    }
    return new IndicatorView(
        id,
        goalId,
        planId,
        title,
        description,
        position,
        comparisons,
        owner,
        source,
        version,
        createdAt,
        updatedAt,
        responsibleUnitId,
        null);
  }
}
