package se.styrkort.kolada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import se.styrkort.common.DomainException;
import se.styrkort.common.Numbers;

/**
 * Reads key figures from Kolada: follows next_url to the last page, takes the total (gender T) of
 * each row, and keeps a null value as missing. Timeouts, 429 and 5xx are retried with a doubling
 * wait (Retry-After where Kolada gives one), at most {@code styrkort.kolada.max-attempts} times; a
 * request that still fails, or an answer that is not Kolada's format, fails the whole fetch, so the
 * caller writes nothing.
 */
@ApplicationScoped
public class KoladaClient {

  private static final Logger LOG = Logger.getLogger(KoladaClient.class);

  private final KoladaConfig config;
  private final KoladaApi api;
  private final ObjectMapper json;

  @Inject
  KoladaClient(KoladaConfig config, ObjectMapper json) {
    this.config = config;
    this.json = json;
    this.api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create(config.baseUrl()))
            .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
            .build(KoladaApi.class);
  }

  /**
   * Every figure Kolada holds for the key figure, areas and years, over all pages. A year without a
   * row is not in the result; a row with a null total is, with a null value.
   */
  public List<KoladaFigure> fetch(String kpi, Collection<String> areas, Collection<Integer> years) {
    String areaList = String.join(",", new TreeSet<>(areas));
    SortedSet<Integer> sortedYears = new TreeSet<>(years);
    String yearList = String.join(",", sortedYears.stream().map(String::valueOf).toList());
    String what = "key figure " + kpi + " (areas " + areaList + "; years " + yearList + ")";
    List<KoladaFigure> figures = new ArrayList<>();
    Integer page = null;
    for (int pages = 1; ; pages++) {
      Integer current = page;
      JsonNode body =
          parse(
              withRetries(() -> api.data(kpi, areaList, yearList, current, config.perPage()), what),
              what);
      figures.addAll(figures(body, what));
      page = nextPage(body, what);
      if (page == null) {
        return figures;
      }
      if (pages >= config.maxPages()) {
        throw KoladaFailure.badResponse(
            "Kolada's answer for " + what + " ran past " + config.maxPages() + " pages.");
      }
    }
  }

  private String withRetries(Supplier<String> call, String what) {
    int attempts = Math.max(1, config.maxAttempts());
    Duration wait = config.backoff();
    for (int attempt = 1; ; attempt++) {
      Duration next = wait;
      DomainException failure;
      try {
        return call.get();
      } catch (WebApplicationException e) {
        Response response = e.getResponse();
        int status = response.getStatus();
        if (status != 429 && status < 500) {
          throw KoladaFailure.badResponse(
              "Kolada refused the request for " + what + " with HTTP " + status + ".");
        }
        Duration asked = retryAfter(response);
        if (asked != null && asked.compareTo(config.maxBackoff()) > 0) {
          throw KoladaFailure.unavailable(
              "Kolada answered HTTP "
                  + status
                  + " for "
                  + what
                  + " and asks to wait "
                  + asked.toSeconds()
                  + " s before trying again.");
        }
        if (asked != null) {
          next = asked;
        }
        failure =
            KoladaFailure.unavailable(
                "Kolada answered HTTP " + status + " for " + what + ", " + tries(attempt) + ".");
      } catch (ProcessingException e) {
        failure =
            timedOut(e)
                ? KoladaFailure.timeout(
                    "Kolada did not answer within "
                        + config.timeout().toMillis()
                        + " ms for "
                        + what
                        + ", "
                        + tries(attempt)
                        + ".")
                : KoladaFailure.unavailable(
                    "Kolada could not be reached for " + what + ", " + tries(attempt) + ".");
      }
      if (attempt >= attempts) {
        throw failure;
      }
      LOG.infof("%s Trying again in %d ms.", failure.getMessage(), next.toMillis());
      sleep(next);
      wait = min(wait.multipliedBy(2), config.maxBackoff());
    }
  }

  private String tries(int attempt) {
    return "attempt " + attempt + " of " + Math.max(1, config.maxAttempts());
  }

  private JsonNode parse(String body, String what) {
    try {
      JsonNode node = body == null ? null : json.readTree(body);
      if (node == null || !node.isObject() || !node.path("values").isArray()) {
        throw KoladaFailure.badResponse(
            "Kolada's answer for " + what + " is not its data format (no values array).");
      }
      return node;
    } catch (IOException e) {
      throw KoladaFailure.badResponse("Kolada's answer for " + what + " is not JSON.");
    }
  }

  /** The rows of a page, each as its total; a row that is not Kolada's shape fails the fetch. */
  private static List<KoladaFigure> figures(JsonNode body, String what) {
    List<KoladaFigure> figures = new ArrayList<>();
    for (JsonNode row : body.get("values")) {
      String kpi = row.path("kpi").asText(null);
      String area = row.path("municipality").asText(null);
      JsonNode period = row.path("period");
      if (kpi == null
          || area == null
          || !period.canConvertToInt()
          || !row.path("values").isArray()) {
        throw KoladaFailure.badResponse(
            "Kolada's answer for " + what + " has a row without kpi, municipality or period.");
      }
      JsonNode total = null;
      for (JsonNode cell : row.get("values")) {
        if ("T".equals(cell.path("gender").asText())) {
          total = cell;
        }
      }
      figures.add(
          new KoladaFigure(kpi, area, period.asInt(), value(total, what), preliminary(total)));
    }
    return figures;
  }

  /** The total's value; null when there is no total, its value is null, or it is deleted. */
  private static BigDecimal value(JsonNode total, String what) {
    if (total == null || total.path("isdeleted").asBoolean(false)) {
      return null;
    }
    JsonNode value = total.path("value");
    if (value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (!value.isNumber()) {
      throw KoladaFailure.badResponse(
          "Kolada's answer for " + what + " has a value that is not a number: " + value + ".");
    }
    return Numbers.plain(value.decimalValue());
  }

  /** Kolada marks a figure not yet final in its status ("Preliminär"). */
  private static boolean preliminary(JsonNode total) {
    return total != null
        && total.path("status").asText("").toLowerCase(Locale.ROOT).startsWith("prel");
  }

  /** The page next_url points at, or null on the last page. */
  private static Integer nextPage(JsonNode body, String what) {
    JsonNode next = body.path("next_url");
    if (next.isNull() || next.isMissingNode() || next.asText().isBlank()) {
      return null;
    }
    // Only the page is taken from next_url: the request stays on the configured base URL.
    String query = URI.create(next.asText()).getRawQuery();
    if (query != null) {
      for (String part : query.split("&")) {
        if (part.startsWith("page=")) {
          try {
            return Integer.valueOf(part.substring("page=".length()));
          } catch (NumberFormatException e) {
            break;
          }
        }
      }
    }
    throw KoladaFailure.badResponse(
        "Kolada's next_url for " + what + " names no page: " + next.asText() + ".");
  }

  private static Duration retryAfter(Response response) {
    String header = response.getHeaderString("Retry-After");
    if (header == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
    } catch (NumberFormatException e) {
      return null; // an HTTP date: the doubling wait applies instead
    }
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw KoladaFailure.unavailable("The sync was interrupted while waiting for Kolada.");
    }
  }
}
