package se.styrkort.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.styrkort.support.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkort.demo.DemoPlanDocument.EvaluationEntry;
import se.styrkort.demo.DemoPlanDocument.FocusAreaEntry;
import se.styrkort.demo.DemoPlanDocument.GoalEntry;
import se.styrkort.demo.DemoPlanDocument.IndicatorEntry;
import se.styrkort.demo.DemoPlanDocument.PointEntry;
import se.styrkort.demo.DemoPlanDocument.TargetEntry;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.plan.PlanStatus;

@QuarkusTest
class DemoPlanLoaderTest {

  @Inject DemoPlanLoader loader;
  @Inject DemoPlanWriter writer;

  @Test
  void loadingAgainLeavesTheOnePlanThatIsThere() {
    assertTrue(loader.load().isEmpty(), "nothing is written the second time");

    assertEquals(1, DemoPlans.ids().size());
  }

  @Test
  void aMistakeLateInTheFileWritesNothingAtAll() {
    String organisation = "Testkommun " + UUID.randomUUID();
    PointEntry good = percentPoint("Förskola", new IntNode(99));
    PointEntry bad = percentPoint("Grundskola/särskola", new TextNode("nittioen"));
    DemoPlanDocument document = document(organisation, List.of(good, bad));

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> writer.writeIfAbsent(document));

    assertEquals(
        "The demo plan file is invalid at"
            + " focusAreas[0].goals[0].indicators[0].measurementPoints[1].evaluations[0]:"
            + " value nittioen does not fit a PERCENT point",
        refused.getMessage());
    given()
        .queryParam("organisation", organisation)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void theSameDocumentWithoutTheMistakeIsWrittenWhole() {
    String organisation = "Testkommun " + UUID.randomUUID();
    DemoPlanDocument document =
        document(organisation, List.of(percentPoint("Förskola", new IntNode(99))));

    DemoPlanWriter.Loaded loaded = writer.writeIfAbsent(document).orElseThrow();

    assertEquals(new DemoPlanWriter.Loaded(loaded.planId(), 1, 1, 1, 1, 1, 1), loaded);
    given()
        .get("/api/v1/plans/{planId}/tree", loaded.planId())
        .then()
        .statusCode(200)
        .body(
            "focusAreas[0].goals[0].indicators[0].measurementPoints[0].baseline.value",
            equalTo(99));
  }

  private static PointEntry percentPoint(String label, JsonNode baseline) {
    return new PointEntry(
        label,
        null,
        ValueType.PERCENT,
        "%",
        null,
        null,
        null,
        List.of(new TargetEntry(2024, Comparator.GE, new IntNode(100), null, false, "100 %")),
        List.of(
            new EvaluationEntry(
                2023, EvaluationKind.OUTCOME, LocalDate.of(2023, 12, 31), baseline, null, null)));
  }

  private static DemoPlanDocument document(String organisation, List<PointEntry> points) {
    IndicatorEntry indicator =
        new IndicatorEntry(
            "Alla elever upplever respektfullt bemötande i vår bildningsverksamhet",
            null,
            null,
            null,
            null,
            points);
    GoalEntry goal =
        new GoalEntry(
            "Våra medborgare uppfattar oss som professionella och tillgängliga",
            null,
            List.of(indicator));
    FocusAreaEntry area = new FocusAreaEntry("Öppen kommun", null, List.of(goal));
    return new DemoPlanDocument(
        "Flerårsplan 2025–2026",
        organisation,
        null,
        2024,
        2026,
        2023,
        PlanStatus.ADOPTED,
        null,
        "test",
        List.of(area));
  }
}
