package se.styrkort.kolada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrkort.common.DomainException;
import se.styrkort.common.ProblemCode;
import se.styrkort.support.KoladaStub;

/** The real client against the local Kolada stub: paging, totals, missing values, retries. */
@QuarkusTest
class KoladaClientTest {

  private static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);

  @Inject KoladaClient kolada;
  @Inject ObjectMapper json;

  @BeforeEach
  void publishedAndHealthy() {
    KoladaStub.reset();
  }

  private Map<KoladaFigure.Key, KoladaFigure> matematik() {
    return kolada.fetch("N90001", List.of("0018", "0000", "1864"), YEARS).stream()
        .collect(Collectors.toMap(KoladaFigure::key, Function.identity()));
  }

  private static KoladaFigure.Key key(String area, int year) {
    return new KoladaFigure.Key("N90001", area, year);
  }

  @Test
  void followsNextUrlToTheLastPageOnTheConfiguredHost() {
    Map<KoladaFigure.Key, KoladaFigure> figures = matematik();
    assertEquals(8, figures.size());
    List<URI> requests = KoladaStub.requests();
    assertEquals(2, requests.size());
    assertEquals(
        "/v3/data/kpi/N90001/municipality/0000,0018,1864/year/2023,2024,2025,2026",
        requests.get(0).getPath());
    assertTrue(requests.get(0).getQuery().contains("per_page=5000"), requests.get(0).toString());
    // next_url names api.kolada.se; the second page was still asked of the stub.
    assertTrue(requests.get(1).getQuery().contains("page=2"), requests.get(1).toString());
    assertEquals(new BigDecimal("17"), figures.get(key("1864", 2023)).value());
  }

  @Test
  void takesTheTotalNotTheSplitByGender() {
    // The row also holds K 73.3 and M 68.9.
    assertEquals(new BigDecimal("71.2"), matematik().get(key("0000", 2024)).value());
  }

  @Test
  void aNullOrDeletedTotalIsMissingNeverZero() {
    Map<KoladaFigure.Key, KoladaFigure> figures = matematik();
    assertTrue(figures.containsKey(key("0000", 2025)));
    assertNull(figures.get(key("0000", 2025)).value());
    assertNull(figures.get(key("0018", 2025)).value());
    assertFalse(figures.containsKey(key("0000", 2026)));
  }

  @Test
  void readsAPreliminaryStatus() {
    Map<String, KoladaFigure> svenska =
        kolada.fetch("N90002", List.of("0000"), YEARS).stream()
            .collect(Collectors.toMap(f -> f.area() + f.year(), Function.identity()));
    assertTrue(svenska.get("00002024").preliminary());
    assertFalse(svenska.get("00002023").preliminary());
  }

  @Test
  void retriesA500AndA429ThenSucceeds() {
    KoladaStub.failNext("500", "429");
    long started = System.nanoTime();
    assertEquals(8, matematik().size());
    // The 429 asked for Retry-After: 1, and the client waited that long.
    assertTrue(System.nanoTime() - started >= 1_000_000_000L);
    assertEquals(4, KoladaStub.requests().size());
  }

  @Test
  void givesUpAfterTheLastAttemptAndSaysWhatKoladaAnswered() {
    KoladaStub.failNext("503", "503", "503", "503");
    DomainException failure = assertThrows(DomainException.class, this::matematik);
    assertEquals(ProblemCode.KOLADA_UNAVAILABLE, failure.code());
    assertTrue(failure.getMessage().contains("HTTP 503"), failure.getMessage());
    assertTrue(failure.getMessage().contains("attempt 3 of 3"), failure.getMessage());
    assertEquals(3, KoladaStub.requests().size());
  }

  @Test
  void aFailureOnTheSecondPageFailsTheWholeFetch() {
    KoladaStub.failNextAfter(1, "500", "500", "500");
    DomainException failure = assertThrows(DomainException.class, this::matematik);
    assertEquals(ProblemCode.KOLADA_UNAVAILABLE, failure.code());
    assertEquals(4, KoladaStub.requests().size());
  }

  @Test
  void aStallIsATimeout() {
    KoladaStub.failNext("stall", "stall", "stall");
    DomainException failure = assertThrows(DomainException.class, this::matematik);
    assertEquals(ProblemCode.KOLADA_TIMEOUT, failure.code());
  }

  @Test
  void anAnswerThatIsNotKoladasFormatIsNotRetried() {
    KoladaStub.failNext("garbage");
    DomainException failure = assertThrows(DomainException.class, this::matematik);
    assertEquals(ProblemCode.KOLADA_BAD_RESPONSE, failure.code());
    assertEquals(1, KoladaStub.requests().size());
  }

  @Test
  void aKoladaThatCannotBeReachedIsUnavailable() {
    KoladaClient unreachable = new KoladaClient(new Unreachable(), json);
    DomainException failure =
        assertThrows(
            DomainException.class, () -> unreachable.fetch("N90001", List.of("0000"), YEARS));
    assertEquals(ProblemCode.KOLADA_UNAVAILABLE, failure.code());
    assertTrue(failure.getMessage().contains("could not be reached"), failure.getMessage());
  }

  /** Port 9 on loopback (discard): nothing listens there, so every connection is refused. */
  private static final class Unreachable implements KoladaConfig {
    public String baseUrl() {
      return "http://127.0.0.1:9/v3";
    }

    public Duration timeout() {
      return Duration.ofSeconds(1);
    }

    public int maxAttempts() {
      return 2;
    }

    public Duration backoff() {
      return Duration.ofMillis(10);
    }

    public Duration maxBackoff() {
      return Duration.ofMillis(10);
    }

    public int perPage() {
      return 5000;
    }

    public int maxPages() {
      return 100;
    }

    public String schedule() {
      return "off";
    }
  }

  @Test
  void aRefusedRequestIsNotRetried() {
    KoladaStub.failNext("404");
    DomainException failure = assertThrows(DomainException.class, this::matematik);
    assertEquals(ProblemCode.KOLADA_BAD_RESPONSE, failure.code());
    assertTrue(failure.getMessage().contains("HTTP 404"), failure.getMessage());
    assertEquals(1, KoladaStub.requests().size());
  }
}
