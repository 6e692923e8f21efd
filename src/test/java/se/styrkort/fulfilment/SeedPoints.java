package se.styrkort.fulfilment;

import static se.styrkort.fulfilment.Comparator.EQ;
import static se.styrkort.fulfilment.Comparator.GE;
import static se.styrkort.fulfilment.Comparator.GT;
import static se.styrkort.fulfilment.Comparator.LE;
import static se.styrkort.fulfilment.Comparator.LT;
import static se.styrkort.fulfilment.PointBuilder.number;
import static se.styrkort.fulfilment.PointBuilder.ordinal;
import static se.styrkort.fulfilment.PointBuilder.percent;
import static se.styrkort.fulfilment.PointBuilder.yesNo;

import java.util.List;
import java.util.function.Supplier;

/**
 * The 23 measurement points of the demo plan (Ljusnarsbergs kommun, indicators 2024), each with its
 * 2023 baseline and 2024 target as the seed README reads them. Every call gives a fresh builder, so
 * a test adds its own 2024 values.
 */
final class SeedPoints {

  /** The plan's baseline year, and the year whose targets the document sets. */
  static final int BASELINE_YEAR = 2023;

  static final int YEAR = 2024;

  static final PlanContext PLAN = new PlanContext(BASELINE_YEAR, FulfilmentRule.DEFAULT);

  private SeedPoints() {}

  static PointBuilder forskola() {
    return percent("Förskola").id(1).outcome(2023, "99").target(YEAR, GE, "100").asRow();
  }

  static PointBuilder grundskola() {
    return percent("Grundskola/särskola").id(2).outcome(2023, "81").target(YEAR, GE, "100").asRow();
  }

  static PointBuilder vuxenutbildningen() {
    return percent("Vuxenutbildningen").id(3).outcome(2023, "74").target(YEAR, GE, "100").asRow();
  }

  static PointBuilder ledningsgruppen() {
    return number("Ledningsgruppen i minst två regionala nätverk")
        .id(4)
        .outcome(2023, "18")
        .target(YEAR, GE, "18")
        .asRow();
  }

  static PointBuilder kommunbygderad() {
    return number("Kommunbygderåd").id(5).outcome(2023, "4").target(YEAR, GE, "4").asRow();
  }

  static PointBuilder foreningstraffar() {
    return number("Föreningsträffar").id(6).outcome(2023, "4").target(YEAR, GE, "4").asRow();
  }

  static PointBuilder naringslivet() {
    return number("Näringslivet").id(7).outcome(2023, "5").target(YEAR, GE, "5").asRow();
  }

  static PointBuilder eTjanster() {
    return number("Minst två interna e-tjänster införs")
        .id(8)
        .outcome(2023, "3")
        .target(YEAR, GE, "5")
        .asRow();
  }

  static PointBuilder hemsida() {
    return ordinal("Användarvänlig hemsida", "saknas", "delvis", "helt")
        .id(9)
        .outcome(2023, "delvis")
        .target(YEAR, GT, "delvis")
        .asRow();
  }

  static PointBuilder digitalaAvslutningssamtal() {
    return ordinal("Digitaliserade avslutningssamtal", "saknas", "delvis", "implementerat")
        .id(10)
        .outcome(2023, "saknas")
        .target(YEAR, GE, "implementerat")
        .asRow();
  }

  static PointBuilder matematik() {
    return percent("Matematik").id(11).outcome(2023, "17").targetOutcomeOf(YEAR, GE, 2023).asRow();
  }

  static PointBuilder svenska() {
    return percent("Svenska").id(12).outcome(2023, "29").targetOutcomeOf(YEAR, GE, 2023).asRow();
  }

  static PointBuilder grundlaggandeNiva() {
    return percent("Grundläggande nivå")
        .id(13)
        .outcome(2023, "37")
        .targetOutcomeOf(YEAR, GE, 2023)
        .asRow();
  }

  static PointBuilder gymnasialNiva() {
    return percent("Gymnasial nivå")
        .id(14)
        .outcome(2023, "48")
        .targetOutcomeOf(YEAR, GE, 2023)
        .asRow();
  }

  static PointBuilder infopoint() {
    return number("Utbildningsinsats för alla Infopoint")
        .id(15)
        .outcome(2023, "0")
        .target(YEAR, GE, "1")
        .asRow();
  }

  static PointBuilder annonsorer() {
    return number("Annonsörer i turistbroschyren Bergslagen")
        .id(16)
        .outcome(2023, "3")
        .target(YEAR, GE, "3")
        .asRow();
  }

  static PointBuilder ungForetagsamhet() {
    return number("Aktiviteter kopplade till Ung Företagsamhet")
        .id(17)
        .outcome(2023, "0")
        .targetOutcomeOf(YEAR, GE, 2023)
        .asRow();
  }

  static PointBuilder ungtArrangorskap() {
    return number("Aktiviteter kopplade till Ungt arrangörskap")
        .id(18)
        .outcome(2023, "2")
        .targetOutcomeOf(YEAR, GE, 2023)
        .asRow();
  }

  /** 2023 not known yet when the plan was written ("31/12 X %"). */
  static PointBuilder personalomsattning() {
    return percent("Personalomsättningen").id(19).targetOutcomeOf(YEAR, LE, 2023).asRow();
  }

  /** 2023 = no, with the note "Ej klart sammanställt". */
  static PointBuilder avslutningssamtalSammanstalls() {
    return yesNo("Avslutningssamtalen sammanställs och analyseras")
        .id(20)
        .outcome(2023, "false")
        .target(YEAR, EQ, "true")
        .asRow();
  }

  /** 2023 not known yet ("31/12 X kWh"). */
  static PointBuilder energiforbrukning() {
    return number("Energiförbrukningen i kommunala fastigheter")
        .id(21)
        .targetPreviousYear(YEAR, LT)
        .asRow();
  }

  /** 2023 not known yet ("31/12 X kWh"). */
  static PointBuilder kyrkbacksskolan() {
    return number("Kyrkbacksskolans elförbrukning").id(22).targetPreviousYear(YEAR, LT).asRow();
  }

  /** Followed up at the interim report (31 Aug) and at full year. */
  static PointBuilder positivtResultat() {
    return yesNo("Positivt resultat på del- och helår")
        .id(23)
        .outcome(2023, "true")
        .target(YEAR, EQ, "true")
        .asRow();
  }

  static List<Supplier<PointBuilder>> all() {
    return List.of(
        SeedPoints::forskola,
        SeedPoints::grundskola,
        SeedPoints::vuxenutbildningen,
        SeedPoints::ledningsgruppen,
        SeedPoints::kommunbygderad,
        SeedPoints::foreningstraffar,
        SeedPoints::naringslivet,
        SeedPoints::eTjanster,
        SeedPoints::hemsida,
        SeedPoints::digitalaAvslutningssamtal,
        SeedPoints::matematik,
        SeedPoints::svenska,
        SeedPoints::grundlaggandeNiva,
        SeedPoints::gymnasialNiva,
        SeedPoints::infopoint,
        SeedPoints::annonsorer,
        SeedPoints::ungForetagsamhet,
        SeedPoints::ungtArrangorskap,
        SeedPoints::personalomsattning,
        SeedPoints::avslutningssamtalSammanstalls,
        SeedPoints::energiforbrukning,
        SeedPoints::kyrkbacksskolan,
        SeedPoints::positivtResultat);
  }
}
