package se.styrkort.fulfilment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a status is NO_DATA or NO_TARGET: a code with its parameters, so that a client can render its
 * own words, and the words in English and Swedish.
 */
public record Reason(ReasonCode code, Map<String, Object> parameters) {

  public Reason {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  static Reason noValue(int year, Basis basis, boolean approvedOnly) {
    return new Reason(
        ReasonCode.NO_VALUE, ordered("year", year, "basis", basis, "approvedOnly", approvedOnly));
  }

  static Reason noTarget(int year) {
    return new Reason(ReasonCode.NO_TARGET, ordered("year", year));
  }

  static Reason noReferenceOutcome(int year, boolean approvedOnly) {
    return new Reason(
        ReasonCode.NO_REFERENCE_OUTCOME, ordered("year", year, "approvedOnly", approvedOnly));
  }

  static Reason nothingJudged(int parts) {
    return parts == 0
        ? new Reason(ReasonCode.NOTHING_BENEATH, Map.of())
        : new Reason(ReasonCode.NOTHING_JUDGED, ordered("parts", parts));
  }

  /** In English: "no outcome recorded for 2023". */
  public String text() {
    return switch (code) {
      case NO_VALUE ->
          "no "
              + approved("approved ")
              + (parameters.get("basis") == Basis.OUTCOME ? "outcome" : "outcome or forecast")
              + " recorded for "
              + parameters.get("year");
      case NO_TARGET -> "no target for " + parameters.get("year");
      case NO_REFERENCE_OUTCOME ->
          "no " + approved("approved ") + "outcome recorded for " + parameters.get("year");
      case NOTHING_BENEATH -> "nothing beneath it to judge";
      case NOTHING_JUDGED ->
          "none of its "
              + parameters.get("parts")
              + " parts could be judged (no data or no target)";
    };
  }

  /** In Swedish: "inget utfall registrerat för 2023". */
  public String swedish() {
    return switch (code) {
      case NO_VALUE ->
          parameters.get("basis") == Basis.OUTCOME
              ? "inget " + approved("godkänt ") + "utfall registrerat för " + parameters.get("year")
              : "varken "
                  + approved("godkänt ")
                  + "utfall eller prognos registrerad för "
                  + parameters.get("year");
      case NO_TARGET -> "inget målvärde för " + parameters.get("year");
      case NO_REFERENCE_OUTCOME ->
          "inget " + approved("godkänt ") + "utfall registrerat för " + parameters.get("year");
      case NOTHING_BENEATH -> "inget under noden att bedöma";
      case NOTHING_JUDGED ->
          "ingen av dess "
              + parameters.get("parts")
              + " delar kunde bedömas (uppgift eller mål saknas)";
    };
  }

  private String approved(String word) {
    return Boolean.TRUE.equals(parameters.get("approvedOnly")) ? word : "";
  }

  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
