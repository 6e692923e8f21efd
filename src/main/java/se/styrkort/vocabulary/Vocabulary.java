package se.styrkort.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.styrkort.evaluation.EvaluationState;
import se.styrkort.fulfilment.AssessedStatus;
import se.styrkort.fulfilment.EvaluationKind;
import se.styrkort.fulfilment.FulfilmentStatus;
import se.styrkort.fulfilment.NodeKind;
import se.styrkort.fulfilment.Outlook;
import se.styrkort.fulfilment.Trend;
import se.styrkort.period.PeriodFollowUpStatus;
import se.styrkort.period.PeriodState;

/**
 * The Swedish and English words for every enum a response shows beside its text: the glossary of
 * the follow-up (design note "Swedish words"). A value without an entry here is a bug, and {@code
 * VocabularyTest} fails on it.
 */
public final class Vocabulary {

  /** One enum value in both languages. */
  public record Words(String sv, String en) {}

  private static final Map<Class<? extends Enum<?>>, Map<String, Words>> WORDS =
      new LinkedHashMap<>();

  static {
    add(
        FulfilmentStatus.class,
        "FULFILLED",
        "Uppfyllt",
        "Fulfilled",
        "PARTIALLY_FULFILLED",
        "Delvis uppfyllt",
        "Partially fulfilled",
        "NOT_FULFILLED",
        "Ej uppfyllt",
        "Not fulfilled",
        "NO_DATA",
        "Uppgift saknas",
        "No data",
        "NO_TARGET",
        "Mål saknas",
        "No target");
    add(
        AssessedStatus.class,
        "FULFILLED",
        "Uppfyllt",
        "Fulfilled",
        "PARTIALLY_FULFILLED",
        "Delvis uppfyllt",
        "Partially fulfilled",
        "NOT_FULFILLED",
        "Ej uppfyllt",
        "Not fulfilled",
        "NOT_ASSESSABLE",
        "Kan inte bedömas",
        "Cannot be assessed");
    add(
        Trend.class,
        "IMPROVED",
        "Förbättrad",
        "Improved",
        "UNCHANGED",
        "Oförändrad",
        "Unchanged",
        "WORSENED",
        "Försämrad",
        "Worsened");
    add(EvaluationKind.class, "FORECAST", "Prognos", "Forecast", "OUTCOME", "Utfall", "Outcome");
    add(
        Outlook.class,
        "EXPECTED_MET",
        "Bedöms uppnås",
        "Expected to be met",
        "UNCERTAIN",
        "Osäkert",
        "Uncertain",
        "EXPECTED_NOT_MET",
        "Bedöms inte uppnås",
        "Not expected to be met");
    add(
        NodeKind.class,
        "PLAN",
        "Plan",
        "Plan",
        "FOCUS_AREA",
        "Utvecklingsområde",
        "Focus area",
        "GOAL",
        "Mål",
        "Goal",
        "INDICATOR",
        "Indikator",
        "Indicator");
    add(
        EvaluationState.class,
        "DRAFT",
        "Utkast",
        "Draft",
        "SUBMITTED",
        "Inskickad",
        "Submitted",
        "APPROVED",
        "Godkänd",
        "Approved");
    add(
        se.styrkort.action.ActionKind.class,
        "ACTIVITY",
        "Aktivitet",
        "Activity",
        "ASSIGNMENT",
        "Uppdrag",
        "Assignment");
    add(
        se.styrkort.action.ActionStatus.class,
        "NOT_STARTED",
        "Ej påbörjad",
        "Not started",
        "STARTED",
        "Påbörjad",
        "Started",
        "COMPLETED",
        "Genomförd",
        "Completed",
        "DELAYED",
        "Försenad",
        "Delayed",
        "CANCELLED",
        "Avbruten",
        "Cancelled");
    add(PeriodState.class, "OPEN", "Öppen", "Open", "CLOSED", "Stängd", "Closed");
    add(
        PeriodFollowUpStatus.class,
        "MISSING",
        "Saknas",
        "Missing",
        "DRAFT",
        "Påbörjad",
        "Started",
        "SUBMITTED",
        "Inskickad",
        "Submitted",
        "APPROVED",
        "Godkänd",
        "Approved");
  }

  private Vocabulary() {}

  private static void add(Class<? extends Enum<?>> type, String... triples) {
    Map<String, Words> words = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      words.put(triples[i], new Words(triples[i + 1], triples[i + 2]));
    }
    WORDS.put(type, words);
  }

  /** The value's text in the language; null for a null value. */
  public static String text(Enum<?> value, Language language) {
    if (value == null) {
      return null;
    }
    Words words = words(value);
    return language == Language.sv ? words.sv() : words.en();
  }

  public static Words words(Enum<?> value) {
    Map<String, Words> ofType = WORDS.get(value.getDeclaringClass());
    Words words = ofType == null ? null : ofType.get(value.name());
    if (words == null) {
      throw new IllegalStateException("no words for " + value.getDeclaringClass() + "." + value);
    }
    return words;
  }

  /** Every entry, enum by enum in the order above, values in their declared order. */
  public static List<VocabularyEntry> entries() {
    List<VocabularyEntry> entries = new ArrayList<>();
    WORDS.forEach(
        (type, words) -> {
          for (Enum<?> constant : type.getEnumConstants()) {
            Words w = words(constant);
            entries.add(new VocabularyEntry(type.getSimpleName(), constant.name(), w.sv(), w.en()));
          }
        });
    return entries;
  }

  /** The enum types covered. */
  public static List<Class<? extends Enum<?>>> types() {
    return List.copyOf(WORDS.keySet());
  }
}
