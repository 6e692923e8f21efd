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
    @Schema(
            nullable = true,
            example = "FINANCIAL",
            description = "FINANCIAL or OPERATIONAL; null when the goal is not classed.")
        GoalClass goalClass,
    @Schema(
            example = "false",
            description = "Whether this is one of the goals for god ekonomisk hushållning.")
        boolean goodFinancialManagement,
    @Schema(
            nullable = true,
            example = "3",
            description =
                "The goal of a plan above this one's (the council's) that this goal contributes"
                    + " to; null when none.")
        Long contributesToGoalId,
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

  public static GoalView from(Goal goal) {
    return new GoalView(
        goal.id,
        goal.planId,
        goal.parentId,
        goal.kind,
        goal.title,
        goal.description,
        goal.position,
        goal.goalClass,
        goal.goodFinancialManagement,
        goal.contributesToGoalId,
        goal.version,
        goal.createdAt,
        goal.updatedAt,
        goal.responsibleUnitId,
        goal.responsiblePerson);
  }

  /** The same without the responsible person: what an anonymous reader sees. */
  public GoalView forReader(boolean seesPeople) {
    if (seesPeople || responsiblePerson == null) {
      return this;
    }
    return new GoalView(
        id,
        planId,
        parentId,
        kind,
        title,
        description,
        position,
        goalClass,
        goodFinancialManagement,
        contributesToGoalId,
        version,
        createdAt,
        updatedAt,
        responsibleUnitId,
        null);
  }
}
