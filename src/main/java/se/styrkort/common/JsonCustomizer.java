package se.styrkort.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Strict input, exact output: a string is not silently taken for a number or a boolean, nor a
 * number for a date (a client's type error is reported, not guessed at), a key is given once, and
 * decimals are written as 99.5, never 9.95E+1.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    // {"value":5,"value":12}: which one did the client mean? Refused, naming the field.
    mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    // No unpaired surrogate in any text, no decimal of absurd size (StrictText).
    mapper.registerModule(StrictText.module());
    refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float);
    refuse(mapper, LogicalType.Integer, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
    refuse(
        mapper,
        LogicalType.Boolean,
        CoercionInputShape.String,
        CoercionInputShape.Integer,
        CoercionInputShape.Float);
    refuse(
        mapper,
        LogicalType.Textual,
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer);
    // A date is "2024-12-31": a lenient reader takes 42 for the 42nd day after 1970-01-01.
    mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
  }

  private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
