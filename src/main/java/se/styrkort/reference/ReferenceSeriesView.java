package se.styrkort.reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference series with its values, as the API shows it. */
@Schema(
    name = "ReferenceSeries",
    description = "Reference values beside the point's own, by year, with their source.")
public record ReferenceSeriesView(
    @Schema(readOnly = true, example = "12") long id,
    @Schema(readOnly = true, example = "7") long pointId,
    @Schema(example = "NATIONAL") ReferenceLevel level,
    @Schema(example = "Riket") String label,
    @Schema(example = "KOLADA") ReferenceSource source,
    @Schema(nullable = true, example = "N15419") String koladaKpi,
    @Schema(nullable = true, example = "0000") String areaCode,
    @Schema(
            nullable = true,
            example = "Källa: Kolada",
            description = "The credit to show with the values; set for Kolada series.")
        String credit,
    List<Value> values,
    @Schema(readOnly = true, example = "0", description = "The series' version: its ETag.")
        long version) {

  public static final String KOLADA_CREDIT = "Källa: Kolada";

  /** One year's value; value null means missing. */
  @Schema(name = "ReferenceValue")
  public record Value(
      @Schema(example = "2023") int year,
      @Schema(nullable = true, example = "84.5", description = "null: missing, never 0.")
          BigDecimal value,
      @Schema(example = "false") boolean preliminary,
      @Schema(
              nullable = true,
              example = "2026-03-01T08:00:00Z",
              description = "When it was fetched from its source; null if entered by hand.")
          Instant fetchedAt) {}
}
