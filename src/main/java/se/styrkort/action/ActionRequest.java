package se.styrkort.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An action or assignment as a planner writes it: every field, on create and on update. */
@Schema(name = "ActionRequest")
public record ActionRequest(
    @Schema(example = "ASSIGNMENT", description = "Frozen once the plan is adopted.") @NotNull
        ActionKind kind,
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
            example = "[2]",
            description =
                "The goals or focus areas of the action's plan that it serves; one or more.")
        @NotEmpty
        @Size(max = 100)
        List<@NotNull Long> goalIds,
    @Schema(nullable = true, example = "4", description = "The responsible organisation unit.")
        Long responsibleUnitId,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description =
                "The responsible person: a user id as in the sign-in token, or an e-mail address."
                    + " My follow-ups (GET /api/v1/my/follow-ups) matches it.")
        @Size(max = 200)
        String responsiblePerson,
    @Schema(nullable = true, example = "2025-01-01") LocalDate startDate,
    @Schema(nullable = true, example = "2025-12-31", description = "When it is due.")
        LocalDate endDate,
    @Schema(nullable = true, example = "KF 2024-11-25 § 112") @Size(max = 200)
        String decisionReference) {}
