package se.styrkort.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The demo plan, read back through the API, holds the seed document row by row: Ljusnarsbergs
 * kommun's "Bilaga till indikatorer 2024" as the seed README reads it. The expectations below are
 * copied from that reading, not from the demo file, so that a slip in the file shows up here.
 */
@QuarkusTest
class DemoPlanTest {

  /** The focus areas in order: title | description (verbatim) | its goals, separated by " / ". */
  private static final String FOCUS_AREAS =
      """
      Öppen kommun | är ett utvecklingsområde som främjar demokrati, service och samverkan. Vi bygger ett samhälle där olikheter respekteras | Våra medborgare uppfattar oss som professionella och tillgängliga / Vår hemsida är användarvänlig för medborgarna samt fylls med relevant information från alla verksamheter
      Kunskap och kompetens | är ett utvecklingsområde som syftar till att öka kommunens attraktionskraft genom att koppla samman individens kompetensutveckling med samhällets långsiktiga behov av utveckling och förnyelse. Vi litar till den kraft som kommer inifrån och stärks av intryck utifrån. | Alla elever i Ljusnarsbergs kommun klarar sin utbildning, når sin gymnasieexamen och utmanas i sitt lärande / Ljusnarsbergs kommun skapar förutsättningar för ett livslångt lärande
      Möten och upplevelser | vi skapar möjligheter för ökad delaktighet och inflytande och här skapar vi möjligheter till ett rikt liv. | Ljusnarsbergs kommun är en bra plats att bo, leva och verka i / Vi skapar möjligheter för ökad delaktighet och inflytande
      Innovation & Entreprenörskap | är ett utvecklingsområde som främjar nya idéer, arbetsformer och strukturer för att skapa en konkurrenskraftig kommun. När människor får förutsättningar att ta initiativ och våga omvandla idéer till handling skapas förutsättningar för en långsiktig utveckling genom ett aktivt och positivt förhållningssätt. Här finns plats för stolthet, vilja och handlingskraft. | Framtiden kräver att vi ökar vår samverkan både internt och externt för ökad kvalitet och kostnadseffektivitet. / Kommunen arbetar aktivt med företagen för att främja ett gott företagsklimat
      Hållbar kommun | är ett utvecklingsområde som främjar social, ekonomisk och miljömässig hållbarhet inklusive resursförbrukning. Vi tar ett gemensamt ansvar för nästa generation | Vi tar ett gemensamt ansvar för nästa generation / Vi har en hållbar material- och energianvändning / Vi har en social hållbarhet / Vi har en ekonomisk hållbarhet
      """;

  /**
   * The indicators in tree order (focus area, then goal, then position): the goal they serve, as
   * "focus area.goal" numbers | title | description | comparisons.
   */
  private static final String INDICATORS =
      """
      1.1 | Alla elever* upplever respektfullt bemötande i vår bildningsverksamhet | *Elever är barn, ungdomar och vuxenstuderande | -
      1.1 | Aktiv medverkan i regionala samverkansorgan och civilsamhället | - | -
      1.2 | Digitalisering | - | -
      2.1 | Andelen elever som får godkänt på alla nationella proven i årskurs 3 ska vara högre än föregående år och analys i förhållande till riket och Örebro län, se bilaga | - | NATIONAL, COUNTY
      2.2 | Andelen elever som uppnår betyget E eller högre, på de avslutade kurserna inom vuxenutbildningen på grundläggande- och gymnasial nivå ska öka jämfört med föregående år och en jämförelse nationellt | - | NATIONAL
      3.1 | Besöksnäringen | - | -
      4.1 | Attraktiv arbetsgivare | - | -
      4.2 | Grundskolan – entreprenöriellt förhållningssätt | - | -
      5.2 | Vi förbrukar våra resurser hållbart | - | -
      5.4 | Kommunens ekonomi är i balans | - | -
      """;

  private static final String CIVIL =
      "Kommunen har minst fyra samverkanstillfällen med följande civilsamhälle:";

