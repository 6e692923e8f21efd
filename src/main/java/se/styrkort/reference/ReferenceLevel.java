package se.styrkort.reference;

/** Whom a reference series describes: the nation, the county, or a named group. */
public enum ReferenceLevel {
  NATIONAL,
  COUNTY,
  GROUP
}
