package se.styrkort.followup;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.period.PeriodFollowUpStatus;

/** The JSON shapes of "my follow-ups". */
final class MyFollowUpViews {

  private MyFollowUpViews() {}

  /** What an item of my follow-ups is. */
  @Schema(
      name = "MyFollowUpItemKind",
      description =
          "VALUE, ASSESSMENT, ANALYSIS as in a period's follow-up status; ACTION_STATUS: the"
              + " status report an action owes the period (an action that has started by the"
              + " period's date and not ended before its year).")
  enum ItemKind {
    VALUE,
    ASSESSMENT,
    ANALYSIS,
    ACTION_STATUS
  }

  /** What an item is about. */
  @Schema(name = "MyFollowUpSubject", description = "What the item is about.")
  enum Subject {
    MEASUREMENT_POINT,
    GOAL,
    INDICATOR,
    ACTION
  }

  /** Why an item is the caller's. */
  @Schema(
      name = "MyFollowUpReason",
      description =
          "RESPONSIBLE: the caller is the responsible person of the item's subject (or of the"
              + " node above it, where the subject names none) and it is missing or a draft;"
              + " APPROVAL: it was submitted and waits for an approver (the caller is one).")
  enum Reason {
    RESPONSIBLE,
    APPROVAL
  }

  @Schema(
      name = "MyFollowUps",
      description =
          "What is due or overdue for the caller in the open reporting periods whose date has"
              + " passed, across every plan the caller may read: values, assessments, analyses"
              + " and action status reports the caller is responsible for, and, for approvers,"
              + " what waits for approval. Counts at the top.")
  record Report(
      @Schema(example = "2025-02-20", description = "The day the list was made.") LocalDate today,
      @Schema(
              example = "[\"anna.andersson@example.se\"]",
              description =
                  "Who the caller was matched as (lower case): a token's user id, subject,"
                      + " preferred user name and e-mail, or the person an API key acts for.")
          List<String> matchedAs,
      Counts counts,
      @Schema(description = "By deadline, then plan order.") List<Item> items) {}

  @Schema(name = "MyFollowUpCounts")
  record Counts(
      @Schema(example = "7") int total,
      @Schema(example = "4", description = "Missing, the caller responsible.") int missing,
      @Schema(example = "1", description = "Drafts, the caller responsible.") int draft,
      @Schema(example = "3", description = "Missing or draft after the deadline.") int overdue,
      @Schema(example = "2", description = "Submitted, waiting for an approver.")
          int awaitingApproval) {}

  @Schema(name = "MyFollowUpItem")
  record Item(
      @Schema(example = "RESPONSIBLE") Reason reason,
      @Schema(example = "7") long planId,
      @Schema(example = "Barn- och utbildningsnämndens plan 2025") String planName,
      @Schema(example = "5") long periodId,
      @Schema(example = "2025-DELAR") String periodCode,
      @Schema(example = "2025-09-15") LocalDate deadline,
      @Schema(example = "VALUE") ItemKind item,
      @Schema(example = "MEASUREMENT_POINT") Subject subject,
      @Schema(example = "12") long subjectId,
      @Schema(example = "Förskola") String title,
      @Schema(example = "MISSING") PeriodFollowUpStatus status,
      @Schema(example = "Saknas", description = "status in the language asked for.")
          String statusText,
      @Schema(example = "true") boolean overdue,
      @Schema(
              nullable = true,
              example = "17",
              description =
                  "The follow-up value, assessment or status report, where one is recorded.")
          Long recordId) {}
}
