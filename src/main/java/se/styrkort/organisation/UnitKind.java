package se.styrkort.organisation;

/** What kind of body or part of the organisation a unit is. */
public enum UnitKind {
  /** Kommunfullmäktige, the council: the root of a municipality's tree. */
  COUNCIL,
  /** Kommunstyrelsen, the executive board. */
  EXECUTIVE_BOARD,
  /** A nämnd. */
  COMMITTEE,
  /** A municipal company (kommunalt bolag). */
  COMPANY,
  /** A förvaltning. */
  DEPARTMENT,
  /** Anything below: an enhet, a school, a unit of care. */
  UNIT
}
