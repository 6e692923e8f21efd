package se.styrkort.kolada;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of the municipality's own values from Kolada recorded. */
@Schema(
    name = "KoladaOwnValueImportReport",
    description =
        "The municipality's values (the plan's organisationCode) of the key figure, recorded as"
            + " OUTCOME follow-up values for the years that had none. A recorded outcome is never"
            + " replaced: where Kolada differs, both are listed.")
public record OwnValueImportReport(
    @Schema(example = "7") long pointId,
    @Schema(example = "N15419") String koladaKpi,
    @Schema(example = "1864") String municipalityCode,
    @Schema(example = "Källa: Kolada") String credit,
    @Schema(description = "Years recorded now, each as an OUTCOME dated 31 December.")
        List<Imported> imported,
    @Schema(description = "Years that already had an outcome, left as they were.")
        List<AlreadyRecorded> alreadyRecorded,
    @Schema(description = "Years for which Kolada has no value.", example = "[2025, 2026]")
        List<Integer> missing) {

  @Schema(name = "KoladaImportedOutcome")
  public record Imported(
      @Schema(example = "2024") int year,
      @Schema(example = "21") BigDecimal value,
      @Schema(example = "41") long evaluationId) {}

  @Schema(name = "KoladaAlreadyRecordedOutcome")
  public record AlreadyRecorded(
      @Schema(example = "2023") int year,
      @Schema(nullable = true, example = "17", description = "The latest recorded outcome.")
          BigDecimal recorded,
      @Schema(example = "17") BigDecimal kolada) {}
}
