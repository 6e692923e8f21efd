package se.styrkort.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an approved follow-up value is opened for correction again; kept in its history. */
@Schema(name = "ReopeningRequest")
public record ReopeningRequest(
    @Schema(
            example = "Utfallet för Förskola räknades om efter ny statistik från SCB",
            description = "Why the approved value must change; shown in its history.")
        @NotBlank
        @Size(max = 2000)
        String reason) {}
