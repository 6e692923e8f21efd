package se.styrkort.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * What every text and number of a JSON body must be before any code sees it, checked in one place
 * (the deserializers of {@code String}, {@code BigDecimal} and {@code JsonNode}):
 *
 * <ul>
 *   <li>no unpaired UTF-16 surrogate ({@code "\ud800"}): it is no character, MariaDB's utf8mb4
 *       would store {@code ?} in its place, and the answer would then differ from what is stored;
 *   <li>no decimal whose exponent is beyond {@link #MAX_SCALE} ({@code 1e10000000}): reading it is
 *       cheap, but writing it out or comparing it with another scale costs seconds of CPU.
 * </ul>
 *
 * A refusal is a {@link JsonMappingException}, so {@link ProblemMapper} names the field.
 */
public final class StrictText {

  /** Decimals from 1e-1000 to 1e1000; nothing the service stores comes near either end. */
  public static final int MAX_SCALE = 1000;

  static final String SURROGATE = "must not contain an unpaired UTF-16 surrogate (\\uD800–\\uDFFF)";
  static final String EXPONENT = "must be a number between 1e-1000 and 1e1000 in size";

  private StrictText() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("styrkort-strict-text");
    module.addDeserializer(String.class, new Text());
    module.addDeserializer(BigDecimal.class, new Decimal());
    module.addDeserializer(JsonNode.class, new Node());
    return module;
  }

  /** Whether the text holds a surrogate that is not half of a pair. */
  public static boolean hasLoneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  static boolean tooLarge(BigDecimal number) {
    return number.scale() > MAX_SCALE || number.scale() < -MAX_SCALE;
  }

  private static final class Text extends StdScalarDeserializer<String> {
    Text() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = StringDeserializer.instance.deserialize(p, ctxt);
      if (text != null && hasLoneSurrogate(text)) {
        throw JsonMappingException.from(p, SURROGATE);
      }
      return text;
    }
  }

  private static final class Decimal extends StdScalarDeserializer<BigDecimal> {
    Decimal() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal number = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
      if (number != null && tooLarge(number)) {
        throw JsonMappingException.from(p, EXPONENT);
      }
      return number;
    }
  }

  /** A free-form value (a follow-up value, an imported document's parts): every text and number. */
  private static final class Node extends JsonNodeDeserializer {

    @Override
    public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = super.deserialize(p, ctxt);
      String problem = check(node);
      if (problem != null) {
        throw JsonMappingException.from(p, problem);
      }
      return node;
    }

    @Override
    protected JsonDeserializer<?> _createWithMerge(boolean mergeArrays, boolean mergeObjects) {
      return this;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext ctxt, com.fasterxml.jackson.databind.BeanProperty property) {
      return this;
    }

    private static String check(JsonNode node) {
      if (node == null) {
        return null;
      }
      if (node.isTextual()) {
        return hasLoneSurrogate(node.textValue()) ? SURROGATE : null;
      }
      if (node.isBigDecimal()) {
        return tooLarge(node.decimalValue()) ? EXPONENT : null;
      }
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          String problem = hasLoneSurrogate(field.getKey()) ? SURROGATE : check(field.getValue());
          if (problem != null) {
            return problem;
          }
        }
      } else if (node.isArray()) {
        for (JsonNode element : node) {
          String problem = check(element);
          if (problem != null) {
            return problem;
          }
        }
      }
      return null;
    }
  }
}
