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
import se.styrkort.common.DomainException;
import se.styrkort.common.Problem.FieldError;
import se.styrkort.fulfilment.Comparator;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.ValueType;
import se.styrkort.plan.PlanStatus;
import se.styrkort.transfer.PlanDocument;
import se.styrkort.transfer.PlanDocument.EvaluationEntry;
import se.styrkort.transfer.PlanDocument.GoalEntry;
import se.styrkort.transfer.PlanDocument.IndicatorEntry;
import se.styrkort.transfer.PlanDocument.PointEntry;
import se.styrkort.transfer.PlanDocument.TargetEntry;
import se.styrkort.transfer.PlanDocumentWriter;
import se.styrkort.transfer.PlanImportResult;

@QuarkusTest
class DemoPlanLoaderTest {

  @Inject DemoPlanLoader loader;
  @Inject PlanDocumentWriter writer;

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
    PlanDocument document = document(organisation, List.of(good, bad));

    DomainException refused =
        assertThrows(
            DomainException.class, () -> writer.writeIfAbsent(document, DemoPlanLoader.LOADED_BY));

    assertEquals(
        List.of(
            new FieldError(
                "focusAreas[0].goals[0].indicators[0].measurementPoints[1].evaluations[0].value",
                "must be a number between 0 and 100")),
        refused.errors());
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
    PlanDocument document =
        document(organisation, List.of(percentPoint("Förskola", new IntNode(99))));

    PlanImportResult loaded =
        writer.writeIfAbsent(document, DemoPlanLoader.LOADED_BY).orElseThrow();

    assertEquals(
        new PlanImportResult(
            loaded.planId(),
            loaded.planVersion(),
            loaded.planStatus(),
            1,
            1,
            1,
            1,
            1,
            1,
            0,
            0,
            0,
            0,
            0,
            0,
            java.util.List.of()),
        loaded);
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
                2023,
                EvaluationKind.OUTCOME,
                LocalDate.of(2023, 12, 31),
                baseline,
                null,
                null,
                null,
                null,
                null)),
        null);
  }

  private static PlanDocument document(String organisation, List<PointEntry> points) {
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
            List.of(indicator),
            null);
    GoalEntry area = new GoalEntry("Öppen kommun", null, null, List.of(goal));
    return new PlanDocument(
        PlanDocument.FORMAT_VERSION,
        null,
        "Flerårsplan 2025–2026",
        organisation,
        null,
        2024,
        2026,
        2023,
        PlanStatus.ADOPTED,
        null,
        null,
        "test",
        List.of(area));
  }
}
