package se.styrkort.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as a tagged PDF (PDF/UA, and PDF/A-3u) from the same XHTML as the HTML answer: a
 * structure tree with headings, tables and their header cells, the document's language and its
 * title shown as the window's title, every font embedded (Liberation Sans, loaded once from the
 * classpath).
 */
@ApplicationScoped
public class PdfRenderer {

  static final String FONT = "Liberation Sans";
  private static final String FONTS = "liberation/";

  private final Map<String, byte[]> fonts = new LinkedHashMap<>();
  private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  public PdfRenderer() {
    for (String name :
        new String[] {
          "LiberationSans-Regular.ttf",
          "LiberationSans-Bold.ttf",
          "LiberationSans-Italic.ttf",
          "LiberationSans-BoldItalic.ttf"
        }) {
      fonts.put(name, withoutGlyphSubstitution(read(FONTS + name)));
    }
  }

  /** Renders well-formed XHTML (the report template's output) to PDF bytes. */
  public byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessbility(true);
    builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
    builder.useColorProfile(srgb);
    font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
    font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
    font(builder, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    byte[] bytes = fonts.get(file);
    builder.useFont(() -> new ByteArrayInputStream(bytes), FONT, weight, style, true);
  }

  /**
   * The font with its GSUB table hidden (its tag renamed in the table directory, data and checksums
   * untouched). PDFBox 3 runs every string drawn in a font with a GSUB table through its glyph
   * substitution, which splits text with regular expressions compiled per string: half of a
   * report's CPU. Liberation Sans substitutes nothing a Swedish report needs (å, ä and ö have their
   * own glyphs; it has no ligatures on by default), and the subset PDFBox embeds never carried the
   * table anyway.
   */
  static byte[] withoutGlyphSubstitution(byte[] font) {
    byte[] copy = font.clone();
    ByteBuffer header = ByteBuffer.wrap(copy);
    int tables = header.getShort(4) & 0xffff;
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (header.getInt(record) == GSUB) {
        header.putInt(record, HIDDEN);
      }
    }
    return copy;
  }

  private static final int GSUB = tag("GSUB");
  private static final int HIDDEN = tag("gsub");

  private static int tag(String name) {
    return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
  }

  private static byte[] read(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the classpath (com.github.librepdf:openpdf-fonts-extra)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
