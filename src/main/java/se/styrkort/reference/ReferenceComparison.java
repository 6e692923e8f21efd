package se.styrkort.reference;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.common.Numbers;

/** One reference series' value for a year, beside the point's own value of that year. */
@Schema(
    name = "ReferenceComparison",
    description =
        "A reference value (riket, the county, a group) for the year, with the difference of the"
            + " point's own value to it.")
public record ReferenceComparison(
    @Schema(example = "12") long seriesId,
    @Schema(example = "NATIONAL") ReferenceLevel level,
    @Schema(example = "Riket") String label,
    @Schema(example = "KOLADA") ReferenceSource source,
    @Schema(nullable = true, example = "Källa: Kolada") String credit,
    @Schema(example = "2024") int year,
    @Schema(nullable = true, example = "71.2", description = "null: missing, never 0.")
        BigDecimal value,
    @Schema(example = "false") boolean preliminary,
    @Schema(
            nullable = true,
            example = "-50.2",
            description =
                "The point's own value less this one, in the point's unit (percentage points for"
                    + " %); null where either is missing or the point is not numeric.")
        BigDecimal difference) {

  /** The series' value for the year beside {@code own} (null when the own value is missing). */
  public static ReferenceComparison of(ReferenceSeriesView series, int year, BigDecimal own) {
    ReferenceSeriesView.Value value =
        series.values().stream().filter(v -> v.year() == year).findFirst().orElse(null);
    BigDecimal reference = value == null ? null : value.value();
    BigDecimal difference =
        own == null || reference == null ? null : Numbers.plain(own.subtract(reference));
    return new ReferenceComparison(
        series.id(),
        series.level(),
        series.label(),
        series.source(),
        series.credit(),
        year,
        reference,
        value != null && value.preliminary(),
        difference);
  }
}
