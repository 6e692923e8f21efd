package se.styrkort.common;

import java.math.BigDecimal;

/** How a stored or fetched decimal is written out. */
public final class Numbers {

  private Numbers() {}

  /** 99.500000 as stored is 99.5; 100.000000 is 100 (never 1E+2); null stays null. */
  public static BigDecimal plain(BigDecimal number) {
    if (number == null) {
      return null;
    }
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
