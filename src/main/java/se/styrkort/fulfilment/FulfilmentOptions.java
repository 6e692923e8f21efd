package se.styrkort.fulfilment;

/**
 * What a request asks for.
 *
 * @param basis null means {@link Basis#LATEST}
 * @param approvedOnly count approved entries only, as an official report would
 */
public record FulfilmentOptions(int year, Basis basis, boolean approvedOnly) {

  public FulfilmentOptions {
    basis = basis == null ? Basis.LATEST : basis;
  }

  public static FulfilmentOptions forYear(int year) {
    return new FulfilmentOptions(year, Basis.LATEST, false);
  }
}
