package se.styrkort.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The council's decision that adopts a plan. */
@Schema(name = "PlanAdoptionRequest")
public record PlanAdoptionRequest(
    @Schema(example = "KF § 123") @NotBlank @Size(max = 200) String decisionReference,
    @Schema(example = "2024-11-25") @NotNull LocalDate decisionDate) {}
