package se.styrkort.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of an indicator, for creating one or replacing its fields. */
@Schema(name = "IndicatorRequest")
public record IndicatorRequest(
    @Schema(
            nullable = true,
            example = "2",
            description =
                "On update: moves the indicator to this goal of the same plan; omitted, it stays."
                    + " On creation the path names the goal, and this may only repeat it.")
        Long goalId,
    @Schema(example = "Digitalisering") @NotBlank @Size(max = 1000) String title,
    // TEXT holds 65,535 bytes; 16,000 characters fit even at four bytes each.
    @Schema(nullable = true, example = "elever = barn, ungdomar och vuxenstuderande")
        @Size(max = 16000)
        String description,
    @Schema(
            nullable = true,
            example = "3",
            description =
                "Order among the goal's indicators, lowest first (ties by id). Omitted: last when"
                    + " created or moved, unchanged otherwise.")
        @Min(0)
        @Max(1_000_000)
        Integer position,
    @Schema(
            nullable = true,
            example = "[\"NATIONAL\", \"COUNTY\"]",
            description =
                "Reference levels to show beside the values; omitted, none. A repeated"
                    + " level counts once.")
        List<ComparisonLevel> comparisons,
    @Schema(nullable = true, example = "Kommunens ledningsgrupp") @Size(max = 200) String owner,
    @Schema(nullable = true, example = "Nationella prov årskurs 3") @Size(max = 200) String source,
    @Schema(
            nullable = true,
            example = "4",
            description =
                "The responsible organisation unit; omitted, none (the node above answers).")
        Long responsibleUnitId,
    @Schema(
            nullable = true,
            example = "anna.andersson@example.se",
            description =
                "The responsible person: a user id as the sign-in token carries it, or an e-mail;"
                    + " omitted, none (the node above answers). My follow-ups matches it.")
        @Size(max = 200)
        String responsiblePerson) {}
