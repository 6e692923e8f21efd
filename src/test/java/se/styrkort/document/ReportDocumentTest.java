package se.styrkort.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.anonymous;
import static se.styrkort.support.Api.given;
import static se.styrkort.support.Api.withoutCredentials;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlans;
import se.styrkort.security.AccessFixture;

/**
 * The demo plan's report for 2024 holds the seed document ("Bilaga till indikatorer 2024"): every
 * focus area with its description, every goal, every indicator and all 23 measurement points with
 * their 2023 baselines and 2024 targets as the document writes them, in the HTML and in the PDF.
 * The expectations are copied from the seed's reading (shared/seed/README.md), not from the demo
 * file.
 */
@QuarkusTest
class ReportDocumentTest {

  static final Path OUT = Path.of("target", "report");

  static final List<String> FOCUS_AREAS =
      List.of(
          "Öppen kommun | är ett utvecklingsområde som främjar demokrati, service och samverkan. Vi bygger ett samhälle där olikheter respekteras",
          "Kunskap och kompetens | är ett utvecklingsområde som syftar till att öka kommunens attraktionskraft genom att koppla samman individens kompetensutveckling med samhällets långsiktiga behov av utveckling och förnyelse. Vi litar till den kraft som kommer inifrån och stärks av intryck utifrån.",
          "Möten och upplevelser | vi skapar möjligheter för ökad delaktighet och inflytande och här skapar vi möjligheter till ett rikt liv.",
          "Innovation & Entreprenörskap | är ett utvecklingsområde som främjar nya idéer, arbetsformer och strukturer för att skapa en konkurrenskraftig kommun. När människor får förutsättningar att ta initiativ och våga omvandla idéer till handling skapas förutsättningar för en långsiktig utveckling genom ett aktivt och positivt förhållningssätt. Här finns plats för stolthet, vilja och handlingskraft.",
          "Hållbar kommun | är ett utvecklingsområde som främjar social, ekonomisk och miljömässig hållbarhet inklusive resursförbrukning. Vi tar ett gemensamt ansvar för nästa generation");

  static final List<String> GOALS =
      List.of(
          "Våra medborgare uppfattar oss som professionella och tillgängliga",
          "Vår hemsida är användarvänlig för medborgarna samt fylls med relevant information från alla verksamheter",
          "Alla elever i Ljusnarsbergs kommun klarar sin utbildning, når sin gymnasieexamen och utmanas i sitt lärande",
          "Ljusnarsbergs kommun skapar förutsättningar för ett livslångt lärande",
          "Ljusnarsbergs kommun är en bra plats att bo, leva och verka i",
          "Vi skapar möjligheter för ökad delaktighet och inflytande",
          "Framtiden kräver att vi ökar vår samverkan både internt och externt för ökad kvalitet och kostnadseffektivitet.",
          "Kommunen arbetar aktivt med företagen för att främja ett gott företagsklimat",
          "Vi tar ett gemensamt ansvar för nästa generation",
          "Vi har en hållbar material- och energianvändning",
          "Vi har en social hållbarhet",
          "Vi har en ekonomisk hållbarhet");

  static final List<String> INDICATORS =
      List.of(
          "Alla elever* upplever respektfullt bemötande i vår bildningsverksamhet",
          "Aktiv medverkan i regionala samverkansorgan och civilsamhället",
          "Digitalisering",
          "Andelen elever som får godkänt på alla nationella proven i årskurs 3 ska vara högre än föregående år och analys i förhållande till riket och Örebro län, se bilaga",
          "Andelen elever som uppnår betyget E eller högre, på de avslutade kurserna inom vuxenutbildningen på grundläggande- och gymnasial nivå ska öka jämfört med föregående år och en jämförelse nationellt",
          "Besöksnäringen",
          "Attraktiv arbetsgivare",
          "Grundskolan – entreprenöriellt förhållningssätt",
          "Vi förbrukar våra resurser hållbart",
          "Kommunens ekonomi är i balans");