  /**
   * The measurement points in tree order: indicator (row of the table above) | label | group
   * ("CIVIL" for the sub-heading above) | value type | unit | scale | measured as of | baseline
   * 2023 | its note | target 2024 (comparator and value, "year Y" or "previous year") | as written.
   */
  private static final String POINTS =
      """
      1  | Förskola                                                                         | -     | PERCENT | %   | -                             | -     | 99     | -                                          | GE 100            | 100 %
      1  | Grundskola/särskola                                                              | -     | PERCENT | %   | -                             | -     | 81     | -                                          | GE 100            | 100 %
      1  | Vuxenutbildningen                                                                | -     | PERCENT | %   | -                             | -     | 74     | -                                          | GE 100            | 100 %
      2  | Alla i kommunens ledningsgrupp,9 pers., deltar i minst två regionala nätverk     | -     | NUMBER  | st  | -                             | -     | 18     | Läget 2023 skrivet som ”≥18” i dokumentet. | GE 18             | ≥18
      2  | Kommunbygderåd                                                                   | CIVIL | NUMBER  | st  | -                             | -     | 4      | -                                          | GE 4              | ≥4
      2  | Föreningsträffar                                                                 | CIVIL | NUMBER  | st  | -                             | -     | 4      | -                                          | GE 4              | ≥4
      2  | Näringslivet                                                                     | CIVIL | NUMBER  | st  | -                             | -     | 5      | -                                          | GE 5              | ≥5
      3  | Minst två interna e-tjänster införs                                              | -     | NUMBER  | st  | -                             | -     | 3      | -                                          | GE 5              | 5
      3  | Kommunen har en användarvänlig hemsida                                           | -     | ORDINAL | -   | saknas, delvis, helt          | -     | delvis | -                                          | GT delvis         | > delvis
      3  | Kommunen har digitaliserade avslutningssamtal                                    | -     | ORDINAL | -   | saknas, delvis, implementerat | -     | saknas | -                                          | GE implementerat  | implementerat
      4  | Matematik                                                                        | -     | PERCENT | %   | -                             | -     | 17     | -                                          | GE year 2023      | ≥ 2023
      4  | Svenska                                                                          | -     | PERCENT | %   | -                             | -     | 29     | -                                          | GE year 2023      | ≥ 2023
      5  | Grundläggande nivå                                                               | -     | PERCENT | %   | -                             | -     | 37     | -                                          | GE year 2023      | ≥ 2023
      5  | Gymnasial nivå                                                                   | -     | PERCENT | %   | -                             | -     | 48     | -                                          | GE year 2023      | ≥ 2023
      6  | En gemensam utbildningsinsats genomförs för alla Infopoint i Ljusnarsbergs kommun | -     | NUMBER  | st  | -                             | -     | 0      | -                                          | GE 1              | 1
      6  | Utöka antalet annonsörer i den gemensamma turistbroschyren ”Bergslagen”          | -     | NUMBER  | st  | -                             | -     | 3      | -                                          | GE 3              | ≥ 3
      7  | Personalomsättningen ökar inte jämfört med föregående år                         | -     | PERCENT | %   | -                             | 31/12 | -      | 31/12 X %                                  | LE year 2023      | ≤ 2023
      7  | Avslutningssamtalen sammanställs och analyseras                                  | -     | BOOLEAN | -   | -                             | -     | false  | Ej klart sammanställt                      | EQ true           | Ja
      8  | Antal aktiviteter kopplade till Ung Företagsamhet, UF ska öka                    | -     | NUMBER  | st  | -                             | -     | 0      | -                                          | GE year 2023      | ≥ 2023
      8  | Antal aktiviteter kopplat till Ungt arrangörskap ska öka                         | -     | NUMBER  | st  | -                             | -     | 2      | -                                          | GE year 2023      | ≥ 2023
      9  | Energiförbrukningen i kommunala fastigheter minskar successivt                   | -     | NUMBER  | kWh | -                             | 31/12 | -      | 31/12 X kWh                                | LT previous year  | >Xx st
      9  | Kyrkbacksskolan har minskat elförbrukningen jämfört med föregående år            | -     | NUMBER  | kWh | -                             | 31/12 | -      | 31/12 X kWh                                | LT previous year  | <Xx
      10 | Kommunen når ett positivt resultat på del- och helår                             | -     | BOOLEAN | -   | -                             | -     | true   | Uppfyller                                  | EQ true           | Ja
      """;

