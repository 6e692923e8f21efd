package se.styrkort.evaluation;

/** What a revision of a follow-up value records: a change of content or of approval state. */
public enum ChangeType {
  CREATED,
  UPDATED,
  DELETED,
  SUBMITTED,
  APPROVED,
  REOPENED
}