  /**
   * label | Läget 2023 as the report writes it (the seed's value, its unit, and the note the seed
   * printed instead of a value) | Målvärde 2024 as written in the seed.
   */
  static final List<String> POINTS =
      List.of(
          "Förskola | 99 % | 100 %",
          "Grundskola/särskola | 81 % | 100 %",
          "Vuxenutbildningen | 74 % | 100 %",
          "Alla i kommunens ledningsgrupp,9 pers., deltar i minst två regionala nätverk | 18 st (Läget 2023 skrivet som ”≥18” i dokumentet.) | ≥18",
          "Kommunbygderåd | 4 st | ≥4",
          "Föreningsträffar | 4 st | ≥4",
          "Näringslivet | 5 st | ≥5",
          "Minst två interna e-tjänster införs | 3 st | 5",
          "Kommunen har en användarvänlig hemsida | delvis | > delvis",
          "Kommunen har digitaliserade avslutningssamtal | saknas | implementerat",
          "Matematik | 17 % | ≥ 2023",
          "Svenska | 29 % | ≥ 2023",
          "Grundläggande nivå | 37 % | ≥ 2023",
          "Gymnasial nivå | 48 % | ≥ 2023",
          "En gemensam utbildningsinsats genomförs för alla Infopoint i Ljusnarsbergs kommun | 0 st | 1",
          "Utöka antalet annonsörer i den gemensamma turistbroschyren ”Bergslagen” | 3 st | ≥ 3",
          "Personalomsättningen ökar inte jämfört med föregående år | saknas (31/12 X %) | ≤ 2023",
          "Avslutningssamtalen sammanställs och analyseras | Nej (Ej klart sammanställt) | Ja",
          "Antal aktiviteter kopplade till Ung Företagsamhet, UF ska öka | 0 st | ≥ 2023",
          "Antal aktiviteter kopplat till Ungt arrangörskap ska öka | 2 st | ≥ 2023",
          "Energiförbrukningen i kommunala fastigheter minskar successivt | saknas (31/12 X kWh) | >Xx st",
          "Kyrkbacksskolan har minskat elförbrukningen jämfört med föregående år | saknas (31/12 X kWh) | <Xx",
          "Kommunen når ett positivt resultat på del- och helår | Ja (Uppfyller) | Ja");

  static String html(long planId) {
    return given()
        .accept("text/html")
        .queryParam("year", 2024)
        .get("/api/v1/plans/{planId}/report", planId)
        .then()
        .statusCode(200)
        .contentType("text/html")
        .extract()
        .asString();
  }

  static byte[] pdf(long planId) {
    return given()
        .accept("application/pdf")
        .queryParam("year", 2024)
        .get("/api/v1/plans/{planId}/report", planId)
        .then()
        .statusCode(200)
        .contentType("application/pdf")
        .extract()
        .asByteArray();
  }

  @Test
  void theHtmlHoldsEveryFocusAreaGoalIndicatorAndPointOfTheSeed() throws Exception {
    String html = html(DemoPlans.id());
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("report-2024.html"), html);
    Document doc = Jsoup.parse(html);

    assertEquals("sv", doc.selectFirst("html").attr("lang"));
    assertEquals("Uppföljning 2024 – Flerårsplan 2025–2026", doc.title());
    assertEquals(1, doc.select("h1").size());
    assertTrue(doc.selectFirst("header").text().contains("Ljusnarsbergs kommun"));

    List<Element> areas = doc.select("section.omrade");
    assertEquals(FOCUS_AREAS.size(), areas.size());
    for (int i = 0; i < FOCUS_AREAS.size(); i++) {
      String[] row = FOCUS_AREAS.get(i).split(" \\| ");
      assertEquals(row[0], areas.get(i).selectFirst("h2").text());
      assertEquals(row[1], areas.get(i).selectFirst("p.beskrivning").text());
    }
    assertEquals(
        GOALS, doc.select("section.mal > h3").stream().map(h -> h.ownText()).toList(), "goals");
    assertEquals(
        INDICATORS,
        doc.select("section.indikator > h4").stream().map(h -> h.ownText()).toList(),
        "indicators");