  private final ObjectMapper json = new ObjectMapper();
  private JsonNode plan;

  @BeforeEach
  void readTheDemoPlanThroughTheApi() throws Exception {
    String tree =
        given()
            .get("/api/v1/plans/{planId}/tree", DemoPlans.id())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    plan = json.readTree(tree);
  }

  @Test
  void planIsTheAdoptedMultiYearPlanWithBaseline2023() {
    assertAll(
        () -> assertEquals(DemoPlans.NAME, plan.get("name").textValue()),
        () -> assertEquals(DemoPlans.ORGANISATION, plan.get("organisation").textValue()),
        () -> assertEquals("1864", plan.get("organisationCode").textValue()),
        () -> assertEquals(2024, plan.get("startYear").intValue()),
        () -> assertEquals(2026, plan.get("endYear").intValue()),
        () -> assertEquals(2023, plan.get("baselineYear").intValue()),
        () -> assertEquals("ADOPTED", plan.get("status").textValue()),
        () ->
            assertTrue(
                plan.get("description").textValue().contains("Bilaga till indikatorer 2024")));
  }

  @Test
  void holdsFiveFocusAreasTwelveGoalsTenIndicatorsAndTwentyThreePoints() {
    assertEquals(5, plan.get("focusAreas").size());
    assertEquals(12, goals().size());
    assertEquals(10, indicators().size());
    assertEquals(23, points().size());
  }

  @Test
  void focusAreasAndGoalsAreTheSeedsWordForWord() {
    JsonNode areas = plan.get("focusAreas");
    assertEveryRow(
        FOCUS_AREAS,
        (a, row) -> {
          JsonNode area = areas.get(a);
          List<String> goalTitles =
              elements(area.get("goals")).stream().map(g -> g.get("title").textValue()).toList();
          assertAll(
              row[0],
              () -> assertEquals("FOCUS_AREA", area.get("kind").textValue()),
              () -> assertEquals(row[0], area.get("title").textValue()),
              () -> assertEquals(row[1], area.get("description").textValue()),
              () -> assertEquals(Arrays.asList(row[2].split(" / ")), goalTitles),
              () -> assertEquals(0, area.get("indicators").size(), "indicators serve goals"),
              () ->
                  elements(area.get("goals"))
                      .forEach(goal -> assertEquals("GOAL", goal.get("kind").textValue())));
        });
  }

  @Test
  void indicatorsServeTheGoalsTheReadmeLinksThemTo() {
    List<JsonNode> actual = indicators();
    assertEveryRow(
        INDICATORS,
        (i, row) -> {
          JsonNode indicator = actual.get(i);
          String[] goal = row[0].split("\\.");
          JsonNode servedGoal =
              plan.get("focusAreas")
                  .get(Integer.parseInt(goal[0]) - 1)
                  .get("goals")
                  .get(Integer.parseInt(goal[1]) - 1);
          List<String> comparisons =
              elements(indicator.get("comparisons")).stream().map(JsonNode::textValue).toList();
          assertAll(
              row[1],
              () -> assertEquals(row[1], indicator.get("title").textValue()),
              () -> assertEquals(orNull(row[2]), indicator.get("description").textValue()),
              () -> assertEquals(list(row[3]), comparisons),
              () ->
                  assertTrue(
                      elements(servedGoal.get("indicators")).contains(indicator),
                      "serves goal " + row[0]));
        });
  }

