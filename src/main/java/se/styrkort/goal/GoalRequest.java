package se.styrkort.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a focus area or goal, for creating one or replacing its fields. */
@Schema(name = "GoalRequest")
public record GoalRequest(
    @Schema(
            example = "GOAL",
            description =
                "FOCUS_AREA (top level, no parent) or GOAL (under a focus area or another goal)."
                    + " Fixed once created: an update must repeat it.")
        @NotNull
        GoalKind kind,
    @Schema(
            nullable = true,
            example = "1",
            description =
                "Required for a GOAL: a focus area or goal of the same plan (never the goal itself"
                    + " or one of its sub-goals). Must be null for a FOCUS_AREA.")
        Long parentId,
    @Schema(
            example =
                "Vår hemsida är användarvänlig för medborgarna samt fylls med relevant information"
                    + " från alla verksamheter")
        @NotBlank
        @Size(max = 1000)
        String title,
    // TEXT holds 65,535 bytes; 16,000 characters fit even at four bytes each.
    @Schema(
            nullable = true,
            example = "är ett utvecklingsområde som främjar demokrati, service och samverkan.")
        @Size(max = 16000)
        String description,
    @Schema(
            nullable = true,
            example = "2",
            description =
                "Order among siblings, lowest first (ties by id). Omitted: last among its siblings"
                    + " when created or moved, unchanged otherwise.")
        @Min(0)
        @Max(1_000_000)
        Integer position,
    @Schema(
            nullable = true,
            example = "FINANCIAL",
            description =
                "FINANCIAL or OPERATIONAL, for the goals of god ekonomisk hushållning; omitted,"
                    + " none.")
        GoalClass goalClass,
    @Schema(
            nullable = true,
            example = "true",
            description =
                "Whether this is one of the plan's goals for god ekonomisk hushållning"
                    + " (Kommunallagen 11 kap), evaluated in the annual report; omitted, false.")
        Boolean goodFinancialManagement,
    @Schema(
            nullable = true,
            example = "3",
            description =
                "A focus area or goal of an adopted plan of an organisation unit above this plan's"
                    + " (a committee goal beneath the council's) that this goal contributes to;"
                    + " omitted, none. A revision of this plan keeps the link; when a revision"
                    + " replaces the other plan, the link moves to the goal at the same place in it.")
        Long contributesToGoalId,
    @Schema(
            nullable = true,
            example = "4",
            description =
                "The responsible organisation unit; omitted, none (the node above answers).")
        Long responsibleUnitId,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description =
                "The responsible person: a user id as the sign-in token carries it, or an e-mail;"
                    + " omitted, none (the node above answers). My follow-ups matches it.")
        @Size(max = 200)
        String responsiblePerson) {

  /** A goal without a class, as most are. */
  public GoalRequest(
      GoalKind kind, Long parentId, String title, String description, Integer position) {
    this(kind, parentId, title, description, position, null, null, null, null, null);
  }
}
