package se.styrkort.indicator;

/** A reference level that an indicator's analysis compares the municipality with. */
public enum ComparisonLevel {
  NATIONAL,
  COUNTY,
  REGION,
  SIMILAR_MUNICIPALITIES
}
