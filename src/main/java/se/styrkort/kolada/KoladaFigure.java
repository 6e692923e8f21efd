package se.styrkort.kolada;

import java.math.BigDecimal;

/**
 * One value Kolada holds: the total (gender T) of a key figure for an area and a year. A null value
 * is a missing figure, never 0.
 */
public record KoladaFigure(
    String kpi, String area, int year, BigDecimal value, boolean preliminary) {

  /** Where in a fetch a figure belongs. */
  public record Key(String kpi, String area, int year) {}

  public Key key() {
    return new Key(kpi, area, year);
  }
}
