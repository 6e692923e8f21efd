package se.styrkort.followup;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.period.PeriodFollowUpStatus;
import se.styrkort.period.PeriodState;

/** The JSON shapes of a reporting period's follow-up status. */
final class PeriodFollowUpViews {

  private PeriodFollowUpViews() {}

  /** What an item of the follow-up is. */
  @Schema(
      name = "FollowUpItemKind",
      description =
          "VALUE: the follow-up value a measurement point with a target owes the period (the"
              + " kind the period expects); ASSESSMENT: a goal's or indicator's assessment;"
              + " ANALYSIS: the analysis text of that assessment.")
  enum ItemKind {
    VALUE,
    ASSESSMENT,
    ANALYSIS
  }

  /** What an item is about. */
  @Schema(name = "FollowUpSubject", description = "What the item is about.")
  enum Subject {
    MEASUREMENT_POINT,
    GOAL,
    INDICATOR
  }

  @Schema(
      name = "PeriodFollowUpReport",
      description =
          "What a reporting period expects of each measurement point, goal and indicator, and"
              + " how far each has come: missing, draft, submitted, approved, and overdue past"
              + " the deadline. Counts at the top cover every item, whatever the filter.")
  record Report(
      @Schema(example = "1") long planId,
      @Schema(example = "3") long periodId,
      @Schema(example = "2024-HELAR") String periodCode,
      @Schema(example = "Helår 2024") String periodLabel,
      @Schema(example = "2024-12-31") LocalDate asOf,
      @Schema(example = "2025-02-15") LocalDate deadline,
      @Schema(example = "OPEN") PeriodState state,
      @Schema(
              example = "2025-02-20",
              description = "The day the report was made; items are overdue after the deadline.")
          LocalDate today,
      Counts counts,
      @Schema(description = "Every item in plan order.", required = true) List<Item> items) {}

  @Schema(name = "PeriodFollowUpCounts")
  record Counts(
      @Schema(example = "40") int total,
      @Schema(example = "5") int missing,
      @Schema(example = "3") int draft,
      @Schema(example = "10") int submitted,
      @Schema(example = "22") int approved,
      @Schema(example = "8", description = "Missing or draft after the deadline.") int overdue) {}

  @Schema(name = "PeriodFollowUpItem")
  record Item(
      @Schema(example = "VALUE") ItemKind item,
      @Schema(example = "MEASUREMENT_POINT") Subject subject,
      @Schema(example = "1") long subjectId,
      @Schema(example = "Förskola") String title,
      @Schema(example = "MISSING") PeriodFollowUpStatus status,
      @Schema(example = "Saknas", description = "status in the language asked for.")
          String statusText,
      @Schema(example = "true") boolean overdue,
      @Schema(
              nullable = true,
              example = "17",
              description = "The follow-up value or assessment, where one is recorded.")
          Long recordId) {}
}