    List<Element> rows = doc.select("section.indikator tbody tr:not(.grupp)");
    assertEquals(POINTS.size(), rows.size());
    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    for (int i = 0; i < POINTS.size(); i++) {
      String[] expected = POINTS.get(i).split(" \\| ");
      Element row = rows.get(i);
      checks.add(
          () -> {
            assertEquals(expected[0], row.selectFirst("th[scope=row]").text());
            assertEquals(expected[1], row.select("td").get(0).text(), expected[0]);
            assertEquals(expected[2], row.select("td").get(1).ownText(), expected[0]);
          });
    }
    assertAll(checks);
    // The group row of the seed's sub-heading spans the table.
    assertEquals(
        "Kommunen har minst fyra samverkanstillfällen med följande civilsamhälle:",
        doc.selectFirst("tr.grupp th[scope=colgroup]").text());
  }

  @Test
  void theTablesHaveCaptionsHeadersAndTheSeedsColumns() {
    Document doc = Jsoup.parse(html(DemoPlans.id()));
    for (Element table : doc.select("table")) {
      assertNotNull(table.selectFirst("caption"), "every table has a caption");
      assertTrue(
          table.select("th").stream().allMatch(th -> !th.attr("scope").isEmpty()),
          "every header cell has a scope");
    }
    Element first = doc.selectFirst("section.indikator table");
    List<String> headers = first.select("thead th").stream().map(Element::text).toList();
    assertEquals(
        List.of("Mätpunkt", "Läget 2023", "Målvärde 2024", "Prognos/Utfall 2024", "Status"),
        headers);
    // Headings in order: h1, then h2 … h4 without a skipped level.
    int previous = 0;
    for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
      int level = Integer.parseInt(heading.tagName().substring(1));
      assertTrue(level <= previous + 1, heading.text() + " skips a level");
      previous = level;
    }
  }

  @Test
  void missingValuesReadSaknasAndStatusIsInWords() {
    Document doc = Jsoup.parse(html(DemoPlans.id()));
    Element summary = doc.selectFirst("p.mening");
    assertTrue(summary.text().matches("\\d+ av 23 mätpunkter uppfyllda.*"), summary.text());
    Element matematik =
        doc.select("section.indikator tbody tr").stream()
            .filter(tr -> tr.selectFirst("th").text().equals("Matematik"))
            .findFirst()
            .orElseThrow();
    // No 2024 value recorded in the demo plan: "saknas", and the status in words.
    assertEquals("saknas", matematik.select("td").get(2).text());
    assertTrue(
        matematik.select("td").get(3).text().startsWith("Uppgift saknas"),
        matematik.select("td").get(3).text());
    // The target as written, with the level it resolves to beside it.
    assertEquals("≥ 2023 (≥ 17 %)", matematik.select("td").get(1).text());
    assertFalse(doc.text().contains(" 0 %"), "no missing value shown as 0");
  }

  @Test
  void formatWinsOverAcceptAndHtmlIsTheDefault() {
    long plan = DemoPlans.id();
    given()
        .accept("*/*")
        .get("/api/v1/plans/{planId}/report", plan)
        .then()
        .statusCode(200)
        .contentType("text/html");
    given()
        .accept("text/html,application/xhtml+xml,*/*;q=0.8")
        .queryParam("format", "pdf")
        .get("/api/v1/plans/{planId}/report", plan)
        .then()
        .statusCode(200)
        .contentType("application/pdf");
    given()
        .accept("application/pdf, text/html;q=0.5")
        .get("/api/v1/plans/{planId}/report", plan)
        .then()
        .statusCode(200)
        .contentType("application/pdf");
  }

  @Test
  void aPeriodThePlanDoesNotHaveIsRefused() {
    given()
        .accept("text/html, application/problem+json")
        .queryParam("period", "1999-HELAR")
        .get("/api/v1/plans/{planId}/report", DemoPlans.id())
        .then()
        .statusCode(400);
  }

  @Test
  void anyoneMayReadAPublicAdoptedPlansReportButADraftsIsNotFound() {
    AccessFixture published = AccessFixture.create().publish();
    anonymous()
        .accept("text/html")
        .get("/api/v1/plans/{planId}/report", published.planId())
        .then()
        .statusCode(200)
        .contentType("text/html");
    AccessFixture draft = AccessFixture.create();
    withoutCredentials()
        .accept("text/html, application/problem+json")
        .get("/api/v1/plans/{planId}/report", draft.planId())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
