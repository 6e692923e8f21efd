package se.styrkort.followup;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.EvaluationKind;

/** The JSON shapes of a follow-up status report. */
final class FollowUpViews {

  private FollowUpViews() {}

  @Schema(
      name = "FollowUpStatusReport",
      description =
          "Which measurement points with a target in a year still lack a forecast or an outcome"
              + " on a reporting date. The counts cover every such point of the plan, whatever"
              + " the status filter and page; the items are one page of them in plan order.")
  record Report(
      @Schema(example = "1") long planId,
      @Schema(example = "Flerårsplan 2025–2026") String planName,
      @Schema(example = "2024") int year,
      @Schema(description = "The reporting date.", example = "2024-08-31") LocalDate asOf,
      @Schema(
              example = "false",
              description = "True when only APPROVED follow-up values were counted (approvedOnly).")
          boolean approvedOnly,
      Counts counts,
      @Schema(description = "The points of this page, in plan order.", required = true)
          List<PointStatus> items,
      @Schema(
              description = "Absolute URL of the next page, or null on the last page.",
              nullable = true,
              required = true,
              example =
                  "http://localhost:8080/api/v1/plans/1/follow-up-status?asOf=2024-08-31&limit=50&cursor=bzo1MA")
          String next) {}

  @Schema(
      name = "FollowUpStatusCounts",
      description = "How many measurement points with a target in the year are in each status.")
  record Counts(
      @Schema(example = "23") int total,
      @Schema(example = "15") int missing,
      @Schema(example = "6") int forecastOnly,
      @Schema(example = "2") int complete) {}

  @Schema(
      name = "PointFollowUpStatus",
      description =
          "One measurement point's follow-up for the year: what is recorded and the value that"
              + " decides its status (the latest outcome, else the latest forecast).")
  record PointStatus(
      @Schema(example = "1") long measurementPointId,
      @Schema(example = "Förskola") String label,
      @Schema(example = "1") long indicatorId,
      @Schema(example = "Alla elever upplever respektfullt bemötande") String indicatorTitle,
      @Schema(nullable = true, example = "2") Long goalId,
      @Schema(
              nullable = true,
              description = "The goal the indicator serves; null where it serves a focus area.",
              example = "Alla barn och elever ska ges förutsättningar att nå målen")
          String goalTitle,
      @Schema(example = "1") long focusAreaId,
      @Schema(example = "Utbildning") String focusAreaTitle,
      FollowUpStatus status,
      @Schema(description = "A forecast as of the reporting date or earlier is recorded.")
          boolean hasForecast,
      @Schema(description = "An outcome is recorded for the year.") boolean hasOutcome,
      @Schema(nullable = true, example = "17") Long latestEvaluationId,
      @Schema(nullable = true, example = "FORECAST") EvaluationKind latestKind,
      @Schema(nullable = true, example = "2024-08-31") LocalDate latestAsOf) {}
}
