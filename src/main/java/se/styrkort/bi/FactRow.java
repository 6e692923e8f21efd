package se.styrkort.bi;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One measurement point in one year, flat: where it sits in the plan, its target, baseline,
 * outcome, latest forecast, computed fulfilment and the national and county values beside it. The
 * CSV columns and the OData properties are these components, in this order. Values come twice: as a
 * number (null unless the point is numeric) and as text (numbers, scale levels, true/false).
 */
@Schema(
    name = "BiFact",
    description =
        "One measurement point in one year, flat. Every column is always present; null where it"
            + " does not apply.")
public record FactRow(
    @Schema(example = "1") long planId,
    @Schema(example = "Flerårsplan 2025–2026") String planName,
    @Schema(nullable = true, example = "1864", description = "The municipality code (Kolada, SCB).")
        String organisationCode,
    @Schema(example = "1") long focusAreaId,
    @Schema(example = "1", description = "Dotted position of the focus area in the plan.")
        String focusAreaCode,
    @Schema(example = "Barn och unga") String focusAreaTitle,
    @Schema(nullable = true, example = "2", description = "The goal the indicator serves, if any.")
        Long goalId,
    @Schema(nullable = true, example = "1.1") String goalCode,
    @Schema(nullable = true, example = "Alla barn och elever ska känna sig trygga")
        String goalTitle,
    @Schema(example = "1") long indicatorId,
    @Schema(example = "1.1.1") String indicatorCode,
    @Schema(example = "Alla elever upplever respektfullt bemötande") String indicatorTitle,
    @Schema(example = "1") long pointId,
    @Schema(example = "1.1.1.1") String pointCode,
    @Schema(example = "Förskola") String pointLabel,
    @Schema(nullable = true, example = "Kommunen har minst fyra samverkanstillfällen")
        String pointGroup,
    @Schema(
            example = "PERCENT",
            enumeration = {"PERCENT", "NUMBER", "ORDINAL", "BOOLEAN"})
        String valueType,
    @Schema(nullable = true, example = "%") String unit,
    @Schema(example = "2024") int year,
    @Schema(nullable = true, example = "100 %", description = "The target as the plan wrote it.")
        String targetWritten,
    @Schema(
            nullable = true,
            example = "GE",
            enumeration = {"GE", "GT", "LE", "LT", "EQ"})
        String targetComparator,
    @Schema(
            nullable = true,
            example = "100",
            description = "The resolved target level, where it is a number.")
        BigDecimal targetValue,
    @Schema(
            nullable = true,
            example = "100",
            description = "The resolved target level as text; null where its reference is missing.")
        String targetText,
    @Schema(
            nullable = true,
            example = "2023",
            description = "The year whose outcome the target refers to (\"≥ 2023\").")
        Integer targetReferenceYear,
    @Schema(nullable = true, example = "2023") Integer baselineYear,
    @Schema(nullable = true, example = "99") BigDecimal baselineValue,
    @Schema(nullable = true, example = "99") String baselineText,
    @Schema(nullable = true, example = "99.5") BigDecimal outcomeValue,
    @Schema(nullable = true, example = "99.5") String outcomeText,
    @Schema(nullable = true, example = "2024-12-31") LocalDate outcomeAsOf,
    @Schema(nullable = true, example = "99", description = "The forecast with the latest date.")
        BigDecimal forecastValue,
    @Schema(nullable = true, example = "99") String forecastText,
    @Schema(nullable = true, example = "2024-08-31") LocalDate forecastAsOf,
    @Schema(
            example = "PARTIALLY_FULFILLED",
            enumeration = {
              "FULFILLED",
              "PARTIALLY_FULFILLED",
              "NOT_FULFILLED",
              "NO_DATA",
              "NO_TARGET"
            },
            description = "On basis LATEST: the outcome, else the latest forecast.")
        String status,
    @Schema(nullable = true, example = "no outcome recorded for 2023") String reason,
    @Schema(
            nullable = true,
            example = "0.5",
            description = "(value − baseline) / (target − baseline).")
        Double progress,
    @Schema(
            nullable = true,
            example = "IMPROVED",
            enumeration = {"IMPROVED", "UNCHANGED", "WORSENED"})
        String trend,
    @Schema(nullable = true, example = "97.2", description = "The national (riket) value.")
        BigDecimal nationalValue,
    @Schema(nullable = true, example = "96.8", description = "The county (län) value.")
        BigDecimal countyValue,
    @Schema(
            nullable = true,
            example = "2.3",
            description =
                "outcomeValue − nationalValue, in the point's unit (percentage points for %); null"
                    + " where either is missing.")
        BigDecimal nationalDifference,
    @Schema(
            nullable = true,
            example = "2.7",
            description = "outcomeValue − countyValue; null where either is missing.")
        BigDecimal countyDifference) {}
