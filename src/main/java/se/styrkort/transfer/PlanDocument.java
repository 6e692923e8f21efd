package se.styrkort.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.Direction;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.goal.GoalClass;
import se.styrkort.indicator.ComparisonLevel;
import se.styrkort.plan.FulfilmentRuleView;
import se.styrkort.plan.PlanStatus;
import se.styrkort.reference.ReferenceSeriesRequest;

/**
 * A whole plan as one portable document: its fields, the goal tree down to each measurement point's
 * targets, and every follow-up value. It holds no database ids (apart from the informational {@code
 * exportedFrom}), so it can be imported into any installation. The demo plan file is written in the
 * same format. Positions are not in the document; they follow the order of each list. Limits are
 * those of the single-resource requests.
 */
@Schema(
    name = "PlanDocument",
    description =
        "A whole plan with its follow-up values, as GET /plans/{planId}/export writes it and POST"
            + " /plans/import reads it. Order in each list is the order among siblings.")
public record PlanDocument(
    @Schema(
            nullable = true,
            example = "1",
            description = "The format of this document; omitted on import, 1 is assumed.")
        Integer formatVersion,
    @Schema(
            nullable = true,
            description = "Where and when the document was exported; ignored on import.")
        ExportedFrom exportedFrom,
    @Schema(example = "Flerårsplan 2025–2026") @NotBlank @Size(max = 300) String name,
    @Schema(example = "Ljusnarsbergs kommun") @NotBlank @Size(max = 300) String organisation,
    @Schema(nullable = true, example = "1864") @Size(max = 20) String organisationCode,
    @Schema(example = "2024") @NotNull @Min(1900) @Max(2200) Integer startYear,
    @Schema(example = "2026") @NotNull @Min(1900) @Max(2200) Integer endYear,
    @Schema(nullable = true, example = "2023") @Min(1900) @Max(2200) Integer baselineYear,
    @Schema(
            implementation = String.class,
            enumeration = {"DRAFT", "ADOPTED", "ARCHIVED"},
            nullable = true,
            example = "ADOPTED",
            description = "Omitted on import, the new plan is a DRAFT.")
        PlanStatus status,
    @Schema(nullable = true, example = "Bilaga till indikatorer 2024, flerårsplan 2025–2026.")
        @Size(max = 20000)
        String description,
    @Schema(nullable = true, description = "Omitted, the default rule applies.") @Valid
        FulfilmentRuleView fulfilmentRule,
    @Schema(
            nullable = true,
            example = "demo",
            description =
                "On import: who recorded the follow-up values that do not name their own."
                    + " Export leaves it out.")
        @Size(max = 200)
        String recordedBy,
    @Schema(nullable = true, description = "The focus areas, in order.") @Size(max = 1000)
        List<@Valid @NotNull GoalEntry> focusAreas) {

  /** The format this service writes, and the only one it reads. */
  public static final int FORMAT_VERSION = 1;

  @Schema(name = "PlanDocumentSource")
  public record ExportedFrom(
      @Schema(example = "1", description = "The plan's id where it was exported.") Long planId,
      @Schema(example = "2025-02-14T09:30:00Z") Instant exportedAt) {}

  /** A focus area (at the top) or a goal (beneath one), with what serves it and its sub-goals. */
  @Schema(name = "PlanDocumentGoal")
  public record GoalEntry(
      @Schema(example = "Öppen kommun") @NotBlank @Size(max = 1000) String title,
      @Schema(
              nullable = true,
              example = "är ett utvecklingsområde som främjar demokrati, service och samverkan.")
          @Size(max = 16000)
          String description,
      @Schema(nullable = true) @Size(max = 1000) List<@Valid @NotNull IndicatorEntry> indicators,
      @Schema(nullable = true, description = "Sub-goals (goals under this focus area or goal).")
          @Size(max = 1000)
          List<@Valid @NotNull GoalEntry> goals,
      @Schema(nullable = true, example = "FINANCIAL", description = "Omitted, not classed.")
          GoalClass goalClass,
      @Schema(
              nullable = true,
              example = "true",
              description = "A goal for god ekonomisk hushållning; omitted, false.")
          Boolean goodFinancialManagement) {

    /** A goal that is not classed for god ekonomisk hushållning, as most are. */
    public GoalEntry(
        String title, String description, List<IndicatorEntry> indicators, List<GoalEntry> goals) {
      this(title, description, indicators, goals, null, null);
    }
  }

  @Schema(name = "PlanDocumentIndicator")
  public record IndicatorEntry(
      @Schema(example = "Digitalisering") @NotBlank @Size(max = 1000) String title,
      @Schema(nullable = true, example = "elever = barn, ungdomar och vuxenstuderande")
          @Size(max = 16000)
          String description,
      @Schema(nullable = true, example = "[\"NATIONAL\", \"COUNTY\"]") @Size(max = 10)
          List<@NotNull ComparisonLevel> comparisons,
      @Schema(nullable = true, example = "Kommunens ledningsgrupp") @Size(max = 200) String owner,
      @Schema(nullable = true, example = "Nationella prov årskurs 3") @Size(max = 200)
          String source,
      @Schema(nullable = true) @Size(max = 1000)
          List<@Valid @NotNull PointEntry> measurementPoints) {}

  @Schema(name = "PlanDocumentPoint")
  public record PointEntry(
      @Schema(example = "Förskola") @NotBlank @Size(max = 1000) String label,
      @Schema(
              nullable = true,
              example = "Kommunen har minst fyra samverkanstillfällen med följande civilsamhälle:")
          @Size(max = 1000)
          String group,
      @Schema(example = "PERCENT") @NotNull ValueType valueType,
      @Schema(nullable = true, example = "%") @Size(max = 40) String unit,
      @Schema(nullable = true, example = "[\"saknas\", \"delvis\", \"implementerat\"]")
          @Size(max = 50)
          List<@Size(max = 200) String> scale,
      // An inline enum rather than a $ref to Direction: null under allOf fails validation.
      @Schema(
              implementation = String.class,
              enumeration = {"INCREASE", "DECREASE", "EXACT"},
              nullable = true,
              example = "INCREASE")
          Direction direction,
      @Schema(nullable = true, example = "31/12") @Size(max = 200) String measuredAsOf,
      @Schema(nullable = true, description = "At most one per year.") @Size(max = 100)
          List<@Valid @NotNull TargetEntry> targets,
      @Schema(nullable = true, description = "Every follow-up value, in the order recorded.")
          @Size(max = 10000)
          List<@Valid @NotNull EvaluationEntry> evaluations,
      @Schema(
              nullable = true,
              description =
                  "Reference series (riket, the county, groups) with their values; a Kolada"
                      + " series keeps its key figure and area, and a sync refreshes it.")
          @Size(max = 50)
          List<@Valid @NotNull ReferenceSeriesRequest> referenceSeries) {}

  @Schema(
      name = "PlanDocumentTarget",
      description = "A comparator and exactly one of value, referenceYear, previousYear: true.")
  public record TargetEntry(
      @Schema(example = "2024") @NotNull @Min(1900) @Max(2200) Integer year,
      @Schema(example = "GE") @NotNull Comparator comparator,
      @Schema(ref = "Value") JsonNode value,
      @Schema(nullable = true, example = "2023") @Min(1900) @Max(2200) Integer referenceYear,
      @Schema(nullable = true, example = "false") Boolean previousYear,
      @Schema(nullable = true, example = "≥ 2023") @Size(max = 200) String written) {}

  @Schema(name = "PlanDocumentEvaluation")
  public record EvaluationEntry(
      @Schema(example = "2023") @NotNull @Min(1900) @Max(2200) Integer year,
      @Schema(example = "OUTCOME") @NotNull EvaluationKind kind,
      @Schema(example = "2023-12-31") @NotNull LocalDate asOf,
      @Schema(ref = "Value") JsonNode value,
      @Schema(nullable = true, example = "Ej klart sammanställt") @Size(max = 10000) String note,
      @Schema(nullable = true, example = "Helår") @Size(max = 100) String periodLabel,
      @Schema(
              nullable = true,
              example = "APPROVED",
              description =
                  "The approval state, kept on import (an approved value stays approved and"
                      + " locked); omitted: DRAFT.")
          EvaluationState state,
      @Schema(
              nullable = true,
              example = "demo",
              description = "Omitted on import: the document's recordedBy, else \"import\".")
          @Size(max = 200)
          String recordedBy,
      @Schema(
              nullable = true,
              example = "2024-01-15T08:00:00Z",
              description = "Omitted on import: the time of the import.")
          Instant recordedAt) {}

  /** Absent lists mean empty ones. */
  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
