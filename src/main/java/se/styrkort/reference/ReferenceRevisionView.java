package se.styrkort.reference;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value a series showed for a year before it was replaced. */
@Schema(name = "ReferenceValueRevision")
public record ReferenceRevisionView(
    @Schema(example = "2023") int year,
    @Schema(nullable = true, example = "83.9", description = "null: it was missing.")
        BigDecimal value,
    @Schema(example = "true") boolean preliminary,
    @Schema(nullable = true, example = "2026-02-01T08:00:00Z") Instant fetchedAt,
    @Schema(example = "2026-03-01T08:00:00Z", description = "When a newer value replaced it.")
        Instant replacedAt) {}
