package se.styrkort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.styrkort.support.Api;
import se.styrkort.support.LargePlan;

/**
 * Measures plan fulfilment on a generated plan of 5,000 measurement points with ten years of
 * outcomes and forecasts, beside a GET of one measurement point in the same run. Not part of the
 * test suite; run it with {@code ./mvnw test -Pbenchmark}. The figures go to the console and to
 * target/benchmark-fulfilment.txt.
 */
@QuarkusTest
@Tag("benchmark")
class FulfilmentBenchmarkTest {

  private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 4);
  private static final Duration WARM_UP =
      Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
  private static final Duration MEASURE =
      Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

  @Inject AgroalDataSource dataSource;

  @TestHTTPResource("/")
  URL base;

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  record Figures(String name, int requests, double seconds, double p50, double p95, double p99) {
    double throughput() {
      return requests / seconds;
    }
  }

  @Test
  void planFulfilmentBesideOnePointById() throws Exception {
    long generating = System.nanoTime();
    long planId = new LargePlan(dataSource).create(LargePlan.BENCHMARK, "Benchmark");
    double generated = (System.nanoTime() - generating) / 1e9;
    URI fulfilment = base.toURI().resolve("api/v1/plans/" + planId + "/fulfilment?year=2030");
    URI onePoint = base.toURI().resolve("api/v1/measurement-points/" + firstPointId(planId));
    assertEquals(200, get(fulfilment).statusCode());

    Figures point = load("GET one measurement point", onePoint);
    Figures plan = load("GET plan fulfilment (5,000 points)", fulfilment);

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Plan of %,d measurement points, 10 years of outcomes and forecasts, generated in %.1f s%n",
            LargePlan.BENCHMARK.points(),
            generated));
    report.append(
        String.format(
            Locale.ROOT,
            "Concurrency %d, warm-up %d s, measured %d s each, %d cores%n",
            CONCURRENCY,
            WARM_UP.toSeconds(),
            MEASURE.toSeconds(),
            Runtime.getRuntime().availableProcessors()));
    report.append(
        String.format(
            Locale.ROOT,
            "%-36s %10s %10s %10s %10s%n",
            "endpoint",
            "req/s",
            "p50 ms",
            "p95 ms",
            "p99 ms"));
    for (Figures figures : List.of(point, plan)) {
      report.append(
          String.format(
              Locale.ROOT,
              "%-36s %10.1f %10.1f %10.1f %10.1f%n",
              figures.name(),
              figures.throughput(),
              figures.p50(),
              figures.p95(),
              figures.p99()));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "ratio (one point / plan fulfilment): throughput %.0f×, p50 %.0f×%n",
            point.throughput() / plan.throughput(),
            plan.p50() / point.p50()));
    System.out.println(report);
    Path out = Path.of(System.getProperty("bench.report", "target/benchmark-fulfilment.txt"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
  }

  private long firstPointId(long planId) throws Exception {
    String body = get(base.toURI().resolve("api/v1/plans/" + planId + "/tree?year=2030")).body();
    int at = body.indexOf("\"measurementPoints\":[{\"id\":");
    String rest = body.substring(at + "\"measurementPoints\":[{\"id\":".length());
    return Long.parseLong(rest.substring(0, rest.indexOf(',')));
  }

  private Figures load(String name, URI uri) throws Exception {
    run(uri, WARM_UP);
    long started = System.nanoTime();
    List<Double> latencies = run(uri, MEASURE);
    double seconds = (System.nanoTime() - started) / 1e9;
    Collections.sort(latencies);
    return new Figures(
        name,
        latencies.size(),
        seconds,
        percentile(latencies, 0.50),
        percentile(latencies, 0.95),
        percentile(latencies, 0.99));
  }

  /** Sends requests from CONCURRENCY workers until the time is up; returns latencies in ms. */
  private List<Double> run(URI uri, Duration duration) throws Exception {
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
    List<Future<List<Double>>> results = new ArrayList<>();
    for (int i = 0; i < CONCURRENCY; i++) {
      results.add(
          workers.submit(
              () -> {
                List<Double> latencies = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                  long sent = System.nanoTime();
                  HttpResponse<String> response = get(uri);
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException(uri + " answered " + response.statusCode());
                  }
                  latencies.add((System.nanoTime() - sent) / 1e6);
                }
                return latencies;
              }));
    }
    List<Double> all = new ArrayList<>();
    for (Future<List<Double>> result : results) {
      all.addAll(result.get());
    }
    workers.shutdown();
    return all;
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/json")
            .header(Api.API_KEY_HEADER, Api.authHeaders().get(Api.API_KEY_HEADER))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static double percentile(List<Double> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }
}
