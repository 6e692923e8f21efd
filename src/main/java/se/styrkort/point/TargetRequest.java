package se.styrkort.point;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.Comparator;

/** One year's target of a measurement point; the year is in the path. */
@Schema(
    name = "TargetRequest",
    description =
        "A comparator and exactly one reference: a literal value, the outcome of referenceYear,"
            + " or (previousYear: true) the outcome of the year before. A literal must fit the"
            + " point: a number (PERCENT 0–100), a level of its scale, or true/false.")
public record TargetRequest(
    @Schema(
            example = "GE",
            description = "How the value is compared with the reference; a BOOLEAN point only EQ.")
        @NotNull
        Comparator comparator,
    @Schema(ref = "Value") JsonNode value,
    @Schema(
            nullable = true,
            example = "2023",
            description = "The year whose outcome is the target (\"≥ 2023\"); before the target's.")
        @Min(1900)
        @Max(2200)
        Integer referenceYear,
    @Schema(
            nullable = true,
            example = "false",
            description = "true: the outcome of the year before is the target.")
        Boolean previousYear,
    @Schema(
            nullable = true,
            example = "≥ 2023",
            description = "The target as the plan document wrote it.")
        @Size(max = 200)
        String written) {}