  @Test
  void everyPointHasTheSeedsLabelTypeBaselineAndTarget() {
    List<JsonNode> indicators = indicators();
    List<JsonNode> actual = points();
    assertEquals(table(POINTS).size(), actual.size());
    assertEveryRow(
        POINTS,
        (p, row) -> {
          JsonNode point = actual.get(p);
          JsonNode indicator = indicators.get(Integer.parseInt(row[0]) - 1);
          String type = row[3];
          JsonNode baseline = point.get("baseline");
          JsonNode target = point.get("targets").get(0);
          String[] comparatorAndReference = row[9].split(" ", 2);
          String reference = comparatorAndReference[1];
          assertAll(
              row[1],
              () -> assertTrue(elements(indicator.get("measurementPoints")).contains(point)),
              () -> assertEquals(row[1], point.get("label").textValue()),
              () ->
                  assertEquals(
                      row[2].equals("CIVIL") ? CIVIL : orNull(row[2]), text(point, "group")),
              () -> assertEquals(type, point.get("valueType").textValue()),
              () -> assertEquals(orNull(row[4]), text(point, "unit")),
              () ->
                  assertEquals(
                      list(row[5]),
                      elements(point.get("scale")).stream().map(JsonNode::textValue).toList()),
              () -> assertEquals(orNull(row[6]), text(point, "measuredAsOf")),
              () -> assertValue(type, orNull(row[7]), baseline.get("value")),
              () -> assertEquals(orNull(row[8]), text(baseline, "note")),
              () -> assertEquals("2023-12-31", baseline.get("asOf").textValue()),
              () ->
                  assertTrue(
                      elements(point.get("evaluations")).stream()
                          .anyMatch(e -> e.get("id").equals(baseline.get("evaluationId"))),
                      "the baseline is one of the point's follow-up values"),
              () -> assertEquals(1, point.get("targets").size()),
              () -> assertEquals(2024, target.get("year").intValue()),
              () -> assertEquals(comparatorAndReference[0], target.get("comparator").textValue()),
              () -> assertEquals(row[10], target.get("written").textValue()),
              () -> {
                if (reference.startsWith("year ")) {
                  assertEquals(
                      Integer.parseInt(reference.substring(5)),
                      target.get("referenceYear").intValue());
                  assertTrue(target.get("value").isNull());
                } else if (reference.equals("previous year")) {
                  assertTrue(target.get("previousYear").booleanValue());
                  assertTrue(target.get("referenceYear").isNull());
                } else {
                  assertValue(type, reference, target.get("value"));
                  assertTrue(target.get("referenceYear").isNull());
                  assertEquals(false, target.get("previousYear").booleanValue());
                }
              });
        });
  }

  /** Numbers compare by value (99 = 99.0); a missing value is JSON null. */
  private static void assertValue(String type, String expected, JsonNode actual) {
    if (expected == null) {
      assertTrue(actual == null || actual.isNull(), "no value, but " + actual);
      return;
    }
    switch (type) {
      case "PERCENT", "NUMBER" ->
          assertEquals(plain(new BigDecimal(expected)), plain(actual.decimalValue()));
      case "ORDINAL" -> assertEquals(expected, actual.textValue());
      case "BOOLEAN" -> assertEquals(Boolean.parseBoolean(expected), actual.booleanValue());
      default -> throw new AssertionError("unknown value type " + type);
    }
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  private List<JsonNode> goals() {
    return elements(plan.get("focusAreas")).stream()
        .flatMap(area -> elements(area.get("goals")).stream())
        .toList();
  }

  private List<JsonNode> indicators() {
    return goals().stream().flatMap(goal -> elements(goal.get("indicators")).stream()).toList();
  }

  private List<JsonNode> points() {
    return indicators().stream()
        .flatMap(indicator -> elements(indicator.get("measurementPoints")).stream())
        .toList();
  }

  private static List<JsonNode> elements(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static String text(JsonNode node, String field) {
    return node.get(field).isNull() ? null : node.get(field).textValue();
  }

  /** Checks every row of a table, and reports every row that fails, not only the first. */
  private static void assertEveryRow(String table, BiConsumer<Integer, String[]> check) {
    List<String[]> rows = table(table);
    assertAll(
        IntStream.range(0, rows.size())
            .mapToObj(i -> (Executable) () -> check.accept(i, rows.get(i))));
  }

  /** The rows of a table above, each cell trimmed. */
  private static List<String[]> table(String text) {
    List<String[]> rows = new ArrayList<>();
    for (String line : text.strip().split("\n")) {
      rows.add(Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new));
    }
    return rows;
  }

  private static String orNull(String cell) {
    return cell.equals("-") ? null : cell;
  }

  private static List<String> list(String cell) {
    return cell.equals("-") ? List.of() : Arrays.asList(cell.split(", "));
  }
}
