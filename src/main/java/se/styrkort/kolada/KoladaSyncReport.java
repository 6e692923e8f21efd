package se.styrkort.kolada;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.reference.ReferenceLevel;

/** What a Kolada sync changed, series by series. */
@Schema(
    name = "KoladaSyncReport",
    description =
        "The outcome of a sync: for each Kolada series, which years were added, revised, unchanged"
            + " or are missing in Kolada. Nothing is written unless every request succeeded.")
public record KoladaSyncReport(
    @Schema(example = "2026-03-01T08:00:00Z") Instant syncedAt,
    @Schema(example = "Källa: Kolada") String credit,
    @Schema(description = "Years, over all series.") Totals totals,
    @Schema(description = "One entry per Kolada series synced, by point, level and label.")
        List<SeriesSync> series) {

  @Schema(name = "KoladaSyncTotals")
  public record Totals(
      @Schema(example = "4") int added,
      @Schema(example = "1") int revised,
      @Schema(example = "2") int unchanged,
      @Schema(example = "1") int missing) {}

  @Schema(name = "KoladaSeriesSync")
  public record SeriesSync(
      @Schema(example = "12") long seriesId,
      @Schema(example = "7") long pointId,
      @Schema(example = "NATIONAL") ReferenceLevel level,
      @Schema(example = "Riket") String label,
      @Schema(example = "N15419") String koladaKpi,
      @Schema(example = "0000") String areaCode,
      @Schema(description = "Years that had no value before and have one now.", example = "[2024]")
          List<Integer> added,
      @Schema(description = "Years whose value Kolada changed; the old one is in the history.")
          List<Revision> revised,
      @Schema(description = "Years whose value is as before.", example = "[2023]")
          List<Integer> unchanged,
      @Schema(
              description = "Years for which Kolada has no value (kept as missing, never 0).",
              example = "[2025, 2026]")
          List<Integer> missing) {}

  @Schema(name = "KoladaRevision")
  public record Revision(
      @Schema(example = "2023") int year,
      @Schema(nullable = true, example = "83.9") BigDecimal from,
      @Schema(nullable = true, example = "84.5") BigDecimal to,
      @Schema(example = "false", description = "Whether the new value is preliminary.")
          boolean preliminary) {}
}
