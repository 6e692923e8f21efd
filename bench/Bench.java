import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of bench/run.sh and bench/soak.sh (JDK 17 only: java bench/Bench.java ...).
 *
 * <pre>
 * bench BASE_URL KEY_FILE PLAN_ID POINTS_FILE SECONDS OUT_MD
 *   every endpoint in turn at a fixed concurrency for SECONDS (after a short warm-up)
 * soak BASE_URL KEY_FILE PLAN_ID POINTS_FILE SECONDS SERVICE_PID RATE OUT_MD
 *   mixed reads and writes at RATE requests/s; heap after GC every 30 s; every acknowledged
 *   write read back at the end
 * </pre>
 *
 * Heap and SQL statements come from the service's /q/metrics (jvm_memory_used_bytes area=heap,
 * hibernate_statements_total status=prepared).
 */
public class Bench {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final Pattern HEAP =
      Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.eE+]+)", Pattern.MULTILINE);
  static final Pattern STATEMENTS =
      Pattern.compile(
          "^hibernate_statements_total\\{[^}]*status=\"prepared\"[^}]*\\} ([0-9.eE+]+)", Pattern.MULTILINE);
  static final Pattern VALUE =
      Pattern.compile("\"value\"\\s*:\\s*(\"[^\"]*\"|true|false|null|-?[0-9.eE+]+)");
  static final Pattern ID = Pattern.compile("^\\{\\s*\"id\"\\s*:\\s*([0-9]+)");
  static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*([0-9]+)");

  static String base;
  static String key;
  static long plan;
  static List<String[]> points;

  public static void main(String[] args) throws Exception {
    base = args[1];
    key = Files.readString(Path.of(args[2])).strip();
    plan = Long.parseLong(args[3]);
    points = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[4]))) {
      points.add(line.split(" "));
    }
    int seconds = Integer.parseInt(args[5]);
    switch (args[0]) {
      case "bench" -> bench(seconds, Path.of(args[6]));
      case "soak" ->
          soak(seconds, Long.parseLong(args[6]), Double.parseDouble(args[7]), Path.of(args[8]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(0);
  }

  // ---------------------------------------------------------------------------------- bench

  /** One endpoint's load: what to send, how many at once, how to count its rows. */
  record Scenario(String name, int concurrency, RequestMaker request, boolean countCsvRows, int rowsPerRequest) {}

  interface RequestMaker {
    HttpRequest make(long n);
  }

  record Result(
      Scenario scenario, long ok, long errors, String firstError, double seconds, List<Long> latenciesNanos,
      List<Long> ttfbNanos, long bytes, long rows, long peakHeap, double statementsPerRequest) {
    double rps() {
      return ok / seconds;
    }

    double p(double q) {
      if (latenciesNanos.isEmpty()) return Double.NaN;
      return latenciesNanos.get((int) Math.min(latenciesNanos.size() - 1, Math.floor(q * latenciesNanos.size()))) / 1e6;
    }
  }

  static void bench(int seconds, Path out) throws Exception {
    String planPath = "/api/v1/plans/" + plan;
    AtomicLong bulkSlice = new AtomicLong();
    List<Scenario> scenarios =
        List.of(
            new Scenario("constant: GET /q/health/live", 4, n -> get("/q/health/live", "application/json"), false, 0),
            new Scenario("GET /api/v1/plans/{id}", 4, n -> get(planPath, "application/json"), false, 0),
            new Scenario("plan tree GET /plans/{id}/tree", 4, n -> get(planPath + "/tree", "application/json"), false, 0),
            new Scenario("fulfilment GET /plans/{id}/fulfilment", 4, n -> get(planPath + "/fulfilment", "application/json"), false, 0),
            new Scenario("facts page GET /bi/facts?limit=500", 4,
                n -> get("/api/v1/bi/facts?planId=" + plan + "&limit=500", "application/json"), false, 500),
            new Scenario("CSV export GET /bi/facts (text/csv)", 2,
                n -> get("/api/v1/bi/facts?planId=" + plan, "text/csv"), true, 0),
            new Scenario("bulk POST /plans/{id}/evaluations/bulk (100 rows)", 4,
                n -> post(planPath + "/evaluations/bulk", bulkBody(bulkSlice.getAndIncrement())), false, 100));
    // BENCH_ONLY=tree measures the constant endpoint and the endpoints whose name contains it.
    String only = System.getenv().getOrDefault("BENCH_ONLY", "");
    List<Result> results = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      if (scenario != scenarios.get(0) && !scenario.name().contains(only)) continue;
      System.err.printf("%s: warm-up%n", scenario.name());
      run(scenario, Math.min(5, seconds), false);
      System.err.printf("%s: %d s at concurrency %d%n", scenario.name(), seconds, scenario.concurrency());
      Result result = run(scenario, seconds, true);
      System.err.printf(Locale.ROOT, "  %d ok, %d errors, %.2f req/s, p50 %.1f ms%n",
          result.ok(), result.errors(), result.rps(), result.p(0.5));
      results.add(result);
    }
    Files.writeString(out, table(results, seconds));
  }

  static Result run(Scenario scenario, int seconds, boolean measure) throws Exception {
    double statementsBefore = metric(STATEMENTS);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<Long> ttfbs = Collections.synchronizedList(new ArrayList<>());
    AtomicLong ok = new AtomicLong(), errors = new AtomicLong(), bytes = new AtomicLong(), rows = new AtomicLong();
    AtomicLong counter = new AtomicLong(), peakHeap = new AtomicLong();
    String[] firstError = {null};
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          peakHeap.accumulateAndGet((long) sum(HEAP), Math::max);
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          // the service may be busy or gone; the requests' errors say so
        }
      }
    });
    sampler.start();
    ExecutorService workers = Executors.newFixedThreadPool(scenario.concurrency());
    for (int w = 0; w < scenario.concurrency(); w++) {
      workers.submit(() -> {
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<InputStream> response =
                HTTP.send(scenario.request().make(counter.getAndIncrement()), HttpResponse.BodyHandlers.ofInputStream());
            long ttfb = -1;
            long size = 0, lines = 0;
            byte[] buffer = new byte[65536];
            try (InputStream body = response.body()) {
              int read;
              StringBuilder sample = new StringBuilder();
              while ((read = body.read(buffer)) > 0) {
                if (ttfb < 0) ttfb = System.nanoTime() - t0;
                size += read;
                for (int i = 0; i < read; i++) if (buffer[i] == '\n') lines++;
                if (response.statusCode() >= 300 && sample.length() < 300) sample.append(new String(buffer, 0, Math.min(read, 300)));
              }
              if (response.statusCode() >= 300) {
                errors.incrementAndGet();
                synchronized (firstError) {
                  if (firstError[0] == null) firstError[0] = response.statusCode() + " " + sample;
                }
                continue;
              }
            }
            long latency = System.nanoTime() - t0;
            ok.incrementAndGet();
            latencies.add(latency);
            if (ttfb >= 0) ttfbs.add(ttfb);
            bytes.addAndGet(size);
            rows.addAndGet(scenario.countCsvRows() ? Math.max(0, lines - 1) : scenario.rowsPerRequest());
          } catch (Exception e) {
            errors.incrementAndGet();
            synchronized (firstError) {
              if (firstError[0] == null) firstError[0] = e.toString();
            }
            try { Thread.sleep(200); } catch (InterruptedException ie) { return; }
          }
        }
      });
    }
    workers.shutdown();
    workers.awaitTermination(seconds + 600, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();
    double statements = metric(STATEMENTS) - statementsBefore;
    long requests = ok.get() + errors.get();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    List<Long> sortedTtfb = new ArrayList<>(ttfbs);
    Collections.sort(sortedTtfb);
    return new Result(scenario, ok.get(), errors.get(), firstError[0], elapsed, sorted, sortedTtfb,
        bytes.get(), rows.get(), peakHeap.get(), requests == 0 ? Double.NaN : statements / requests);
  }

  static String table(List<Result> results, int seconds) {
    Result constant = results.get(0);
    StringBuilder md = new StringBuilder();
    md.append("| endpoint | conc. | requests (errors) | req/s (× constant) | p50 ms (× constant) | p95 ms | p99 ms"
        + " | rows/s | bytes/request | time to first byte p50 ms | peak heap MB (× constant) | SQL statements/request |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      md.append(String.format(Locale.ROOT,
          "| %s | %d | %d (%d) | %.1f (%s) | %.1f (%s) | %.1f | %.1f | %s | %s | %s | %.0f (%s) | %s |\n",
          r.scenario().name(), r.scenario().concurrency(), r.ok(), r.errors(),
          r.rps(), ratio(r.rps(), constant.rps()),
          r.p(0.5), ratio(r.p(0.5), constant.p(0.5)), r.p(0.95), r.p(0.99),
          r.rows() == 0 ? "–" : String.format(Locale.ROOT, "%,.0f", r.rows() / r.seconds()),
          r.ok() == 0 ? "–" : String.format(Locale.ROOT, "%,d", r.bytes() / r.ok()),
          r.ttfbNanos().isEmpty() || !r.scenario().countCsvRows() ? "–"
              : String.format(Locale.ROOT, "%.1f", r.ttfbNanos().get(r.ttfbNanos().size() / 2) / 1e6),
          r.peakHeap() / 1048576.0, ratio(r.peakHeap(), constant.peakHeap()),
          Double.isNaN(r.statementsPerRequest()) ? "–" : String.format(Locale.ROOT, "%.1f", r.statementsPerRequest())));
    }
    for (Result r : results) {
      if (r.firstError() != null) {
        md.append("\nFirst error of ").append(r.scenario().name()).append(": `")
            .append(r.firstError().replaceAll("\\s+", " ").replace("`", "'")).append("`\n");
      }
    }
    md.append(String.format(Locale.ROOT,
        "\nEach endpoint ran %d s after a 5 s warm-up. Ratios are against the constant endpoint"
            + " (the liveness probe, no database) measured in the same run; peak heap is the"
            + " highest jvm_memory_used_bytes{area=\"heap\"} sampled every 200 ms during the"
            + " endpoint's run, and SQL statements are hibernate_statements_total{status=\"prepared\"}"
            + " before and after, divided by the requests.\n", seconds));
    return md.toString();
  }

  static String ratio(double value, double constant) {
    return constant == 0 || Double.isNaN(value) || Double.isNaN(constant) ? "–"
        : String.format(Locale.ROOT, "%.3g", value / constant);
  }

  static String bulkBody(long slice) {
    StringBuilder body = new StringBuilder("{\"rows\":[");
    for (int j = 0; j < 100; j++) {
      long k = slice * 100 + j;
      String[] point = points.get((int) (k % points.size()));
      int year = 2021 + (int) ((k / points.size()) % 10);
      if (j > 0) body.append(',');
      // The generated outcome of that point and year: the bulk entry corrects it.
      body.append("{\"measurementPointId\":").append(point[0]).append(",\"year\":").append(year)
          .append(",\"kind\":\"OUTCOME\",\"asOf\":\"").append(year).append("-12-31\",\"value\":")
          .append(value(point[1], k)).append('}');
    }
    return body.append("]}").toString();
  }

  static String value(String type, long seed) {
    return switch (type) {
      case "PERCENT" -> Long.toString(seed % 101);
      case "NUMBER" -> Long.toString(100_000 + seed % 50_000);
      case "ORDINAL" -> List.of("\"saknas\"", "\"delvis\"", "\"implementerat\"").get((int) (seed % 3));
      default -> seed % 2 == 0 ? "true" : "false";
    };
  }

  // ----------------------------------------------------------------------------------- soak

  /** An acknowledged write: what the service said it stored. */
  static final class Written {
    final long id;
    volatile String value;
    volatile long version;

    Written(long id, String value, long version) {
      this.id = id;
      this.value = value;
      this.version = version;
    }
  }

  static void soak(int seconds, long pid, double rate, Path out) throws Exception {
    ConcurrentLinkedQueue<Written> idle = new ConcurrentLinkedQueue<>();
    List<Written> all = Collections.synchronizedList(new ArrayList<>());
    AtomicLong requests = new AtomicLong(), errors = new AtomicLong(), creates = new AtomicLong(), corrections = new AtomicLong();
    AtomicLong createCounter = new AtomicLong();
    List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    String planPath = "/api/v1/plans/" + plan;
    int firstYear = 2022, years = 5;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
    Random random = new Random(1864);
    long start = System.nanoTime();
    List<double[]> heap = Collections.synchronizedList(new ArrayList<>());
    AtomicLong inFlight = new AtomicLong(), skipped = new AtomicLong();
    ticker.scheduleAtFixedRate(() -> {
      int op = random.nextInt(100);
      // A steady rate, not a growing queue: a tick that finds 16 requests still open is skipped.
      if (inFlight.get() >= 16) {
        skipped.incrementAndGet();
        return;
      }
      inFlight.incrementAndGet();
      pool.submit(() -> {
        long t0 = System.nanoTime();
        try {
          HttpResponse<String> response;
          Written correcting = null;
          String sentValue = null;
          if (op < 15) {
            response = send(get(planPath + "/tree", "application/json"));
          } else if (op < 30) {
            response = send(get(planPath + "/fulfilment", "application/json"));
          } else if (op < 50) {
            String[] point = points.get((int) (Math.abs(t0) % points.size()));
            response = send(get("/api/v1/measurement-points/" + point[0], "application/json"));
          } else if (op < 65) {
            response = send(get("/api/v1/bi/facts?planId=" + plan + "&limit=500", "application/json"));
          } else if (op < 85 || (correcting = idle.poll()) == null) {
            long c = createCounter.getAndIncrement();
            String[] point = points.get((int) (c % points.size()));
            long rest = c / points.size();
            int year = firstYear + (int) (rest % years);
            LocalDate asOf = LocalDate.of(year, 1, 1).plusDays(rest / years);
            sentValue = value(point[1], c);
            response = send(post("/api/v1/measurement-points/" + point[0] + "/evaluations",
                "{\"year\":" + year + ",\"kind\":\"FORECAST\",\"asOf\":\"" + asOf + "\",\"value\":" + sentValue
                    + ",\"note\":\"soak " + c + "\"}"));
            if (response.statusCode() == 201) {
              Written written = new Written(Long.parseLong(first(ID, response.body())), first(VALUE, response.body()),
                  Long.parseLong(first(VERSION, response.body())));
              all.add(written);
              idle.add(written);
              creates.incrementAndGet();
              check(written.value, sentValue, errorSamples);
            }
          } else {
            String current = send(get("/api/v1/evaluations/" + correcting.id, "application/json")).body();
            String type = typeOf(first(VALUE, current));
            sentValue = value(type, Math.abs(t0 / 1000));
            String body = current.replaceFirst(VALUE.pattern(), "\"value\":" + Matcher.quoteReplacement(sentValue));
            response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/evaluations/" + correcting.id))
                .timeout(Duration.ofSeconds(60)).header("X-API-Key", key).header("Content-Type", "application/json")
                .header("If-Match", "\"" + correcting.version + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
            if (response.statusCode() == 200) {
              correcting.value = first(VALUE, response.body());
              correcting.version = Long.parseLong(first(VERSION, response.body()));
              corrections.incrementAndGet();
              check(correcting.value, sentValue, errorSamples);
            }
            idle.add(correcting);
          }
          requests.incrementAndGet();
          latencies.add(System.nanoTime() - t0);
          if (response.statusCode() >= 300) {
            errors.incrementAndGet();
            System.err.println("error: " + response.statusCode() + " " + response.uri() + " " + response.body());
            if (errorSamples.size() < 10) errorSamples.add(response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length())));
          }
        } catch (Exception e) {
          requests.incrementAndGet();
          errors.incrementAndGet();
          System.err.println("error: " + e);
          if (errorSamples.size() < 10) errorSamples.add(e.toString());
        } finally {
          inFlight.decrementAndGet();
        }
      });
    }, 0, (long) (1_000_000 / rate), TimeUnit.MICROSECONDS);
    ticker.scheduleAtFixedRate(() -> {
      try {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        double mb = sum(HEAP) / 1048576.0;
        double t = (System.nanoTime() - start) / 1e9;
        heap.add(new double[] {t, mb});
        System.err.printf(Locale.ROOT, "%4.0f s: heap after GC %.1f MB, %d requests, %d errors%n", t, mb, requests.get(), errors.get());
      } catch (Exception e) {
        System.err.println("heap sample failed: " + e);
      }
    }, 30, 30, TimeUnit.SECONDS);
    Thread.sleep(seconds * 1000L);
    ticker.shutdownNow();
    pool.shutdown();
    if (!pool.awaitTermination(300, TimeUnit.SECONDS)) throw new IllegalStateException("requests still open after 300 s");
    double elapsed = (System.nanoTime() - start) / 1e9;

    // Every acknowledged write, read back.
    long missing = 0, differing = 0;
    List<String> lost = new ArrayList<>();
    for (Written w : List.copyOf(all)) {
      HttpResponse<String> response = send(get("/api/v1/evaluations/" + w.id, "application/json"));
      if (response.statusCode() != 200) {
        missing++;
        if (lost.size() < 5) lost.add(w.id + ": " + response.statusCode());
      } else if (!same(first(VALUE, response.body()), w.value)
          || Long.parseLong(first(VERSION, response.body())) != w.version) {
        differing++;
        if (lost.size() < 5) lost.add(w.id + ": stored " + first(VALUE, response.body()) + " v" + first(VERSION, response.body()) + ", acknowledged " + w.value + " v" + w.version);
      }
    }

    List<double[]> afterWarmUp = new ArrayList<>();
    for (double[] sample : heap) if (sample[0] > 90) afterWarmUp.add(sample);
    double slope = slope(afterWarmUp);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT,
        "- Ran %.0f s at %.0f req/s scheduled: %,d requests (%.1f req/s achieved; %,d ticks skipped"
            + " because 16 requests were still open), **%d errors**;"
            + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms.%n",
        elapsed, rate, requests.get(), requests.get() / elapsed, skipped.get(), errors.get(),
        pct(sorted, 0.5), pct(sorted, 0.95), pct(sorted, 0.99)));
    md.append("- Mix: 15 % plan tree, 15 % fulfilment, 20 % measurement point, 15 % facts page (500 rows),"
        + " 20 % new follow-up values (POST), 15 % corrections of earlier ones (GET then PUT with If-Match).\n");
    md.append(String.format(Locale.ROOT,
        "- Acknowledged writes: %,d created (201), %,d corrections (200); read back at the end:"
            + " **%d missing, %d differing** from what was acknowledged (value and version).%n",
        creates.get(), corrections.get(), missing, differing));
    if (!afterWarmUp.isEmpty()) {
      md.append(String.format(Locale.ROOT,
          "- Heap after a full GC (jcmd GC.run, then jvm_memory_used_bytes{area=\"heap\"}), sampled every 30 s:"
              + " first after warm-up (t = %.0f s) %.1f MB, last (t = %.0f s) %.1f MB, min %.1f, max %.1f;"
              + " least-squares slope **%.2f MB/min** over %d samples.%n",
          afterWarmUp.get(0)[0], afterWarmUp.get(0)[1], afterWarmUp.get(afterWarmUp.size() - 1)[0],
          afterWarmUp.get(afterWarmUp.size() - 1)[1],
          afterWarmUp.stream().mapToDouble(s -> s[1]).min().orElse(0),
          afterWarmUp.stream().mapToDouble(s -> s[1]).max().orElse(0), slope, afterWarmUp.size()));
      StringBuilder series = new StringBuilder("- Heap samples (s: MB): ");
      for (double[] s : heap) series.append(String.format(Locale.ROOT, "%.0f: %.1f; ", s[0], s[1]));
      md.append(series.toString().trim()).append('\n');
    }
    for (String e : errorSamples) md.append("- Error: `").append(e.replaceAll("\\s+", " ").replace("`", "'")).append("`\n");
    for (String l : lost) md.append("- Not as acknowledged: ").append(l).append('\n');
    Files.writeString(out, md.toString());
    System.err.print(md);
  }

  static String typeOf(String value) {
    if (value.startsWith("\"")) return "ORDINAL";
    if (value.equals("true") || value.equals("false")) return "BOOLEAN";
    return new BigDecimal(value).compareTo(BigDecimal.valueOf(100)) <= 0 ? "PERCENT" : "NUMBER";
  }

  static void check(String stored, String sent, List<String> errorSamples) {
    if (!same(stored, sent) && errorSamples.size() < 10) errorSamples.add("acknowledged " + stored + " for sent " + sent);
  }

  static boolean same(String a, String b) {
    if (a == null || b == null) return a == b;
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return a.equals(b);
    }
  }

  static double slope(List<double[]> samples) {
    int n = samples.size();
    if (n < 2) return Double.NaN;
    double mx = 0, my = 0;
    for (double[] s : samples) { mx += s[0] / n; my += s[1] / n; }
    double num = 0, den = 0;
    for (double[] s : samples) { num += (s[0] - mx) * (s[1] - my); den += (s[0] - mx) * (s[0] - mx); }
    return num / den * 60;
  }

  static double pct(List<Long> sorted, double q) {
    return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
  }

  // ----------------------------------------------------------------------------------- HTTP

  static HttpRequest get(String path, String accept) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("X-API-Key", key).header("Accept", accept).GET().build();
  }

  static HttpRequest post(String path, String json) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("X-API-Key", key).header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) throw new IllegalStateException("no " + pattern + " in " + text.substring(0, Math.min(200, text.length())));
    return m.group(1);
  }

  static double sum(Pattern pattern) throws IOException, InterruptedException {
    String body = send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).timeout(Duration.ofSeconds(30)).GET().build()).body();
    Matcher m = pattern.matcher(body);
    double total = 0;
    boolean found = false;
    while (m.find()) { total += Double.parseDouble(m.group(1)); found = true; }
    if (!found) return Double.NaN;
    return total;
  }

  static double metric(Pattern pattern) {
    try {
      return sum(pattern);
    } catch (Exception e) {
      return Double.NaN;
    }
  }
}
