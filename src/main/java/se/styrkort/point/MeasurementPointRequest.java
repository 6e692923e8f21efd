package se.styrkort.point;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkort.fulfilment.Direction;
import se.styrkort.fulfilment.ValueType;

/**
 * The definition of a measurement point, for creating one (optionally with its targets) or
 * replacing its definition.
 */
@Schema(name = "MeasurementPointRequest")
public record MeasurementPointRequest(
    @Schema(example = "Förskola") @NotBlank @Size(max = 1000) String label,
    @Schema(
            nullable = true,
            example = "Kommunen har minst fyra samverkanstillfällen med följande civilsamhälle:",
            description = "A sub-heading that rows of the indicator share.")
        @Size(max = 1000)
        String group,
    @Schema(
            nullable = true,
            example = "1",
            description =
                "Order among the indicator's rows. Omitted on creation: after the last row;"
                    + " omitted on replacement: unchanged.")
        @Min(0)
        @Max(1_000_000)
        Integer position,
    @Schema(example = "PERCENT") @NotNull ValueType valueType,
    @Schema(nullable = true, example = "%") @Size(max = 40) String unit,
    @Schema(
            nullable = true,
            example = "[\"saknas\", \"delvis\", \"implementerat\"]",
            description =
                "The levels of an ORDINAL point, lowest first: at least two distinct ones."
                    + " Empty or absent for other types.")
        @Size(max = 50)
        List<@Size(max = 200) String> scale,
    // An inline enum rather than a $ref to Direction: null under allOf fails validation.
    @Schema(
            implementation = String.class,
            enumeration = {"INCREASE", "DECREASE", "EXACT"},
            nullable = true,
            example = "INCREASE",
            description =
                "Which way is better. Omitted, it follows from the comparator of the latest"
                    + " target (GE/GT: INCREASE, LE/LT: DECREASE, EQ: EXACT).")
        Direction direction,
    @Schema(
            nullable = true,
            example = "31/12",
            description = "When the value is measured, as the document notes it.")
        @Size(max = 200)
        String measuredAsOf,
    @Schema(
            nullable = true,
            description =
                "Targets created with the point (POST only). A replacement (PUT) leaves the"
                    + " targets alone and refuses this field: change them one year at a time at"
                    + " /measurement-points/{pointId}/targets/{year}.")
        @Size(max = 100)
        List<YearTargetRequest> targets,
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
