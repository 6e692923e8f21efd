package se.styrkort.point;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** Stores a word scale as a JSON array, so that a level may contain any character. */
@Converter
public class ScaleConverter implements AttributeConverter<List<String>, String> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> LEVELS = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(List<String> scale) {
    if (scale == null || scale.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(scale);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A list of strings always serialises", e);
    }
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return new ArrayList<>();
    }
    try {
      return new ArrayList<>(JSON.readValue(column, LEVELS));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The scale column holds no JSON array: " + column, e);
    }
  }
}
