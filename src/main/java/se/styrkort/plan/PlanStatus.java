package se.styrkort.plan;

/** Where a plan is in its life: drafted, adopted by the council, or replaced. */
public enum PlanStatus {
  DRAFT,
  ADOPTED,
  ARCHIVED
}
