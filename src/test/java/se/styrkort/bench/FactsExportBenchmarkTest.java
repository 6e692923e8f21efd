package se.styrkort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;
import se.styrkort.support.LargePlan;

/**
 * Measures the CSV export of the BI facts on a generated plan of 100,000 measurement points over
 * ten years: a million fact rows, each judged by the fulfilment core on the way out. Reports rows
 * per second, the time to the first byte and the peak heap while exporting (the sum of the heap
 * pools' peaks, read over JMX after resetting them; an upper bound). Run it with a small heap to
 * show that the export is bounded:
 *
 * <pre>
 * JAVA_TOOL_OPTIONS=-Xmx256m MAVEN_OPTS=-Xmx1g ./mvnw test -Dtest=FactsExportBenchmarkTest -DexcludedGroups=none
 * </pre>
 *
 * JAVA_TOOL_OPTIONS reaches the forked test JVM (MAVEN_OPTS gives Maven itself its usual heap);
 * passing the heap as {@code -DargLine} or running under {@code -Pbenchmark} made Quarkus fail to
 * resolve its test application model here. The figures go to the console and to
 * target/benchmark-facts-export.txt.
 */
@QuarkusTest
@Tag("benchmark")
class FactsExportBenchmarkTest {

  /** 10 × 10 × 40 × 25 = 100,000 points, 2021–2030. */
  private static final LargePlan.Shape MILLION_FACTS =
      new LargePlan.Shape(10, 10, 40, Integer.getInteger("bench.pointsPerIndicator", 25), 2021, 10);

  @Inject AgroalDataSource dataSource;

  @TestHTTPResource("/")
  URL base;

  @Test
  void csvExportOfAMillionFacts() throws Exception {
    long generating = System.nanoTime();
    long planId = new LargePlan(dataSource).create(MILLION_FACTS, "Export benchmark");
    double generated = (System.nanoTime() - generating) / 1e9;
    long expectedRows = (long) MILLION_FACTS.points() * MILLION_FACTS.years();

    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long heapBefore = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();

    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/bi/facts?planId=" + planId))
            .header("Accept", "text/csv");
    Api.authHeaders().forEach(request::header);
    long started = System.nanoTime();
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, response.statusCode());
    long rows = -1; // the header
    long bytes = 0;
    double firstByte = -1;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (firstByte < 0) {
          firstByte = (System.nanoTime() - started) / 1e9;
        }
        rows++;
        bytes += line.length() + 2;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    assertEquals(expectedRows, rows);

    String report =
        String.format(
            Locale.ROOT,
            "CSV export of BI facts: plan of %,d points × %d years = %,d rows (generated in %.0f s)%n"
                + "exported in %.1f s: %,.0f rows/s, %.1f MB (%.1f MB/s), first byte after %.2f s%n"
                + "heap: max %d MB, used before %d MB, peak during export %d MB (sum of pool peaks)%n"
                + "%d cores%n",
            MILLION_FACTS.points(),
            MILLION_FACTS.years(),
            rows,
            generated,
            seconds,
            rows / seconds,
            bytes / 1e6,
            bytes / 1e6 / seconds,
            firstByte,
            Runtime.getRuntime().maxMemory() >> 20,
            heapBefore >> 20,
            peak >> 20,
            Runtime.getRuntime().availableProcessors());
    System.out.println(report);
    Path out = Path.of(System.getProperty("bench.report", "target/benchmark-facts-export.txt"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
  }
}
