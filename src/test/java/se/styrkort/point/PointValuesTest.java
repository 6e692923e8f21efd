package se.styrkort.point;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.styrkort.fulfilment.Value;
import se.styrkort.fulfilment.ValueType;

/** The one rule for what a point accepts, shared by targets and follow-up values. */
class PointValuesTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
  private static final List<String> SCALE = List.of("saknas", "delvis", "implementerat");

  @Test
  void eachTypeTakesItsOwnKindOfJson() {
    assertNull(problem(JSON.numberNode(new BigDecimal("99.5")), ValueType.PERCENT));
    assertNull(problem(JSON.numberNode(18), ValueType.NUMBER));
    assertNull(problem(JSON.numberNode(-3), ValueType.NUMBER));
    assertNull(problem(JSON.textNode("delvis"), ValueType.ORDINAL));
    assertNull(problem(JSON.booleanNode(false), ValueType.BOOLEAN));
  }

  @Test
  void aRefusalSaysWhatThePointAccepts() {
    assertEquals(
        "must be a number between 0 and 100", problem(JSON.textNode("99"), ValueType.PERCENT));
    assertEquals(
        "must be a number between 0 and 100", problem(JSON.numberNode(100.5), ValueType.PERCENT));
    assertEquals(
        "must be a number between 0 and 100", problem(JSON.numberNode(-1), ValueType.PERCENT));
    assertEquals("must be a number", problem(JSON.booleanNode(true), ValueType.NUMBER));
    assertEquals(
        "must be one of saknas, delvis, implementerat",
        problem(JSON.textNode("helt"), ValueType.ORDINAL));
    assertEquals(
        "must be one of saknas, delvis, implementerat",
        problem(JSON.numberNode(1), ValueType.ORDINAL));
    assertEquals("must be true or false", problem(JSON.textNode("true"), ValueType.BOOLEAN));
    assertEquals("must be a number", problem(JSON.arrayNode().add(1), ValueType.NUMBER));
  }

  @Test
  void numbersMustBeFiniteAndFitTheColumn() {
    assertEquals("must be a number", problem(JSON.numberNode(Double.NaN), ValueType.NUMBER));
    assertEquals(
        "must be a number", problem(JSON.numberNode(Double.POSITIVE_INFINITY), ValueType.NUMBER));
    assertEquals(
        "must have at most 6 decimals",
        problem(JSON.numberNode(new BigDecimal("1.0000001")), ValueType.NUMBER));
    assertNull(problem(JSON.numberNode(new BigDecimal("1.5000000")), ValueType.NUMBER));
    assertEquals(
        "must be less than 10^18 in magnitude",
        problem(JSON.numberNode(new BigDecimal("1E18")), ValueType.NUMBER));
  }

  @Test
  void absenceIsNotAProblemOfTheValue() {
    assertTrue(PointValues.isAbsent(null));
    assertTrue(PointValues.isAbsent(JSON.nullNode()));
    assertNull(problem(JSON.nullNode(), ValueType.PERCENT));
    assertNull(PointValues.toValue(JSON.nullNode()));
  }

  @Test
  void jsonBecomesTheDomainValue() {
    assertEquals(
        Value.numeric("99.5"), PointValues.toValue(JSON.numberNode(new BigDecimal("99.50"))));
    assertEquals(Value.level("delvis"), PointValues.toValue(JSON.textNode("delvis")));
    assertEquals(Value.bool(true), PointValues.toValue(JSON.booleanNode(true)));
  }

  private static String problem(JsonNode node, ValueType type) {
    return PointValues.problemWith(node, type, SCALE);
  }
}
