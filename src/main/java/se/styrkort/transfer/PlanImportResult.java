package se.styrkort.transfer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import wrote: the new plan's id and how many of each part it holds. */
@Schema(name = "PlanImport")
public record PlanImportResult(
    @Schema(example = "2", description = "The new plan; Location names it.") long planId,
    @JsonIgnore @Schema(hidden = true) long planVersion,
    @Schema(example = "5") int focusAreas,
    @Schema(example = "12") int goals,
    @Schema(example = "10") int indicators,
    @Schema(example = "23") int measurementPoints,
    @Schema(example = "23") int targets,
    @Schema(example = "23") int evaluations) {}
