package se.styrkort.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The report's fonts lose their glyph substitution and nothing else. */
class PdfFontTest {

  @Test
  void theFontKeepsEveryGlyphAndMappingButNoLongerSubstitutes() throws IOException {
    byte[] original;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
      assertNotNull(in, "the font is on the classpath");
      original = in.readAllBytes();
    }
    byte[] hidden = PdfRenderer.withoutGlyphSubstitution(original);
    assertNotSame(original, hidden);
    assertEquals(original.length, hidden.length);

    try (TrueTypeFont before = parse(original);
        TrueTypeFont after = parse(hidden)) {
      assertNotNull(before.getTableMap().get("GSUB"), "Liberation Sans has a GSUB table");
      assertNotSame(GsubData.NO_DATA_FOUND, before.getGsubData());
      assertNull(after.getTableMap().get("GSUB"));
      assertEquals(GsubData.NO_DATA_FOUND, after.getGsubData());

      assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
      for (char c : "Måluppfyllelse ÅÄÖ åäö é 0123456789 % ≥ ≤ –".toCharArray()) {
        int glyph = before.getUnicodeCmapLookup().getGlyphId(c);
        assertEquals(glyph, after.getUnicodeCmapLookup().getGlyphId(c), "glyph of " + c);
        assertArrayEquals(
            before.getGlyph().getGlyph(glyph) == null
                ? null
                : before.getGlyph().getGlyph(glyph).getPath().getBounds2D().toString().getBytes(),
            after.getGlyph().getGlyph(glyph) == null
                ? null
                : after.getGlyph().getGlyph(glyph).getPath().getBounds2D().toString().getBytes(),
            "outline of " + c);
      }
    }
  }

  private static TrueTypeFont parse(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font));
  }
}
