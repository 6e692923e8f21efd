package se.styrkort.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of an organisation unit. */
@Schema(name = "OrganisationUnitRequest")
public record OrganisationUnitRequest(
    @Schema(
            example = "BUN",
            description =
                "The organisation's own short code for the unit, unique: letters, digits, '.', '-'"
                    + " and '_'.")
        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "must be letters, digits, '.', '-', '_'")
        String code,
    @Schema(example = "Barn- och utbildningsnämnden") @NotBlank @Size(max = 300) String name,
    @Schema(example = "COMMITTEE") @NotNull UnitKind kind,
    @Schema(
            nullable = true,
            example = "1",
            description =
                "The unit above this one; null for a root (the council). Never the unit itself or"
                    + " one beneath it.")
        Long parentId) {}
