package se.styrkort.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.vocabulary.Language;
import se.styrkort.vocabulary.Vocabulary;

/** An action as the API shows it. */
@Schema(name = "Action")
public record ActionView(
    @Schema(readOnly = true, example = "12") long id,
    @Schema(readOnly = true, example = "1") long planId,
    @Schema(example = "ASSIGNMENT") ActionKind kind,
    @Schema(example = "Uppdrag", description = "kind in the language asked for.") String kindText,
    @Schema(example = "Utred en gemensam modell för föräldrasamverkan i förskolan") String title,
    @Schema(
            nullable = true,
            example = "Barn- och utbildningsnämnden får i uppdrag att utreda och återrapportera.")
        String description,
    @Schema(example = "[2]", description = "The goals of the plan it serves, by id.")
        List<Long> goalIds,
    @Schema(nullable = true, example = "4") Long responsibleUnitId,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description = "The responsible person; not shown to anonymous readers of public plans.")
        String responsiblePerson,
    @Schema(nullable = true, example = "2025-01-01") LocalDate startDate,
    @Schema(nullable = true, example = "2025-12-31") LocalDate endDate,
    @Schema(nullable = true, example = "KF 2024-11-25 § 112") String decisionReference,
    @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; the ETag.")
        long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {

  static ActionView from(PlanAction a, Language language, boolean showPerson) {
    return new ActionView(
        a.id,
        a.planId,
        a.kind,
        Vocabulary.text(a.kind, language),
        a.title,
        a.description,
        List.copyOf(new java.util.TreeSet<>(a.goalIds)),
        a.responsibleUnitId,
        showPerson ? a.responsiblePerson : null,
        a.startDate,
        a.endDate,
        a.decisionReference,
        a.version,
        a.createdAt,
        a.updatedAt);
  }

  /** The definition alone, without version and times: what a change compares. */
  ActionView definition() {
    return new ActionView(
        id,
        planId,
        kind,
        kindText,
        title,
        description,
        goalIds,
        responsibleUnitId,
        responsiblePerson,
        startDate,
        endDate,
        decisionReference,
        0,
        null,
        null);
  }
}
