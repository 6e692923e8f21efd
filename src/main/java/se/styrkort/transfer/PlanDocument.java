package se.styrkort.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.action.ActionKind;
import se.styrkort.action.ActionStatus;
import se.styrkort.assessment.AssessmentChange;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.Direction;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.Outlook;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.goal.GoalClass;
import se.styrkort.indicator.ComparisonLevel;
import se.styrkort.period.PeriodState;
import se.styrkort.period.ReportingPeriodRequest;
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
            description = "Not kept on import: an imported plan is always a DRAFT.")
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
                "Not kept on import through the API (the importer is recorded); used by the"
                    + " service's own documents (the demo plan). Export leaves it out.")
        @Size(max = 200)
        String recordedBy,
    @Schema(nullable = true, description = "The focus areas, in order.") @Size(max = 1000)
        List<@Valid @NotNull GoalEntry> focusAreas,
    @Schema(
            nullable = true,
            description =
                "The plan's reporting periods (its calendar), which the assessments name by code."
                    + " Not copied by a revision.")
        @Size(max = 500)
        List<@Valid @NotNull PeriodEntry> reportingPeriods,
    @Schema(nullable = true, description = "The plan's own assessments, one per period at most.")
        @Size(max = 500)
        List<@Valid @NotNull AssessmentEntry> assessments,
    @Schema(
            nullable = true,
            description =
                "The plan's actions and assignments, each naming the goals it serves by their"
                    + " place in this document, with its status reports.")
        @Size(max = 2000)
        List<@Valid @NotNull ActionEntry> actions) {

  /** The format this service writes, and the only one it reads. */
  public static final int FORMAT_VERSION = 1;

  /** A document without a calendar or assessments. */
  public PlanDocument(
      Integer formatVersion,
      ExportedFrom exportedFrom,
      String name,
      String organisation,
      String organisationCode,
      Integer startYear,
      Integer endYear,
      Integer baselineYear,
      PlanStatus status,
      String description,
      FulfilmentRuleView fulfilmentRule,
      String recordedBy,
      List<GoalEntry> focusAreas) {
    this(
        formatVersion,
        exportedFrom,
        name,
        organisation,
        organisationCode,
        startYear,
        endYear,
        baselineYear,
        status,
        description,
        fulfilmentRule,
        recordedBy,
        focusAreas,
        null,
        null,
        null);
  }

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
          Boolean goodFinancialManagement,
      @Schema(nullable = true, description = "Its assessments, one per period at most.")
          @Size(max = 500)
          List<@Valid @NotNull AssessmentEntry> assessments) {

    /** A goal that is not classed for god ekonomisk hushållning, as most are. */
    public GoalEntry(
        String title, String description, List<IndicatorEntry> indicators, List<GoalEntry> goals) {
      this(title, description, indicators, goals, null, null, null);
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
      @Schema(nullable = true) @Size(max = 1000) List<@Valid @NotNull PointEntry> measurementPoints,
      @Schema(nullable = true, description = "Its assessments, one per period at most.")
          @Size(max = 500)
          List<@Valid @NotNull AssessmentEntry> assessments) {

    /** An indicator without assessments. */
    public IndicatorEntry(
        String title,
        String description,
        List<ComparisonLevel> comparisons,
        String owner,
        String source,
        List<PointEntry> measurementPoints) {
      this(title, description, comparisons, owner, source, measurementPoints, null);
    }
  }

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
                  "The approval state; omitted: DRAFT. Kept on import only when the importer"
                      + " holds the role that gives it (SUBMITTED: reporter, APPROVED: approver),"
                      + " else lowered (see POST /api/v1/plans/import).")
          EvaluationState state,
      @Schema(
              nullable = true,
              example = "demo",
              description =
                  "Who recorded the value where it was exported. Not kept on import: the"
                      + " importer is recorded.")
          @Size(max = 200)
          String recordedBy,
      @Schema(
              nullable = true,
              example = "2024-01-15T08:00:00Z",
              description =
                  "When the value was recorded where it was exported. Not kept on import: the"
                      + " time of the import is recorded.")
          Instant recordedAt) {}

  @Schema(
      name = "PlanDocumentReportingPeriod",
      description = "A reporting period as POST /api/v1/plans/{planId}/reporting-periods takes it.")
  public record PeriodEntry(
      @Schema(example = "2024") @NotNull @Min(1900) @Max(2200) Integer year,
      @Schema(example = "2024-DELAR", description = "Unique within the plan.")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_-]*$")
          String code,
      @Schema(example = "Delår 2024") @NotBlank @Size(max = 100) String label,
      @Schema(example = "2024-08-31") @NotNull LocalDate asOf,
      @Schema(example = "2024-09-30") @NotNull LocalDate deadline,
      @Schema(example = "FORECAST") @NotNull EvaluationKind expectedKind,
      @Schema(nullable = true, example = "true", description = "Omitted, false.")
          Boolean expectsAssessments,
      @Schema(nullable = true, example = "true", description = "Omitted, false.")
          Boolean expectsAnalyses,
      @Schema(
              nullable = true,
              example = "CLOSED",
              description =
                  "Omitted: OPEN. Kept CLOSED on import only when the importer may close a period"
                      + " (approver), closed by them at the time of the import; else OPEN.")
          PeriodState state) {

    /** The period as a request to create it. */
    public ReportingPeriodRequest request() {
      return new ReportingPeriodRequest(
          year,
          code,
          label,
          asOf,
          deadline,
          expectedKind,
          Boolean.TRUE.equals(expectsAssessments),
          Boolean.TRUE.equals(expectsAnalyses));
    }
  }

  @Schema(
      name = "PlanDocumentAssessment",
      description = "An assessment of the node it stands under, in the period named by code.")
  public record AssessmentEntry(
      @Schema(example = "2024-HELAR", description = "The code of one of reportingPeriods.")
          @NotBlank
          @Size(max = 32)
          String period,
      @Schema(example = "PARTIALLY_FULFILLED") @NotNull AssessedStatus status,
      @Schema(nullable = true, example = "UNCERTAIN", description = "Only at interim periods.")
          Outlook outlook,
      @Schema(example = "Matematiken förbättras men ligger under riket.")
          @NotBlank
          @Size(max = 4000)
          String motivation,
      @Schema(nullable = true, example = "Analys i förhållande till riket och Örebro län.")
          @Size(max = 20000)
          String analysis,
      @Schema(
              nullable = true,
              example = "APPROVED",
              description =
                  "Omitted: DRAFT. Kept on import only when the importer holds the role that"
                      + " gives it (SUBMITTED: reporter, APPROVED: approver), else lowered.")
          EvaluationState state,
      @Schema(
              nullable = true,
              example = "api-key 5 (Barn- och utbildningsförvaltningen)",
              description = "Who recorded it where it was exported. Not kept on import.")
          @Size(max = 200)
          String recordedBy,
      @Schema(
              nullable = true,
              example = "2025-02-10T08:00:00Z",
              description = "When it was recorded where it was exported. Not kept on import.")
          Instant recordedAt) {

    /** Its fields as PUT /api/v1/assessments/{id} takes them. */
    public AssessmentChange fields() {
      return new AssessmentChange(status, outlook, motivation, analysis);
    }
  }

  @Schema(
      name = "PlanDocumentAction",
      description =
          "An action or assignment of the plan (POST /api/v1/plans/{planId}/actions), its goals"
              + " named by their place in the document, with its status reports per period.")
  public record ActionEntry(
      @Schema(example = "ASSIGNMENT") @NotNull ActionKind kind,
      @Schema(example = "Utred en gemensam modell för föräldrasamverkan i förskolan")
          @NotBlank
          @Size(max = 1000)
          String title,
      @Schema(
              nullable = true,
              example = "Barn- och utbildningsnämnden får i uppdrag att utreda och återrapportera.")
          @Size(max = 16000)
          String description,
      @Schema(
              example = "[\"focusAreas[0]\", \"focusAreas[0].goals[1]\"]",
              description =
                  "The focus areas and goals it serves, each by its place in this document as"
                      + " the import's errors name places (focusAreas[0].goals[1]); one or more.")
          @NotEmpty
          @Size(max = 100)
          List<@NotBlank @Size(max = 200) String> goals,
      @Schema(
              nullable = true,
              example = "BUN",
              description =
                  "The code of the responsible organisation unit. On import a code that names no"
                      + " unit of the installation is left out (said in notes).")
          @Size(max = 40)
          String responsibleUnitCode,
      @Schema(nullable = true, example = "anna.andersson@example.se") @Size(max = 200)
          String responsiblePerson,
      @Schema(nullable = true, example = "2025-01-01") LocalDate startDate,
      @Schema(nullable = true, example = "2025-12-31") LocalDate endDate,
      @Schema(nullable = true, example = "KF 2024-11-25 § 112") @Size(max = 200)
          String decisionReference,
      @Schema(nullable = true, description = "Its status reports, one per period at most.")
          @Size(max = 500)
          List<@Valid @NotNull ActionReportEntry> statusReports) {}

  @Schema(
      name = "PlanDocumentActionStatusReport",
      description = "An action's status in the period named by code.")
  public record ActionReportEntry(
      @Schema(example = "2024-DELAR", description = "The code of one of reportingPeriods.")
          @NotBlank
          @Size(max = 32)
          String period,
      @Schema(example = "STARTED") @NotNull ActionStatus status,
      @Schema(nullable = true, example = "Utredningen pågår; återrapport i oktober.")
          @Size(max = 10000)
          String comment,
      @Schema(
              nullable = true,
              example = "anna.andersson@example.se",
              description = "Who reported it where it was exported. Not kept on import.")
          @Size(max = 200)
          String recordedBy,
      @Schema(
              nullable = true,
              example = "2024-09-20T08:00:00Z",
              description = "When it was reported where it was exported. Not kept on import.")
          Instant recordedAt) {}

  /** Absent lists mean empty ones. */
  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
