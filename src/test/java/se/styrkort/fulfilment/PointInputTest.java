package se.styrkort.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.fulfilment.Comparator.EQ;
import static se.styrkort.fulfilment.Comparator.GE;
import static se.styrkort.fulfilment.Comparator.GT;
import static se.styrkort.fulfilment.Comparator.LE;
import static se.styrkort.fulfilment.Comparator.LT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs that would make a status a guess are refused before anything is judged. */
class PointInputTest {

  @Test
  void aYesNoTargetOnlyComparesForEquality() {
    TargetSpec atLeastTrue = TargetSpec.literal(2024, GE, Value.bool(true));

    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> point(ValueType.BOOLEAN, atLeastTrue));

    assertEquals("point 1, target 2024: a BOOLEAN target can only use EQ", thrown.getMessage());
    assertFalse(ValueType.BOOLEAN.supports(GE));
    assertTrue(ValueType.BOOLEAN.supports(EQ));
    assertTrue(ValueType.ORDINAL.supports(GT));
  }

  @Test
  void aTargetLevelMustBeOnTheScale() {
    TargetSpec target = TargetSpec.literal(2024, GT, Value.level("helt"));

    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PointInput(
                    1, ValueType.ORDINAL, List.of("saknas", "delvis"), List.of(target), List.of()));

    assertEquals(
        "point 1, target 2024: helt does not fit the point's type ORDINAL and scale [saknas, delvis]",
        thrown.getMessage());
  }

  @Test
  void aRecordedValueMustFitThePoint() {
    Observation level =
        new Observation(
            7, 2024, EvaluationKind.OUTCOME, LocalDate.of(2024, 12, 31), Value.level("ja"), true);

    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PointInput(1, ValueType.PERCENT, List.of(), List.of(), List.of(level)));

    assertEquals(
        "point 1: evaluation 7 holds ja, which does not fit the point's type PERCENT",
        thrown.getMessage());
  }

  @Test
  void aYearHasOneTarget() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            point(
                ValueType.NUMBER,
                TargetSpec.literal(2024, GE, Value.numeric(1)),
                TargetSpec.previousYear(2024, LT)));
  }

  @Test
  void aScaleNeedsDistinctLevels() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PointInput(1, ValueType.ORDINAL, List.of(), List.of(), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PointInput(1, ValueType.ORDINAL, List.of("a", "a"), List.of(), List.of()));
  }

  @Test
  void aTargetHasExactlyOneReference() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TargetSpec(2024, GE, Value.numeric(1), 2023, false));
    assertThrows(IllegalArgumentException.class, () -> new TargetSpec(2024, GE, null, null, false));
    assertThrows(IllegalArgumentException.class, () -> new TargetSpec(2024, GE, null, 2023, true));
    assertEquals(2023, TargetSpec.previousYear(2024, LE).referencedOutcomeYear());
    assertEquals(2021, TargetSpec.outcomeOf(2024, LE, 2021).referencedOutcomeYear());
  }

  @Test
  void numbersAreEqualWhateverTheirScale() {
    assertEquals(Value.numeric("100"), Value.numeric(new BigDecimal("100.000")));
    assertEquals(Value.numeric("100").hashCode(), Value.numeric("1E+2").hashCode());
    assertEquals(new BigDecimal("99.5"), Value.numeric("99.5").plain());
    assertEquals("delvis", Value.level("delvis").plain());
    assertEquals(Boolean.TRUE, Value.bool(true).plain());
  }

  @ParameterizedTest(name = "{0}: {1} vs 0 → {2}")
  @CsvSource({
    "GE, 1, true",
    "GE, 0, true",
    "GE, -1, false",
    "GT, 1, true",
    "GT, 0, false",
    "LE, -1, true",
    "LE, 0, true",
    "LE, 1, false",
    "LT, -1, true",
    "LT, 0, false",
    "EQ, 0, true",
    "EQ, 1, false",
    "EQ, -1, false"
  })
  void comparatorsTestAComparisonResult(Comparator comparator, int comparison, boolean holds) {
    assertEquals(holds, comparator.holds(comparison));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "GE, ≥, INCREASE",
    "GT, >, INCREASE",
    "LE, ≤, DECREASE",
    "LT, <, DECREASE",
    "EQ, =, EXACT"
  })
  void comparatorsHaveASymbolAndADirection(Comparator comparator, String symbol, Direction way) {
    assertEquals(symbol, comparator.symbol());
    assertEquals(way, Direction.of(comparator));
    assertEquals(way, comparator.direction());
  }

  private static PointInput point(ValueType type, TargetSpec... targets) {
    return new PointInput(1, type, List.of(), List.of(targets), List.of());
  }
}
