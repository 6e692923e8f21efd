package se.styrkort.bi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * FactCsv writes the bytes FlatTable writes through commons-csv, for every column type and for text
 * that needs quoting, neutralising or more than one byte in UTF-8 (no database: the whole export is
 * compared with the chunked facts in FactsExportTest).
 */
class FactCsvTest {

  private static final FlatTable<FactRow> TABLE = new FlatTable<>(FactRow.class);

  private static final String[] TEXTS = {
    "",
    "Mätpunkt 1.2",
    "≥ 90 %",
    "a,b",
    "he said \"hi\"",
    "\"",
    " leading",
    "trailing ",
    "trailing\t",
    "#hash",
    "!bang",
    "=SUM(A1)",
    "+46",
    "-5",
    "-2.5",
    "-x",
    "@home",
    "\tTab",
    "\rCR",
    "line\r\nbreak",
    "line\nbreak",
    "'quoted",
    "Åtgärd",
    "😀 emoji",
    "\uD800 lone surrogate",
    "x\uDC00",
    "implementerat",
    "1.1.1.1",
    "PARTIALLY_FULFILLED",
    "no outcome recorded for 2023",
  };

  /** Longer than FactCsv's buffer, plain and quoted. */
  private static final String[] LONG_TEXTS = {"x".repeat(70_000), "a,".repeat(40_000), "kort"};

  @Test
  void rowsAreTheBytesOfFlatTable() throws Exception {
    Random random = new Random(18);
    List<FactRow> rows = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      rows.add(row(random, TEXTS));
    }
    // The same String instances in consecutive rows, as the export's rows of one point share them.
    rows.add(rows.get(rows.size() - 1));
    rows.add(rows.get(0));
    assertSameBytes(rows);
  }

  @Test
  void textsLongerThanTheBufferToo() throws Exception {
    Random random = new Random(29);
    List<FactRow> rows = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      rows.add(row(random, LONG_TEXTS));
    }
    assertSameBytes(rows);
  }

  private static void assertSameBytes(List<FactRow> rows) throws Exception {
    StringWriter expected = new StringWriter();
    CSVPrinter printer = TABLE.printer(expected);
    TABLE.print(printer, rows);
    printer.flush();

    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    FactCsv csv = new FactCsv(actual);
    csv.header();
    csv.rows(rows.subList(0, 2));
    csv.flush();
    csv.rows(rows.subList(2, rows.size()));
    csv.flush();
    // Through bytes on both sides: a lone surrogate is written as '?' by either.
    byte[] written = expected.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(
        new String(written, StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));
    assertArrayEquals(written, actual.toByteArray());
  }

  private static FactRow row(Random random, String[] texts) throws Exception {
    RecordComponent[] components = FactRow.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> type = components[i].getType();
      types[i] = type;
      boolean none = random.nextInt(4) == 0;
      if (type == long.class) {
        values[i] = random.nextInt(3) == 0 ? random.nextLong() : (long) random.nextInt(100_000);
      } else if (type == int.class) {
        values[i] = 2000 + random.nextInt(40);
      } else if (none) {
        values[i] = null;
      } else if (type == Long.class) {
        values[i] = random.nextInt(3) == 0 ? Long.MIN_VALUE : (long) random.nextInt(1000);
      } else if (type == Integer.class) {
        values[i] = random.nextInt(3) == 0 ? -random.nextInt(100) : 2000 + random.nextInt(40);
      } else if (type == String.class) {
        values[i] = texts[random.nextInt(texts.length)];
      } else if (type == BigDecimal.class) {
        values[i] =
            BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, random.nextInt(12) - 3);
      } else if (type == Double.class) {
        values[i] =
            switch (random.nextInt(4)) {
              case 0 -> 0.5;
              case 1 -> 1e-9;
              case 2 -> -2.25e12;
              default -> random.nextDouble();
            };
      } else if (type == LocalDate.class) {
        values[i] =
            random.nextInt(10) == 0
                ? List.of(
                        LocalDate.of(999, 1, 2),
                        LocalDate.of(10_000, 12, 31),
                        LocalDate.of(-1, 6, 6))
                    .get(random.nextInt(3))
                : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4000));
      } else {
        throw new IllegalStateException(type.toString());
      }
    }
    Constructor<FactRow> constructor = FactRow.class.getDeclaredConstructor(types);
    return constructor.newInstance(values);
  }
}
