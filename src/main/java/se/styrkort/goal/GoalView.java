package se.styrkort.goal;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A focus area or goal as the API shows it: one node of the plan's tree, with its parent. */
@Schema(name = "Goal")
public record GoalView(
    @Schema(readOnly = true, example = "2") long id,
    @Schema(readOnly = true, example = "1") long planId,
    @Schema(
            nullable = true,
            example = "1",
            description = "The focus area or goal this goal hangs under; null for a focus area.")
        Long parentId,
    @Schema(example = "GOAL") GoalKind kind,
    @Schema(
            example =
                "Vår hemsida är användarvänlig för medborgarna samt fylls med relevant information"
                    + " från alla verksamheter")
        String title,
    @Schema(
            nullable = true,
            example = "är ett utvecklingsområde som främjar demokrati, service och samverkan.")
        String description,
    @Schema(example = "2", description = "Order among siblings, lowest first.") int position,
    @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; the ETag.")
        long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {

  public static GoalView from(Goal goal) {
    return new GoalView(
        goal.id,
        goal.planId,
        goal.parentId,
        goal.kind,
        goal.title,
        goal.description,
        goal.position,
        goal.version,
        goal.createdAt,
        goal.updatedAt);
  }
}
