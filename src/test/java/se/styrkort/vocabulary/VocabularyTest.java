package se.styrkort.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;
import se.styrkort.fulfilment.Reason;
import se.styrkort.fulfilment.ReasonCode;
import se.styrkort.fulfilment.Trend;

/** Every value of every enum the vocabulary covers has both words: the design note's table. */
class VocabularyTest {

  @Test
  void everyValueHasASwedishAndAnEnglishWord() {
    int values = 0;
    for (Class<? extends Enum<?>> type : Vocabulary.types()) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Vocabulary.Words words = Vocabulary.words(constant);
        assertFalse(words.sv().isBlank(), constant + " has no Swedish word");
        assertFalse(words.en().isBlank(), constant + " has no English word");
        values++;
      }
    }
    assertEquals(values, Vocabulary.entries().size());
  }

  @Test
  void theWordsOfTheDesignNote() {
    assertEquals(
        "Delvis uppfyllt", Vocabulary.text(FulfilmentStatus.PARTIALLY_FULFILLED, Language.sv));
    assertEquals("Mål saknas", Vocabulary.text(FulfilmentStatus.NO_TARGET, Language.sv));
    assertEquals("Kan inte bedömas", Vocabulary.text(AssessedStatus.NOT_ASSESSABLE, Language.sv));
    assertEquals("Oförändrad", Vocabulary.text(Trend.UNCHANGED, Language.sv));
    assertEquals("Osäkert", Vocabulary.text(Outlook.UNCERTAIN, Language.sv));
    assertEquals("Indikator", Vocabulary.text(NodeKind.INDICATOR, Language.sv));
    assertEquals("Not fulfilled", Vocabulary.text(FulfilmentStatus.NOT_FULFILLED, Language.en));
  }

  @Test
  void aReasonIsACodeWithParametersAndWordsInBothLanguages() {
    Reason missing =
        new Reason(ReasonCode.NO_REFERENCE_OUTCOME, Map.of("year", 2023, "approvedOnly", false));
    assertEquals("no outcome recorded for 2023", missing.text());
    assertEquals("inget utfall registrerat för 2023", missing.swedish());
    Reason none = new Reason(ReasonCode.NOTHING_JUDGED, Map.of("parts", 3));
    assertEquals("ingen av dess 3 delar kunde bedömas (uppgift eller mål saknas)", none.swedish());
  }

  @Test
  void anAssessmentDeviatesWhenItJudgesOtherwise() {
    assertFalse(AssessedStatus.FULFILLED.deviatesFrom(FulfilmentStatus.FULFILLED));
    assertEquals(true, AssessedStatus.NOT_FULFILLED.deviatesFrom(FulfilmentStatus.FULFILLED));
    assertFalse(AssessedStatus.NOT_ASSESSABLE.deviatesFrom(FulfilmentStatus.NO_DATA));
    assertEquals(true, AssessedStatus.NOT_ASSESSABLE.deviatesFrom(FulfilmentStatus.FULFILLED));
    assertEquals(true, AssessedStatus.FULFILLED.deviatesFrom(FulfilmentStatus.NO_TARGET));
  }
}
