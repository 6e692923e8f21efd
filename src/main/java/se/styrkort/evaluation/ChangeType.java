package se.styrkort.evaluation;

/** What a revision of a follow-up value records. */
public enum ChangeType {
  CREATED,
  UPDATED,
  DELETED
}
