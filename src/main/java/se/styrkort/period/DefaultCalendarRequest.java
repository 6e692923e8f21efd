package se.styrkort.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which year takes the default calendar; every year of the plan when none is given. */
@Schema(name = "DefaultCalendarRequest")
public record DefaultCalendarRequest(
    @Schema(
            example = "2024",
            nullable = true,
            description =
                "The year; leave it out for every year from the plan's startYear to its"
                    + " endYear.")
        @Min(1900)
        @Max(2200)
        Integer year) {}
