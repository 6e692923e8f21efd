package se.styrkort.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a plan, for creating one or replacing its fields. */
@Schema(name = "PlanRequest")
public record PlanRequest(
    @Schema(example = "Flerårsplan 2025–2026") @NotBlank @Size(max = 300) String name,
    @Schema(example = "Ljusnarsbergs kommun") @NotBlank @Size(max = 300) String organisation,
    @Schema(nullable = true, example = "1864") @Size(max = 20) String organisationCode,
    @Schema(
            nullable = true,
            example = "1",
            description =
                "The organisation unit the plan belongs to (GET /api/v1/organisation-units);"
                    + " omitted, none.")
        Long organisationUnitId,
    @Schema(example = "2024") @NotNull @Min(1900) @Max(2200) Integer startYear,
    @Schema(example = "2026") @NotNull @Min(1900) @Max(2200) Integer endYear,
    @Schema(nullable = true, example = "2023") @Min(1900) @Max(2200) Integer baselineYear,
    @Schema(
            nullable = true,
            example = "DRAFT",
            description = "Omitted on creation, a plan starts as DRAFT.")
        PlanStatus status,
    @Schema(nullable = true, example = "Indikatorer 2024 till flerårsplan 2025–2026.")
        @Size(max = 20000)
        String description,
    @Schema(nullable = true, description = "Omitted, the default rule applies.") @Valid
        FulfilmentRuleView fulfilmentRule) {}
