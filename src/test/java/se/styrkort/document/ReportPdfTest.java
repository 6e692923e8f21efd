package se.styrkort.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.styrkort.demo.DemoPlans;

/**
 * The demo plan's 2024 report as PDF: the seed's content (text extracted with PDFBox) and the tags
 * PDF/UA asks for: a structure tree with headings and table header cells, the language, the title
 * shown as the window's title, every font embedded. Leaves the first page as a PNG in
 * target/report/ for a person to look at.
 */
@QuarkusTest
class ReportPdfTest {

  private static byte[] pdf;

  /** Asked once (RestAssured knows the port only once Quarkus runs, so not in a BeforeAll). */
  private static synchronized byte[] pdf() throws IOException {
    if (pdf == null) {
      pdf = ReportDocumentTest.pdf(DemoPlans.id());
      Files.createDirectories(ReportDocumentTest.OUT);
      Files.write(ReportDocumentTest.OUT.resolve("report-2024.pdf"), pdf);
    }
    return pdf;
  }

  @Test
  void theTextHoldsEveryFocusAreaGoalIndicatorAndPointOfTheSeed() throws IOException {
    String text;
    try (PDDocument document = Loader.loadPDF(pdf())) {
      // Without whitespace: the renderer breaks lines inside cells, after a slash or a quote too.
      text = squeezed(new PDFTextStripper().getText(document));
    }
    List<Executable> checks = new ArrayList<>();
    for (String area : ReportDocumentTest.FOCUS_AREAS) {
      for (String part : area.split(" \\| ")) {
        checks.add(() -> assertTrue(text.contains(squeezed(part)), "focus area: " + part));
      }
    }
    for (String title : ReportDocumentTest.GOALS) {
      checks.add(() -> assertTrue(text.contains(squeezed(title)), "goal: " + title));
    }
    for (String title : ReportDocumentTest.INDICATORS) {
      checks.add(() -> assertTrue(text.contains(squeezed(title)), "indicator: " + title));
    }
    for (String point : ReportDocumentTest.POINTS) {
      String[] cells = point.split(" \\| ");
      // A row reads label, baseline, target in that order.
      String row = cells[0] + " " + cells[1] + " " + cells[2];
      checks.add(() -> assertTrue(text.contains(squeezed(row)), "row: " + row));
    }
    checks.add(() -> assertTrue(text.contains("av23mätpunkteruppfyllda"), "summary"));
    checks.add(() -> assertTrue(text.contains("Ljusnarsbergskommun"), "organisation"));
    assertAll(checks);
  }

  @Test
  void isTaggedWithLanguageTitleAndTableHeaders() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf())) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      assertEquals("sv", catalog.getLanguage());
      assertNotNull(catalog.getMarkInfo(), "MarkInfo");
      assertTrue(catalog.getMarkInfo().isMarked(), "marked as tagged");
      assertEquals(
          "Uppföljning 2024 – Flerårsplan 2025–2026", document.getDocumentInformation().getTitle());
      assertNotNull(catalog.getViewerPreferences(), "ViewerPreferences");
      assertTrue(catalog.getViewerPreferences().displayDocTitle(), "DisplayDocTitle");
      assertNotNull(catalog.getStructureTreeRoot(), "StructTreeRoot");

      Map<String, Integer> types = new HashMap<>();
      count(catalog.getStructureTreeRoot(), types);
      assertAll(
          () -> assertEquals(1, types.getOrDefault("H1", 0), "one H1: " + types),
          () -> assertEquals(5, types.getOrDefault("H2", 0) - 1, "five focus areas: " + types),
          () -> assertEquals(11, types.getOrDefault("Table", 0), "summary + 10 indicators"),
          // Every table's column headers, and a row header per point and focus area.
          () -> assertTrue(types.getOrDefault("TH", 0) >= 7 + 10 * 5 + 23 + 6, "TH: " + types),
          () -> assertTrue(types.getOrDefault("TD", 0) > 0, "TD"),
          () -> assertTrue(types.getOrDefault("Caption", 0) >= 11, "captions: " + types));

      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
      }
    }
  }

  @Test
  void firstPageRendersToAPngForAPersonToLookAt() throws IOException {
    Path png = ReportDocumentTest.OUT.resolve("report-2024-page1.png");
    try (PDDocument document = Loader.loadPDF(pdf())) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
      ImageIO.write(image, "png", png.toFile());
      assertTrue(image.getWidth() > 800 && image.getHeight() > 1100, "an A4 page at 110 dpi");
      assertTrue(document.getNumberOfPages() > 5, "title page, summary, five focus areas");
    }
    assertTrue(Files.size(png) > 10_000, "the PNG holds the page");
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static void count(PDStructureNode node, Map<String, Integer> types) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        types.merge(element.getStructureType(), 1, Integer::sum);
        count(element, types);
      } else if (kid instanceof PDStructureNode child) {
        count(child, types);
      } else if (kid instanceof COSObjectable) {
        // Marked-content and object references: leaves.
      }
    }
  }
}
