package se.styrkort.reference;

/** Where a reference series' values come from. */
public enum ReferenceSource {
  MANUAL,
  KOLADA
}
