package se.styrkort.goal;

/** A node of the goal tree: a top-level focus area (utvecklingsområde) or a goal (mål). */
public enum GoalKind {
  FOCUS_AREA,
  GOAL
}
