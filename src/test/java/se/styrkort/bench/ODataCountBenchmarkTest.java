package se.styrkort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;
import se.styrkort.support.LargePlan;

/**
 * Reads 44,000 facts through the OData feed page by page (500 a page, following @odata.nextLink) as
 * Power BI does, with and without $count=true. The count is taken on the first page and carried in
 * the skip token, so asking for it costs one extra pass, not one per page (issue 16, item 7):
 *
 * <pre>
 * ./mvnw test -Dstyrkort.npm.skip=true -Dtest=ODataCountBenchmarkTest -DexcludedGroups=none
 * </pre>
 *
 * Figures go to the console and to target/benchmark-odata-count.txt.
 */
@QuarkusTest
@TestProfile(ODataPageSizeProfile.class)
@Tag("benchmark")
class ODataCountBenchmarkTest {

  /** 5 × 4 × 11 × 20 = 4,400 points over ten years: 44,000 facts. */
  private static final LargePlan.Shape FACTS_44K = new LargePlan.Shape(5, 4, 11, 20, 2021, 10);

  @Inject AgroalDataSource dataSource;

  @TestHTTPResource("/odata/v1/Facts")
  URL facts;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void readingEveryFactWithAndWithoutCount() throws Exception {
    long planId = new LargePlan(dataSource).create(FACTS_44K, "OData count benchmark");
    long expected = (long) FACTS_44K.points() * FACTS_44K.years();
    String filter = "?$filter=planId%20eq%20" + planId;
    read(facts + filter); // warm up
    double without = read(facts + filter);
    double with = read(facts + filter + "&$count=true");
    double withAgain = read(facts + filter + "&$count=true");
    String report =
        String.format(
            Locale.ROOT,
            "OData Facts, %,d entities in pages of 500: without $count %.1f s, with $count=true"
                + " %.1f s and %.1f s (%d cores)%n",
            expected,
            without,
            with,
            withAgain,
            Runtime.getRuntime().availableProcessors());
    System.out.print(report);
    Files.writeString(Path.of("target/benchmark-odata-count.txt"), report);
  }

  private double read(String first) throws Exception {
    long started = System.nanoTime();
    long entities = 0;
    Long count = null;
    String next = first;
    while (next != null) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(next)).header("Accept", "application/json");
      Api.authHeaders().forEach(request::header);
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      JsonNode page = json.readTree(response.body());
      entities += page.path("value").size();
      if (page.has("@odata.count")) {
        count = page.path("@odata.count").asLong();
      }
      next = page.hasNonNull("@odata.nextLink") ? page.path("@odata.nextLink").asText() : null;
    }
    assertEquals((long) FACTS_44K.points() * FACTS_44K.years(), entities);
    if (first.contains("$count")) {
      assertEquals(entities, count);
    }
    return (System.nanoTime() - started) / 1e9;
  }
}
