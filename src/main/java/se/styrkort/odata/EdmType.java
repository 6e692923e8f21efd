package se.styrkort.odata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The primitive types the feed uses, with the Java type a value of each arrives as. */
enum EdmType {
  INT64("Edm.Int64", Long.class),
  INT32("Edm.Int32", Integer.class),
  DECIMAL("Edm.Decimal", BigDecimal.class),
  DOUBLE("Edm.Double", Double.class),
  STRING("Edm.String", String.class),
  BOOLEAN("Edm.Boolean", Boolean.class),
  DATE("Edm.Date", LocalDate.class),
  DATE_TIME_OFFSET("Edm.DateTimeOffset", Instant.class);

  final String edmName;
  final Class<?> javaType;

  EdmType(String edmName, Class<?> javaType) {
    this.edmName = edmName;
    this.javaType = javaType;
  }

  boolean isNumeric() {
    return this == INT64 || this == INT32 || this == DECIMAL || this == DOUBLE;
  }

  static EdmType of(Class<?> type) {
    if (type == long.class || type == Long.class) {
      return INT64;
    }
    if (type == int.class || type == Integer.class) {
      return INT32;
    }
    if (type == BigDecimal.class) {
      return DECIMAL;
    }
    if (type == double.class || type == Double.class) {
      return DOUBLE;
    }
    if (type == boolean.class || type == Boolean.class) {
      return BOOLEAN;
    }
    if (type == LocalDate.class) {
      return DATE;
    }
    if (type == Instant.class) {
      return DATE_TIME_OFFSET;
    }
    if (type == String.class || type.isEnum()) {
      return STRING;
    }
    throw new IllegalArgumentException("no Edm type for " + type);
  }
}
