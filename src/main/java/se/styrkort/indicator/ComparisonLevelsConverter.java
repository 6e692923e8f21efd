package se.styrkort.indicator;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores an indicator's few comparison levels in one column, comma-separated. */
@Converter
public class ComparisonLevelsConverter
    implements AttributeConverter<List<ComparisonLevel>, String> {

  @Override
  public String convertToDatabaseColumn(List<ComparisonLevel> levels) {
    return levels == null ? "" : levels.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public List<ComparisonLevel> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return new java.util.ArrayList<>();
    }
    return Arrays.stream(column.split(","))
        .map(ComparisonLevel::valueOf)
        .collect(Collectors.toCollection(java.util.ArrayList::new));
  }
}
