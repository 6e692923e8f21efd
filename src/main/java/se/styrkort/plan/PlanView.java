package se.styrkort.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan as the API shows it. */
@Schema(name = "Plan")
public record PlanView(
    @Schema(readOnly = true, example = "1") long id,
    @Schema(example = "Flerårsplan 2025–2026") String name,
    @Schema(example = "Ljusnarsbergs kommun") String organisation,
    @Schema(nullable = true, example = "1864", description = "Municipality code (Kolada, SCB).")
        String organisationCode,
    @Schema(
            nullable = true,
            example = "1",
            description = "The organisation unit the plan belongs to; null when none is set.")
        Long organisationUnitId,
    @Schema(example = "2024") int startYear,
    @Schema(example = "2026") int endYear,
    @Schema(
            nullable = true,
            example = "2023",
            description = "The year whose outcomes are the baseline of every measurement point.")
        Integer baselineYear,
    @Schema(example = "ADOPTED") PlanStatus status,
    @Schema(nullable = true, example = "Indikatorer 2024 till flerårsplan 2025–2026.")
        String description,
    FulfilmentRuleView fulfilmentRule,
    @JsonProperty("public")
        @Schema(
            name = "public",
            readOnly = true,
            example = "true",
            description =
                "Whether anyone may read the plan without signing in, once it is ADOPTED (a"
                    + " draft never). Set with PUT /api/v1/plans/{planId}/visibility.")
        boolean isPublic,
    @Schema(
            readOnly = true,
            nullable = true,
            example = "KF § 123",
            description = "The council's decision that adopted the plan.")
        String decisionReference,
    @Schema(readOnly = true, nullable = true, example = "2024-11-25") LocalDate decisionDate,
    @Schema(readOnly = true, nullable = true) Instant adoptedAt,
    @Schema(readOnly = true, nullable = true) Instant archivedAt,
    @Schema(
            readOnly = true,
            nullable = true,
            example = "1",
            description = "The adopted plan this one revises; adopting this one archives it.")
        Long predecessorId,
    @Schema(readOnly = true, example = "1", description = "Optimistic-lock version; the ETag.")
        long version,
    @Schema(readOnly = true) Instant createdAt,
    @Schema(readOnly = true) Instant updatedAt) {

  public static PlanView from(Plan plan) {
    return new PlanView(
        plan.id,
        plan.name,
        plan.organisation,
        plan.organisationCode,
        plan.organisationUnitId,
        plan.startYear,
        plan.endYear,
        plan.baselineYear,
        plan.status,
        plan.description,
        FulfilmentRuleView.from(plan),
        plan.publicRead,
        plan.decisionReference,
        plan.decisionDate,
        plan.adoptedAt,
        plan.archivedAt,
        plan.predecessorId,
        plan.version,
        plan.createdAt,
        plan.updatedAt);
  }
}
