package se.styrkort.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One enum value with its words: a row of the table BI joins its codes to. */
@Schema(name = "VocabularyEntry")
public record VocabularyEntry(
    @Schema(example = "FulfilmentStatus", description = "The enum's name in the contract.")
        String type,
    @Schema(example = "PARTIALLY_FULFILLED", description = "The value as the API sends it.")
        String value,
    @Schema(example = "Delvis uppfyllt") String sv,
    @Schema(example = "Partially fulfilled") String en) {}
